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
  private readonly zTok: Int32Array;
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
    this.zTok = new Int32Array(occurrences);
    this.zTokWeight = new Float64Array(occurrences);
    this.zGlossStart = new Int32Array(occurrences);
    this.zGlossEnd = new Int32Array(occurrences);
    let o = 0;
    for (let z = 0; z < n; z++) {
      this.zTokStart[z] = o;
      const toks = zh.tokens[z]!;
      for (let k = 0; k < toks.length; k++, o++) {
        this.zTok[o] = toks[k]!;
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

  /**
   * lexical() for runs of whole blocks (bz Chinese, be English sentences a block; block a spans sentences
   * [a·bz, (a+1)·bz)), for the coarse pass. Equal to lexical() on the sentences the blocks span, sums
   * in the same order, but whether a token meets the English side is one bit of a per-token bitset of
   * English blocks (and the same for each English stem and the Chinese blocks), not a walk over glosses.
   */
  blockLexical(bz: number, be: number): (a0: number, a1: number, b0: number, b1: number) => number {
    const { zTok, zTokStart, zTokWeight, zGlossStart, zGlossEnd, eStart, eStem, eWeight } = this;
    const glosses = this.zh.glosses;
    const n = this.zh.tokens.length;
    const m = this.en.stems.length;
    const wz = (Math.ceil(n / bz) + 31) >>> 5;
    const we = (Math.ceil(m / be) + 31) >>> 5;
    // The English side's stems, numbered densely; the glosses kept by restrictGlosses are all among them.
    const local = new Int32Array(this.markE.length).fill(-1);
    let stems = 0;
    for (let q = 0; q < eStem.length; q++) if (local[eStem[q]!]! < 0) local[eStem[q]!] = stems++;
    // Each stem: the Chinese blocks with a token glossed by it.
    const stemZ = new Int32Array(stems * wz);
    // Each token: its glosses (those of its first occurrence: every occurrence has the same), and from
    // them the stem → tokens index.
    const tokens = this.zh.weight.length;
    const first = new Int32Array(tokens).fill(-1);
    const perStem = new Int32Array(stems + 1);
    for (let z = 0; z < n; z++) {
      const a = Math.floor(z / bz);
      for (let o = zTokStart[z]!; o < zTokStart[z + 1]!; o++) {
        const t = zTok[o]!;
        const isFirst = first[t]! < 0;
        if (isFirst) first[t] = o;
        for (let g = zGlossStart[o]!; g < zGlossEnd[o]!; g++) {
          const s = local[glosses[g]!]!;
          if (s < 0) continue;
          stemZ[s * wz + (a >>> 5)]! |= 1 << (a & 31);
          if (isFirst) perStem[s + 1]!++;
        }
      }
    }
    for (let s = 0; s < stems; s++) perStem[s + 1]! += perStem[s]!;
    const stemTokens = new Int32Array(perStem[stems]!);
    const fill = perStem.slice(0, stems);
    for (let t = 0; t < tokens; t++) {
      const o = first[t]!;
      if (o < 0) continue;
      for (let g = zGlossStart[o]!; g < zGlossEnd[o]!; g++) {
        const s = local[glosses[g]!]!;
        if (s >= 0) stemTokens[fill[s]!++] = t;
      }
    }
    // Each token: the English blocks with a stem among its glosses.
    const tokE = new Int32Array(tokens * we);
    for (let e = 0; e < m; e++) {
      const b = Math.floor(e / be);
      const word = b >>> 5;
      const bit = 1 << (b & 31);
      for (let q = eStart[e]!; q < eStart[e + 1]!; q++) {
        const s = local[eStem[q]!]!;
        for (let k = perStem[s]!; k < perStem[s + 1]!; k++) tokE[stemTokens[k]! * we + word]! |= bit;
      }
    }
    const any = (bits: Int32Array, base: number, from: number, to: number): boolean => {
      for (let b = from; b < to; b++) if ((bits[base + (b >>> 5)]! & (1 << (b & 31))) !== 0) return true;
      return false;
    };
    return (a0, a1, b0, b1) => {
      let zCovered = 0;
      let zTotal = 0;
      const zA = zTokStart[Math.min(n, a0 * bz)]!;
      const zB = zTokStart[Math.min(n, a1 * bz)]!;
      if (b1 - b0 <= 2) {
        // The coarse shapes span one or two blocks: two bit tests (the second repeats the first for one).
        const w0 = b0 >>> 5;
        const m0 = 1 << (b0 & 31);
        const w1 = (b1 - 1) >>> 5;
        const m1 = 1 << ((b1 - 1) & 31);
        for (let o = zA; o < zB; o++) {
          const w = zTokWeight[o]!;
          zTotal += w;
          const base = zTok[o]! * we;
          if ((tokE[base + w0]! & m0) !== 0 || (tokE[base + w1]! & m1) !== 0) zCovered += w;
        }
      } else {
        for (let o = zA; o < zB; o++) {
          const w = zTokWeight[o]!;
          zTotal += w;
          if (any(tokE, zTok[o]! * we, b0, b1)) zCovered += w;
        }
      }
      let eCovered = 0;
      let eTotal = 0;
      const eA = eStart[Math.min(m, b0 * be)]!;
      const eB = eStart[Math.min(m, b1 * be)]!;
      if (a1 - a0 <= 2) {
        const w0 = a0 >>> 5;
        const m0 = 1 << (a0 & 31);
        const w1 = (a1 - 1) >>> 5;
        const m1 = 1 << ((a1 - 1) & 31);
        for (let q = eA; q < eB; q++) {
          const w = eWeight[q]!;
          eTotal += w;
          const base = local[eStem[q]!]! * wz;
          if ((stemZ[base + w0]! & m0) !== 0 || (stemZ[base + w1]! & m1) !== 0) eCovered += w;
        }
      } else {
        for (let q = eA; q < eB; q++) {
          const w = eWeight[q]!;
          eTotal += w;
          if (any(stemZ, local[eStem[q]!]! * wz, a0, a1)) eCovered += w;
        }
      }
      return ((zTotal > 0 ? zCovered / zTotal : 0) + (eTotal > 0 ? eCovered / eTotal : 0)) / 2;
    };
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

  /** Lexical similarity alone: the mean of the two coverages. */
  lexical(z0: number, z1: number, e0: number, e1: number): number {
    this.measure(z0, z1, e0, e1);
    const { zCovered, zTotal, eCovered, eTotal } = this;
    return ((zTotal > 0 ? zCovered / zTotal : 0) + (eTotal > 0 ? eCovered / eTotal : 0)) / 2;
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
