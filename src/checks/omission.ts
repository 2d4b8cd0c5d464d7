import { LANGUAGE_NAME, quote, what } from "./describe.js";
import type { Bead } from "../model/types.js";
import type { CheckContext, Rule } from "./types.js";
import { UNPAIRED_OPTIONS_DOC, unmatchedReasons } from "./unpaired.js";
import { bareText } from "./untranslated.js";

/**
 * The source sentences of a bead whose every target sentence is a copy of one of them (left
 * untranslated): the bead translates nothing, so its other source sentences have no translation
 * either; the untranslated rule reports the copies. Empty when the bead has a real translation.
 */
function besideCopies(ctx: CheckContext, bead: Bead): { copied: number[]; others: Set<number> } {
  const targets = bead.target.filter((j) => ctx.target[j]!.kind !== "blank");
  if (!targets.length || bead.source.length < 2) return { copied: [], others: new Set() };
  const bare = new Map(bead.source.map((i) => [bareText(ctx.source[i]!.text), i]));
  const copied: number[] = [];
  for (const j of targets) {
    const i = bare.get(bareText(ctx.target[j]!.text));
    if (i === undefined) return { copied: [], others: new Set() };
    copied.push(i);
  }
  return { copied, others: new Set(bead.source.filter((i) => !copied.includes(i) && ctx.source[i]!.kind !== "blank")) };
}

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
          const copies = besideCopies(ctx, bead);
          const reason = copies.others.has(id)
            ? ` (aligned together with ${from} ${copies.copied.length > 1 ? "sentences" : "sentence"} ${copies.copied.map((x) => x + 1).join(", ")}, which the translation only copies)`
            : reasonFor(bead, id, (others, opposite) => `${opposite} translates only ${others.length > 1 ? "those" : "that"}`);
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
