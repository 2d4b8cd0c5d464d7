import { LANGUAGE_NAME, quote, what } from "./describe.js";
import type { Rule } from "./types.js";
import { detachedTargets } from "./partial-omission.js";
import { UNPAIRED_OPTIONS_DOC, unmatchedReasons } from "./unpaired.js";

export const addition: Rule = {
  id: "addition",
  description: "A target sentence has no source: the translation added it (nothing is aligned with it, or what is aligned with it has a translation of its own).",
  defaultSeverity: "error",
  example: "“As cosmopolitan city, …” has no Chinese counterpart → addition",
  options: UNPAIRED_OPTIONS_DOC,
  run(ctx) {
    const reasonFor = unmatchedReasons(ctx, "target");
    const from = LANGUAGE_NAME[ctx.sourceLang];
    const to = LANGUAGE_NAME[ctx.targetLang];
    // The second half of a sentence the translator split, kept apart from its bead by a sentence
    // between: the source's passage it translates is there (partial-omission's detachedFrom).
    const detached = detachedTargets(ctx);
    for (const bead of ctx.beads) {
      if (!bead.target.length) continue;
      if (!bead.source.length && bead.target.every((id) => detached.has(id))) continue;
      for (const id of bead.target) {
        const s = ctx.target[id]!;
        if (s.kind === "blank") continue;
        const kind = what(s);
        const note = s.kind === "keywords" ? ` (a ${kind} with no ${from} counterpart)` : "";
        let why = "";
        if (bead.source.length) {
          const reason = reasonFor(bead, id, (others, opposite) => `which translate${others.length > 1 ? "" : "s"} ${opposite}`);
          if (reason === undefined) continue;
          why = reason;
        }
        ctx.report({
          message: `${to} ${kind} ${id + 1} has no ${from} source${note}: ${quote(s.text)}${why}`,
          source: { sentences: bead.source.length ? [...bead.source] : [], ranges: [] },
          target: { sentences: [id], ranges: [ctx.range(s)] },
        });
      }
    }
  },
};
