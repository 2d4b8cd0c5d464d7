// Similarity of a candidate bead: IDF-weighted dictionary coverage in both directions, times a length
// agreement factor calibrated on the document's own character ratio.

import type { EnFeatures, ZhFeatures } from "./features.js";

export interface ScoreParams {
  /** Standard deviation of log(en length / expected en length) for true pairs. */
  lengthSigma: number;
  /** How much the length factor counts (0: not at all, 1: fully). */
  lengthWeight: number;
}

export class BeadScorer {
  private readonly markE: Int32Array;
  private readonly markZ: Int32Array;
  private stamp = 0;
  /** Expected English length per unit of Chinese length, from the document itself. */
  readonly ratio: number;

  constructor(
    private readonly zh: ZhFeatures,
    private readonly en: EnFeatures,
    stemCount: number,
    private readonly params: ScoreParams,
  ) {
    this.markE = new Int32Array(stemCount);
    this.markZ = new Int32Array(stemCount);
    let zl = 0;
    let el = 0;
    for (const v of zh.length) zl += v;
    for (const v of en.length) el += v;
    this.ratio = zl > 0 && el > 0 ? el / zl : 3;
  }

  /** Lexical coverage of zh sentences [z0, z1) against en sentences [e0, e1), each 0..1. */
  coverage(z0: number, z1: number, e0: number, e1: number): { zh: number; en: number } {
    const stamp = ++this.stamp;
    const { markE, markZ, zh, en } = this;
    for (let e = e0; e < e1; e++) for (const s of en.stems[e]!) markE[s] = stamp;
    let zCovered = 0;
    let zTotal = 0;
    for (let z = z0; z < z1; z++) {
      const toks = zh.tokens[z]!;
      const starts = zh.glossStart[z]!;
      const ends = zh.glossEnd[z]!;
      for (let k = 0; k < toks.length; k++) {
        const w = zh.weight[toks[k]!]!;
        zTotal += w;
        let hit = false;
        for (let g = starts[k]!; g < ends[k]!; g++) {
          const s = zh.glosses[g]!;
          markZ[s] = stamp;
          if (markE[s] === stamp) hit = true;
        }
        if (hit) zCovered += w;
      }
    }
    let eCovered = 0;
    let eTotal = 0;
    for (let e = e0; e < e1; e++) {
      for (const s of en.stems[e]!) {
        const w = en.weight.get(s) ?? 0;
        eTotal += w;
        if (markZ[s] === stamp) eCovered += w;
      }
    }
    return { zh: zTotal > 0 ? zCovered / zTotal : 0, en: eTotal > 0 ? eCovered / eTotal : 0 };
  }

  lengthFactor(z0: number, z1: number, e0: number, e1: number): number {
    let zl = 0;
    let el = 0;
    for (let z = z0; z < z1; z++) zl += this.zh.length[z]!;
    for (let e = e0; e < e1; e++) el += this.en.length[e]!;
    const d = Math.log((el + 2) / (this.ratio * zl + 2));
    const f = Math.exp(-(d * d) / (2 * this.params.lengthSigma * this.params.lengthSigma));
    return 1 - this.params.lengthWeight + this.params.lengthWeight * f;
  }

  /** The similarity of a bead, 0..1. */
  similarity(z0: number, z1: number, e0: number, e1: number): number {
    const c = this.coverage(z0, z1, e0, e1);
    const lexical = (c.zh + c.en) / 2;
    return lexical * this.lengthFactor(z0, z1, e0, e1);
  }
}
