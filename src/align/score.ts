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

  /** English-side sentences that are a copy of a Chinese one (left untranslated): by index, their Chinese twin, or -1. */
  private copyE: Int32Array | null = null;
  private copyZ: Int32Array | null = null;
  private copyWeight: Float64Array | null = null;
  /** English lengths, a copy's counted as the length its twin's translation would have. */
  private readonly enLength: Float64Array;

  constructor(
    private readonly zh: ZhFeatures,
    private readonly en: EnFeatures,
    stemCount: number,
    private readonly params: ScoreParams,
    /** Pairs [zh, en] of sentences with the same text: a copy explains its source completely. */
    copies: [number, number][] = [],
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
    this.enLength = en.length;
    if (copies.length) {
      this.enLength = Float64Array.from(en.length);
      for (const [z, e] of copies) this.enLength[e] = this.ratio * zh.length[z]!;
      this.copyZ = new Int32Array(n).fill(-1);
      this.copyE = new Int32Array(m).fill(-1);
      this.copyWeight = new Float64Array(m);
      for (const [z, e] of copies) {
        this.copyZ[z] = e;
        this.copyE[e] = z;
        let w = 0;
        for (let o = this.zTokStart[z]!; o < this.zTokStart[z + 1]!; o++) w += this.zTokWeight[o]!;
        this.copyWeight[e] = w;
      }
    }
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
    if (this.copyZ) {
      // A sentence copied across explains its twin fully; on the English side it weighs what its twin does.
      const { copyZ, copyE, copyWeight } = this;
      for (let z = z0; z < z1; z++) {
        const e = copyZ[z]!;
        if (e < e0 || e >= e1) continue;
        for (let o = this.zTokStart[z]!; o < this.zTokStart[z + 1]!; o++) {
          // Count the tokens the dictionary did not already cover.
          const w = zTokWeight[o]!;
          let hit = false;
          for (let g = zGlossStart[o]!; g < zGlossEnd[o]! && !hit; g++) hit = markE[glosses[g]!] === stamp;
          if (!hit) zCovered += w;
        }
      }
      for (let e = e0; e < e1; e++) {
        const z = copyE![e]!;
        if (z < 0) continue;
        eTotal += copyWeight![e]!;
        if (z >= z0 && z < z1) eCovered += copyWeight![e]!;
      }
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
    for (let e = e0; e < e1; e++) el += this.enLength[e]!;
    const damp = this.params.lengthDamp ?? 4;
    return Math.log((el + damp) / (this.ratio * zl + damp));
  }

  /** Lexical similarity alone: the harmonic mean of the two coverages. */
  lexical(z0: number, z1: number, e0: number, e1: number): number {
    this.measure(z0, z1, e0, e1);
    const { zCovered, zTotal, eCovered, eTotal } = this;
    const zc = zTotal > 0 ? zCovered / zTotal : 0;
    const ec = eTotal > 0 ? eCovered / eTotal : 0;
    // The harmonic mean: a bead must be explained both ways. With the plain mean, a sentence merged
    // into a bead that the other side never mentions cost little when the rest matched well.
    return zc + ec > 0 ? (2 * zc * ec) / (zc + ec) : 0;
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
