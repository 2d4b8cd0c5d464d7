import { LANGUAGE_NAME, quote, what } from "./describe.js";
import type { Rule } from "./types.js";

export const addition: Rule = {
  id: "addition",
  description: "A target sentence has no source: the translation added it.",
  defaultSeverity: "error",
  example: "“As cosmopolitan city, …” has no Chinese counterpart → addition",
  run(ctx) {
    for (const bead of ctx.beads) {
      if (bead.source.length || !bead.target.length) continue;
      for (const id of bead.target) {
        const s = ctx.target[id]!;
        if (s.kind === "blank") continue;
        const kind = what(s);
        const note = s.kind === "keywords" ? ` (a ${kind} with no ${LANGUAGE_NAME[ctx.sourceLang]} counterpart)` : "";
        ctx.report({
          message: `${LANGUAGE_NAME[ctx.targetLang]} ${kind} ${id + 1} has no ${LANGUAGE_NAME[ctx.sourceLang]} source${note}: ${quote(s.text)}`,
          source: { sentences: [], ranges: [] },
          target: { sentences: [id], ranges: [ctx.range(s)] },
        });
      }
    }
  },
};
