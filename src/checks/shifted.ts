// One-to-one beads whose translation is a neighbouring source sentence's, told by their numbers: the
// omission check reports the source sentence left out, and partial-omission leaves alone the neighbour
// whose translation the aligner split across the two beads.

import type { Bead } from "../model/types.js";
import { side as numberSide, unmatched, weak, type Side as NumberSide } from "./number-mismatch.js";
import type { CheckContext } from "./types.js";

/** A side's numbers in digits that count as evidence: not small counts, list markers or references. */
export function countable(side: NumberSide): NumberSide {
  return { ...side, numbers: side.numbers.filter((x) => x.mention.form === "digits" && !weak(x)) };
}

/**
 * One-to-one beads whose translation is the neighbouring source sentence's, by its numbers: the source
 * sentence writes numbers in digits that its translation and the neighbouring beads' translations all
 * lack, and every number its translation writes (two at least) is the neighbouring source sentence's
 * and missing from that sentence's own translation. An omission before a sentence the translator split in two: the
 * aligner pairs the omitted sentence with the split's first half (or, after one, with its second). Bead → the neighbour's source ids.
 * On the white paper written as a held-out probe (inject.mjs seeds 1-8) three of its seven missed
 * omissions were that, and one of the statistics release's five.
 */
export function shiftedTranslations(ctx: CheckContext): Map<Bead, number[]> {
  return ctx.shared("shifted-translations", () => {
    const out = new Map<Bead, number[]>();
    if (ctx.sourceLang === ctx.targetLang) return out;
    const beads = ctx.beads.filter((b) => b.source.length && b.target.length);
    beads.forEach((b, k) => {
      if (b.source.length !== 1 || b.target.length !== 1) return;
      const s = countable(numberSide(b.source, ctx.source, ctx.sourceLang));
      const t = countable(numberSide(b.target, ctx.target, ctx.targetLang));
      // Two numbers at least on the translation's side: one may be the neighbour's by chance (a number
      // changed into a value the next sentence writes).
      if (!s.numbers.length || t.numbers.length < 2) return;
      const u = unmatched(s, t);
      if (u.a.length !== s.numbers.length || u.b.length !== t.numbers.length) return;
      const near = [beads[k - 1], beads[k + 1]].filter((n): n is Bead => n !== undefined);
      const nearTargets = numberSide(near.flatMap((n) => n.target), ctx.target, ctx.targetLang);
      if (unmatched(s, nearTargets).a.length !== s.numbers.length) return;
      for (const n of near) {
        const ns = numberSide(n.source, ctx.source, ctx.sourceLang);
        const nt = numberSide(n.target, ctx.target, ctx.targetLang);
        // All of the translation's numbers are the neighbour's, and its own translation lacks them.
        if (unmatched(t, ns).a.length || unmatched(t, nt).a.length !== t.numbers.length) continue;
        out.set(b, n.source);
        break;
      }
    });
    return out;
  });
}
