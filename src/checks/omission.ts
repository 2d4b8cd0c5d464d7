import { LANGUAGE_NAME, quote, what } from "./describe.js";
import type { Rule } from "./types.js";
import { UNPAIRED_OPTIONS_DOC, unmatchedReasons } from "./unpaired.js";

export const omission: Rule = {
  id: "omission",
  description: "A source sentence has no translation: nothing is aligned with it, or what is aligned with it translates something else.",
  defaultSeverity: "error",
  example: "源文的一句话在译文中找不到 → omission: source sentence 3 has no translation",
  options: UNPAIRED_OPTIONS_DOC,
  run(ctx) {
    const reasonFor = unmatchedReasons(ctx, "source");
    const from = LANGUAGE_NAME[ctx.sourceLang];
    const to = LANGUAGE_NAME[ctx.targetLang];
    for (const bead of ctx.beads) {
      if (!bead.source.length) continue;
      for (const id of bead.source) {
        const s = ctx.source[id]!;
        if (s.kind === "blank") continue;
        let why = "";
        if (bead.target.length) {
          const reason = reasonFor(bead, id, (others, opposite) => `${opposite} translates only ${others.length > 1 ? "those" : "that"}`);
          if (reason === undefined) continue;
          why = reason;
        }
        ctx.report({
          message: `${from} ${what(s)} ${id + 1} has no ${to} translation: ${quote(s.text)}${why}`,
          source: { sentences: [id], ranges: [ctx.range(s)] },
          target: { sentences: bead.target.length ? [...bead.target] : [], ranges: [] },
        });
      }
    }
  },
};
