// Word associations learned from the document itself: after a first alignment, a Chinese token and
// an English stem that keep landing in the same beads (韦小宝 and "Trinket", a coined term and its
// rendering) are taken as translations of each other for the second pass, as Hunalign's realign
// pass does. Dice over beads, with a floor on co-occurrences so that chance pairs stay out.

import type { EnFeatures, ZhFeatures } from "./features.js";

export interface AssociationParams {
  minCount: number;
  minDice: number;
}

export interface BeadSpan {
  z0: number;
  z1: number;
  e0: number;
  e1: number;
}

export function learnAssociations(zh: ZhFeatures, en: EnFeatures, beads: BeadSpan[], p: AssociationParams): Map<number, number[]> {
  const nTok = new Map<number, number>();
  const nStem = new Map<number, number>();
  const pair = new Map<number, number>(); // key: token * 2^21 + stem
  const STEM_BITS = 2 ** 21;
  // Bead-level sets first; a token or stem seen in fewer than minCount beads cannot make a pair.
  const sets: Array<{ toks: number[]; stems: number[] }> = [];
  for (const b of beads) {
    if (b.z0 === b.z1 || b.e0 === b.e1) continue;
    const toks = new Set<number>();
    const stems = new Set<number>();
    for (let z = b.z0; z < b.z1; z++) for (const t of zh.tokens[z]!) toks.add(t);
    for (let e = b.e0; e < b.e1; e++) for (const s of en.stems[e]!) stems.add(s);
    for (const t of toks) nTok.set(t, (nTok.get(t) ?? 0) + 1);
    for (const s of stems) nStem.set(s, (nStem.get(s) ?? 0) + 1);
    sets.push({ toks: [...toks], stems: [...stems] });
  }
  for (const { toks, stems } of sets) {
    const ts = toks.filter((t) => nTok.get(t)! >= p.minCount);
    const ss = stems.filter((s) => nStem.get(s)! >= p.minCount);
    for (const t of ts) for (const s of ss) {
      const k = t * STEM_BITS + s;
      pair.set(k, (pair.get(k) ?? 0) + 1);
    }
  }
  const best = new Map<number, { stems: number[]; dice: number }>();
  for (const [k, c] of pair) {
    if (c < p.minCount) continue;
    const t = Math.floor(k / STEM_BITS);
    const s = k - t * STEM_BITS;
    const dice = (2 * c) / (nTok.get(t)! + nStem.get(s)!);
    if (dice < p.minDice) continue;
    const cur = best.get(t);
    if (!cur) best.set(t, { stems: [s], dice });
    else cur.stems.push(s);
  }
  const out = new Map<number, number[]>();
  for (const [t, v] of best) out.set(t, v.stems);
  return out;
}
