import { LANGUAGE_NAME, quote, what } from "./describe.js";
import type { Rule } from "./types.js";
import { UNPAIRED_OPTION_DOC, unpairedBeads, unpairedOption } from "./unpaired.js";

export const omission: Rule = {
  id: "omission",
  description: "A source sentence has no translation: nothing is aligned with it, or the sentence aligned with it shares nothing with it.",
  defaultSeverity: "error",
  example: "源文的一句话在译文中找不到 → omission: source sentence 3 has no translation",
  options: { minPairEvidence: UNPAIRED_OPTION_DOC },
  run(ctx) {
    const unpaired = unpairedBeads(ctx, unpairedOption(ctx));
    for (const bead of ctx.beads) {
      if (!bead.source.length) continue;
      if (bead.target.length) {
        if (!unpaired.has(bead)) continue;
        const id = bead.source[0]!;
        const t = bead.target[0]!;
        const s = ctx.source[id]!;
        ctx.report({
          message: `${LANGUAGE_NAME[ctx.sourceLang]} ${what(s)} ${id + 1} has no ${LANGUAGE_NAME[ctx.targetLang]} translation: ${quote(s.text)} (${LANGUAGE_NAME[ctx.targetLang]} sentence ${t + 1}, aligned with it by position, shares nothing with it)`,
          source: { sentences: [id], ranges: [ctx.range(s)] },
          target: { sentences: [t], ranges: [] },
        });
        continue;
      }
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
