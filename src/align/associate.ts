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

/**
 * Counts are kept in typed arrays indexed by token and stem id (a Map keyed by token × 2²¹ + stem cost
 * 300 ms on the Bible): each token's beads are walked once, counting the stems they hold. Each token's
 * stems come out in the order the pairs are first met (bead by bead), as with a Map in insertion order.
 */
export function learnAssociations(zh: ZhFeatures, en: EnFeatures, beads: BeadSpan[], p: AssociationParams): Map<number, number[]> {
  // Indexed loops over the typed arrays: this code runs once, mostly before it is optimized, and a
  // for…of there allocates an iterator result per element.
  let tokens = zh.weight.length;
  for (const toks of zh.tokens) for (let x = 0; x < toks.length; x++) if (toks[x]! >= tokens) tokens = toks[x]! + 1;
  let stems = 0;
  for (const st of en.stems) for (let x = 0; x < st.length; x++) if (st[x]! >= stems) stems = st[x]! + 1;
  const nTok = new Int32Array(tokens);
  const nStem = new Int32Array(stems);
  // Bead-level sets first (each token or stem once a bead, in order of first appearance).
  const seenTok = new Int32Array(tokens);
  const seenStem = new Int32Array(stems);
  const beadToks: number[] = [];
  const beadStems: number[] = [];
  const tokStart: number[] = [0];
  const stemStart: number[] = [0];
  let stamp = 0;
  for (const b of beads) {
    if (b.z0 === b.z1 || b.e0 === b.e1) continue;
    stamp++;
    for (let z = b.z0; z < b.z1; z++) {
      const toks = zh.tokens[z]!;
      for (let x = 0; x < toks.length; x++) {
        const t = toks[x]!;
        if (seenTok[t] === stamp) continue;
        seenTok[t] = stamp;
        nTok[t]!++;
        beadToks.push(t);
      }
    }
    for (let e = b.e0; e < b.e1; e++) {
      const st = en.stems[e]!;
      for (let x = 0; x < st.length; x++) {
        const s = st[x]!;
        if (seenStem[s] === stamp) continue;
        seenStem[s] = stamp;
        nStem[s]!++;
        beadStems.push(s);
      }
    }
    tokStart.push(beadToks.length);
    stemStart.push(beadStems.length);
  }
  const nBeads = tokStart.length - 1;
  // A token or stem seen in fewer than minCount beads cannot make a pair: the beads of each token that can.
  const perTok = new Int32Array(tokens + 1);
  for (let x = 0; x < beadToks.length; x++) if (nTok[beadToks[x]!]! >= p.minCount) perTok[beadToks[x]! + 1]!++;
  for (let t = 0; t < tokens; t++) perTok[t + 1]! += perTok[t]!;
  const tokBeads = new Int32Array(perTok[tokens]!);
  const fill = perTok.slice(0, tokens);
  for (let k = 0; k < nBeads; k++) {
    for (let x = tokStart[k]!; x < tokStart[k + 1]!; x++) {
      const t = beadToks[x]!;
      if (nTok[t]! >= p.minCount) tokBeads[fill[t]!++] = k;
    }
  }
  const count = new Int32Array(stems);
  const touched: number[] = [];
  const out = new Map<number, number[]>();
  for (let t = 0; t < tokens; t++) {
    if (perTok[t + 1] === perTok[t]) continue;
    // A pair meets in at most min(nTok, nStem) beads, so a stem far more or far less frequent than the
    // token cannot reach minDice: its beads are not counted (a range a little wider than the exact one,
    // which the test of dice below settles).
    const nt = nTok[t]!;
    const range = stemRange(nt, p);
    const fewest = range[0];
    const most = range[1];
    for (let x = perTok[t]!; x < perTok[t + 1]!; x++) {
      const k = tokBeads[x]!;
      for (let y = stemStart[k]!; y < stemStart[k + 1]!; y++) {
        const s = beadStems[y]!;
        const ns = nStem[s]!;
        if (ns < fewest || ns > most) continue;
        if (count[s]!++ === 0) touched.push(s);
      }
    }
    let found: number[] | undefined;
    for (const s of touched) {
      const c = count[s]!;
      count[s] = 0;
      if (c < p.minCount) continue;
      const dice = (2 * c) / (nTok[t]! + nStem[s]!);
      if (dice < p.minDice) continue;
      if (found) found.push(s);
      else out.set(t, (found = [s]));
    }
    touched.length = 0;
  }
  return out;
}

/**
 * The bead counts a stem needs to pair with a token seen in `nt` beads: at least minCount, and with
 * dice = 2·min(nt, ns) / (nt + ns) ≥ minDice at best, i.e. ns between nt·d/(2−d) and nt·(2−d)/d; one
 * more each way for rounding.
 */
function stemRange(nt: number, p: AssociationParams): [number, number] {
  const d = p.minDice;
  if (!(d > 0 && d < 2)) return [p.minCount, Infinity];
  return [Math.max(p.minCount, Math.floor((nt * d) / (2 - d)) - 1), Math.ceil((nt * (2 - d)) / d) + 1];
}
