// Similarity of a candidate bead: IDF-weighted dictionary coverage in both directions, times a length
// agreement factor calibrated on the document's own character ratio.

import type { EnFeatures, ZhFeatures } from "./features.js";

export interface ScoreParams {
  /** Standard deviation of log(en length / expected en length) for true pairs. */
  lengthSigma: number;
  /** How much the length factor counts (0: not at all, 1: fully). */
  lengthWeight: number;
  /** Characters added to both lengths so that short sentences are not judged harshly. */
  lengthDamp?: number;
}

export class BeadScorer {
  private readonly markE: Int32Array;
  private readonly markZ: Int32Array;
  private stamp = 0;
  /** Expected English length per unit of Chinese length, from the document itself. */
  readonly ratio: number;
  // Flat copies of the features for the hot loop: per sentence a range of occurrences.
  private readonly zTokStart: Int32Array;
  private readonly zTokWeight: Float64Array;
  private readonly zGlossStart: Int32Array;
  private readonly zGlossEnd: Int32Array;
  private readonly eStart: Int32Array;
  private readonly eStem: Int32Array;
  private readonly eWeight: Float64Array;
  private zCovered = 0;
  private zTotal = 0;
  private eCovered = 0;
  private eTotal = 0;

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

    const n = zh.tokens.length;
    let occurrences = 0;
    for (const t of zh.tokens) occurrences += t.length;
    this.zTokStart = new Int32Array(n + 1);
    this.zTokWeight = new Float64Array(occurrences);
    this.zGlossStart = new Int32Array(occurrences);
    this.zGlossEnd = new Int32Array(occurrences);
    let o = 0;
    for (let z = 0; z < n; z++) {
      this.zTokStart[z] = o;
      const toks = zh.tokens[z]!;
      for (let k = 0; k < toks.length; k++, o++) {
        this.zTokWeight[o] = zh.weight[toks[k]!]!;
        this.zGlossStart[o] = zh.glossStart[z]![k]!;
        this.zGlossEnd[o] = zh.glossEnd[z]![k]!;
      }
    }
    this.zTokStart[n] = o;
    const m = en.stems.length;
    let stems = 0;
    for (const st of en.stems) stems += st.length;
    this.eStart = new Int32Array(m + 1);
    this.eStem = new Int32Array(stems);
    this.eWeight = new Float64Array(stems);
    let q = 0;
    for (let e = 0; e < m; e++) {
      this.eStart[e] = q;
      for (const st of en.stems[e]!) {
        this.eStem[q] = st;
        this.eWeight[q++] = en.weight.get(st) ?? 0;
      }
    }
    this.eStart[m] = q;
  }

  /** Fills zCovered/zTotal/eCovered/eTotal for zh sentences [z0, z1) against en sentences [e0, e1). */
  private measure(z0: number, z1: number, e0: number, e1: number): void {
    const stamp = ++this.stamp;
    const { markE, markZ, eStem, eWeight, zTokWeight, zGlossStart, zGlossEnd } = this;
    const glosses = this.zh.glosses;
    const eA = this.eStart[e0]!;
    const eB = this.eStart[e1]!;
    for (let q = eA; q < eB; q++) markE[eStem[q]!] = stamp;
    let zCovered = 0;
    let zTotal = 0;
    const zB = this.zTokStart[z1]!;
    for (let o = this.zTokStart[z0]!; o < zB; o++) {
      const w = zTokWeight[o]!;
      zTotal += w;
      let hit = false;
      const gB = zGlossEnd[o]!;
      for (let g = zGlossStart[o]!; g < gB; g++) {
        const st = glosses[g]!;
        markZ[st] = stamp;
        if (markE[st] === stamp) hit = true;
      }
      if (hit) zCovered += w;
    }
    let eCovered = 0;
    let eTotal = 0;
    for (let q = eA; q < eB; q++) {
      const w = eWeight[q]!;
      eTotal += w;
      if (markZ[eStem[q]!] === stamp) eCovered += w;
    }
    this.zCovered = zCovered;
    this.zTotal = zTotal;
    this.eCovered = eCovered;
    this.eTotal = eTotal;
  }

  /** Lexical coverage of zh sentences [z0, z1) against en sentences [e0, e1), each 0..1. */
  coverage(z0: number, z1: number, e0: number, e1: number): { zh: number; en: number; zhWeight: number; enWeight: number } {
    this.measure(z0, z1, e0, e1);
    const { zCovered, zTotal, eCovered, eTotal } = this;
    return { zh: zTotal > 0 ? zCovered / zTotal : 0, en: eTotal > 0 ? eCovered / eTotal : 0, zhWeight: zTotal, enWeight: eTotal };
  }

  /** Log ratio of the English length to the length expected from the Chinese, damped for short text. */
  lengthDelta(z0: number, z1: number, e0: number, e1: number): number {
    let zl = 0;
    let el = 0;
    for (let z = z0; z < z1; z++) zl += this.zh.length[z]!;
    for (let e = e0; e < e1; e++) el += this.en.length[e]!;
    const damp = this.params.lengthDamp ?? 4;
    return Math.log((el + damp) / (this.ratio * zl + damp));
  }

  /**
   * Gale–Church's squared length deviation: (en − c·zh)² over the mean length, so that a long
   * unexplained passage costs more than a short one.
   */
  lengthDeviation(z0: number, z1: number, e0: number, e1: number): number {
    let zl = 0;
    let el = 0;
    for (let z = z0; z < z1; z++) zl += this.zh.length[z]!;
    for (let e = e0; e < e1; e++) el += this.en.length[e]!;
    const expected = this.ratio * zl;
    const diff = el - expected;
    return (diff * diff) / ((el + expected) / 2 + (this.params.lengthDamp ?? 4) * 10);
  }

  /** Lexical similarity alone: the mean of the two coverages. */
  lexical(z0: number, z1: number, e0: number, e1: number): number {
    this.measure(z0, z1, e0, e1);
    const { zCovered, zTotal, eCovered, eTotal } = this;
    return ((zTotal > 0 ? zCovered / zTotal : 0) + (eTotal > 0 ? eCovered / eTotal : 0)) / 2;
  }

  /**
   * The sum over the bead's sentences of how much of each sentence the other side explains (its
   * IDF-weighted coverage); a sentence with no content words counts `neutral`.
   */
  memberCoverage(z0: number, z1: number, e0: number, e1: number, neutral: number): number {
    const stamp = ++this.stamp;
    const { markE, markZ, zh, en } = this;
    for (let e = e0; e < e1; e++) for (const s of en.stems[e]!) markE[s] = stamp;
    let sum = 0;
    for (let z = z0; z < z1; z++) {
      const toks = zh.tokens[z]!;
      const starts = zh.glossStart[z]!;
      const ends = zh.glossEnd[z]!;
      let covered = 0;
      let total = 0;
      for (let k = 0; k < toks.length; k++) {
        const w = zh.weight[toks[k]!]!;
        total += w;
        let hit = false;
        for (let g = starts[k]!; g < ends[k]!; g++) {
          const s = zh.glosses[g]!;
          markZ[s] = stamp;
          if (markE[s] === stamp) hit = true;
        }
        if (hit) covered += w;
      }
      sum += total > 0 ? covered / total : neutral;
    }
    for (let e = e0; e < e1; e++) {
      let covered = 0;
      let total = 0;
      for (const s of en.stems[e]!) {
        const w = en.weight.get(s) ?? 0;
        total += w;
        if (markZ[s] === stamp) covered += w;
      }
      sum += total > 0 ? covered / total : neutral;
    }
    return sum;
  }

  /**
   * For a bead with several sentences on a side, how far each of them falls short of `floor` in
   * explaining itself by the other side: a sentence that translates part of the other side is
   * explained (its own words have counterparts), an added or dropped sentence is not.
   */
  memberShortfall(z0: number, z1: number, e0: number, e1: number, floor: number): number {
    let short = 0;
    if (e1 - e0 > 1) {
      for (let e = e0; e < e1; e++) {
        const c = this.coverage(z0, z1, e, e + 1);
        if (c.enWeight > 0 && c.en < floor) short += floor - c.en;
      }
    }
    if (z1 - z0 > 1) {
      for (let z = z0; z < z1; z++) {
        const c = this.coverage(z, z + 1, e0, e1);
        if (c.zhWeight > 0 && c.zh < floor) short += floor - c.zh;
      }
    }
    return short;
  }

  lengthFactor(z0: number, z1: number, e0: number, e1: number): number {
    const d = this.lengthDelta(z0, z1, e0, e1);
    const f = Math.exp(-(d * d) / (2 * this.params.lengthSigma * this.params.lengthSigma));
    return 1 - this.params.lengthWeight + this.params.lengthWeight * f;
  }

  /** The similarity of a bead, 0..1. */
  similarity(z0: number, z1: number, e0: number, e1: number): number {
    return this.lexical(z0, z1, e0, e1) * this.lengthFactor(z0, z1, e0, e1);
  }
}
