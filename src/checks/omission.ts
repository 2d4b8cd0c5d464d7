import { LANGUAGE_NAME, quote, what } from "./describe.js";
import type { Rule } from "./types.js";

export const omission: Rule = {
  id: "omission",
  description: "A source sentence has no translation.",
  defaultSeverity: "error",
  example: "源文的一句话在译文中找不到 → omission: source sentence 3 has no translation",
  run(ctx) {
    for (const bead of ctx.beads) {
      if (bead.target.length || !bead.source.length) continue;
      for (const id of bead.source) {
        const s = ctx.source[id]!;
        if (s.kind === "blank") continue;
        ctx.report({
          message: `${LANGUAGE_NAME[ctx.sourceLang]} ${what(s)} ${id + 1} has no ${LANGUAGE_NAME[ctx.targetLang]} translation: ${quote(s.text)}`,
          source: { sentences: [id], ranges: [ctx.range(s)] },
          target: { sentences: [], ranges: [] },
        });
      }
    }
  },
};
