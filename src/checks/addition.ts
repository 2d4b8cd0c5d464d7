import { LANGUAGE_NAME, quote, what } from "./describe.js";
import type { Rule } from "./types.js";
import { UNPAIRED_OPTION_DOC, unpairedBeads, unpairedOption } from "./unpaired.js";

export const addition: Rule = {
  id: "addition",
  description: "A target sentence has no source: the translation added it (nothing is aligned with it, or the sentence aligned with it shares nothing with it).",
  defaultSeverity: "error",
  example: "“As cosmopolitan city, …” has no Chinese counterpart → addition",
  options: { minPairEvidence: UNPAIRED_OPTION_DOC },
  run(ctx) {
    const unpaired = unpairedBeads(ctx, unpairedOption(ctx));
    for (const bead of ctx.beads) {
      if (!bead.target.length) continue;
      if (bead.source.length) {
        if (!unpaired.has(bead)) continue;
        const id = bead.target[0]!;
        const src = bead.source[0]!;
        const s = ctx.target[id]!;
        ctx.report({
          message: `${LANGUAGE_NAME[ctx.targetLang]} ${what(s)} ${id + 1} has no ${LANGUAGE_NAME[ctx.sourceLang]} source: ${quote(s.text)} (${LANGUAGE_NAME[ctx.sourceLang]} sentence ${src + 1}, aligned with it by position, shares nothing with it)`,
          source: { sentences: [src], ranges: [] },
          target: { sentences: [id], ranges: [ctx.range(s)] },
        });
        continue;
      }
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
