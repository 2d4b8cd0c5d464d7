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
  /** Cumulative sentence lengths (when every length is a whole number, so sums are exact either way). */
  private readonly zCum: Float64Array | undefined;
  private readonly eCum: Float64Array | undefined;
  /**
   * After focus(): each Chinese sentence's window of 32 English sentences (first one, or -1), and for
   * each token occurrence a bit per window sentence that holds one of its glosses; the same for each
   * English sentence, its stems and a window of Chinese sentences.
   */
  private zBase: Int32Array | undefined;
  private zMask: Int32Array | undefined;
  private eBase: Int32Array | undefined;
  private eMask: Int32Array | undefined;
  /**
   * For upper() and one-to-one beads: each sentence's total weight, and what it covers of each sentence
   * of its window (zPair[z·32 + e − zBase[z]], ePair the same way).
   */
  private zSentenceTotal: Float64Array | undefined;
  private eSentenceTotal: Float64Array | undefined;
  private zPair: Float64Array | undefined;
  private ePair: Float64Array | undefined;
  private zCovered = 0;
  private zTotal = 0;
  private eCovered = 0;
  private eTotal = 0;
  /** English-side sentences that copy a Chinese one (left untranslated): by index, their twin, or -1. */
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
    /** Pairs [zh, en] of sentences with the same text on both sides: a copy explains its source fully. */
    copies: [number, number][] = [],
  ) {
    this.markE = new Int32Array(stemCount);
    this.markZ = new Int32Array(stemCount);
    let zl = 0;
    let el = 0;
    // Indexed loops: the constructor runs twice, before it is optimized, and a for…of over a typed
    // array allocates an iterator result per element there.
    for (let z = 0; z < zh.length.length; z++) zl += zh.length[z]!;
    for (let e = 0; e < en.length.length; e++) el += en.length[e]!;
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
      const st = en.stems[e]!;
      for (let x = 0; x < st.length; x++) {
        this.eStem[q] = st[x]!;
        this.eWeight[q++] = en.weight.get(st[x]!) ?? 0;
      }
    }
    this.eStart[m] = q;
    this.enLength = en.length;
    if (copies.length) {
      // Copies are rare: the plain paths handle them, and focus() and blockLexical() stand aside.
      this.enLength = Float64Array.from(en.length);
      this.copyZ = new Int32Array(n).fill(-1);
      this.copyE = new Int32Array(m).fill(-1);
      this.copyWeight = new Float64Array(m);
      for (const [z, e] of copies) {
        this.enLength[e] = this.ratio * zh.length[z]!;
        this.copyZ[z] = e;
        this.copyE[e] = z;
        let w = 0;
        for (let o = this.zTokStart[z]!; o < this.zTokStart[z + 1]!; o++) w += this.zTokWeight[o]!;
        this.copyWeight[e] = w;
      }
    }
    this.zCum = cumulative(zh.length);
    this.eCum = cumulative(this.enLength);
  }

  /**
   * Prepares the search of a band (`band(i)` the columns of row i, as bandedSearch takes it) with beads
   * of up to maxZh × maxEn sentences: builds the window bits that let measure() test a token against a
   * range of sentences with one AND instead of walking its glosses. Results do not change; a range that
   * does not fit its windows is measured the plain way.
   */
  focus(band: (i: number) => [number, number], maxZh: number, maxEn: number): void {
    if (this.copyZ) return;
    const n = this.zh.tokens.length;
    const m = this.en.stems.length;
    const lo = new Int32Array(n + 1);
    const hi = new Int32Array(n + 1);
    for (let i = 0; i <= n; i++) {
      // Read by index: destructuring walks the tuple's iterator until this is optimized.
      const range = band(i);
      lo[i] = Math.max(0, range[0]);
      hi[i] = Math.max(lo[i]!, Math.min(m, range[1]));
    }
    // Chinese sentence z takes part in beads ending at rows z+1 … z+maxZh, against English ranges that
    // start at most maxEn before those rows' columns. Windows only move forward (any window is correct;
    // forward ones can be built by sliding).
    const zBase = new Int32Array(n);
    for (let z = 0, prev = 0; z < n; z++) {
      let first = m;
      for (let i = z + 1; i <= Math.min(n, z + maxZh); i++) first = Math.min(first, lo[i]!);
      zBase[z] = prev = Math.max(prev, first - maxEn);
    }
    // English sentence e takes part in beads ending at columns e+1 … e+maxEn, in rows that hold them.
    const firstRow = new Int32Array(m + 1).fill(n);
    for (let i = n; i >= 0; i--) for (let j = lo[i]!; j <= hi[i]!; j++) firstRow[j] = i;
    const eBase = new Int32Array(m);
    for (let e = 0, prev = 0; e < m; e++) {
      let first = n;
      for (let j = e + 1; j <= Math.min(m, e + maxEn); j++) first = Math.min(first, firstRow[j]!);
      eBase[e] = prev = Math.max(prev, first - maxZh);
    }
    const { zTokStart, zGlossStart, zGlossEnd, eStart, eStem } = this;
    const glosses = this.zh.glosses;
    // Bits are by sentence number mod 32: a window of 32 consecutive sentences uses each bit once, and
    // sliding it forward clears the sentences that leave and sets those that come in.
    const zMask = new Int32Array(zGlossStart.length);
    const stemBits = this.markE;
    stemBits.fill(0);
    const enSentence = (e: number, on: boolean): void => {
      const bit = 1 << (e & 31);
      for (let q = eStart[e]!; q < eStart[e + 1]!; q++) {
        if (on) stemBits[eStem[q]!]! |= bit;
        else stemBits[eStem[q]!]! &= ~bit;
      }
    };
    let from = 0;
    let to = 0;
    for (let z = 0; z < n; z++) {
      const base = zBase[z]!;
      const end = Math.min(m, base + 32);
      for (; from < Math.min(base, to); from++) enSentence(from, false);
      from = Math.max(from, base);
      for (to = Math.max(to, from); to < end; to++) enSentence(to, true);
      for (let o = zTokStart[z]!; o < zTokStart[z + 1]!; o++) {
        let mask = 0;
        for (let g = zGlossStart[o]!; g < zGlossEnd[o]!; g++) mask |= stemBits[glosses[g]!]!;
        zMask[o] = mask;
      }
    }
    const eMask = new Int32Array(eStem.length);
    const glossBits = this.markZ;
    glossBits.fill(0);
    const zhSentence = (z: number, on: boolean): void => {
      const bit = 1 << (z & 31);
      for (let o = zTokStart[z]!; o < zTokStart[z + 1]!; o++) {
        for (let g = zGlossStart[o]!; g < zGlossEnd[o]!; g++) {
          if (on) glossBits[glosses[g]!]! |= bit;
          else glossBits[glosses[g]!]! &= ~bit;
        }
      }
    };
    from = 0;
    to = 0;
    for (let e = 0; e < m; e++) {
      const base = eBase[e]!;
      const end = Math.min(n, base + 32);
      for (; from < Math.min(base, to); from++) zhSentence(from, false);
      from = Math.max(from, base);
      for (to = Math.max(to, from); to < end; to++) zhSentence(to, true);
      for (let q = eStart[e]!; q < eStart[e + 1]!; q++) eMask[q] = glossBits[eStem[q]!]!;
    }
    // The stamps start again from zero.
    stemBits.fill(0);
    glossBits.fill(0);
    this.stamp = 0;
    this.zBase = zBase;
    this.zMask = zMask;
    this.eBase = eBase;
    this.eMask = eMask;
    const { zTokWeight, eWeight } = this;
    const zSentenceTotal = new Float64Array(n);
    for (let z = 0; z < n; z++) for (let o = zTokStart[z]!; o < zTokStart[z + 1]!; o++) zSentenceTotal[z]! += zTokWeight[o]!;
    const eSentenceTotal = new Float64Array(m);
    for (let e = 0; e < m; e++) for (let q = eStart[e]!; q < eStart[e + 1]!; q++) eSentenceTotal[e]! += eWeight[q]!;
    this.zSentenceTotal = zSentenceTotal;
    this.eSentenceTotal = eSentenceTotal;
    // Every pair of a sentence and one of its window at once, each token adding its weight at the set bits
    // of its mask: the search asks for most of them (upper() and one-to-one beads), and one pass over a
    // token's few set bits costs less than a test of every token for each pair. Each pair adds the same
    // weights in the same order as measureInWindows does for it (a miss adds nothing there either).
    const zPair = new Float64Array(n * 32);
    for (let z = 0; z < n; z++) {
      const at = z * 32;
      const base = zBase[z]!;
      for (let o = zTokStart[z]!; o < zTokStart[z + 1]!; o++) {
        const w = zTokWeight[o]!;
        for (let x = zMask[o]!; x !== 0; x &= x - 1) zPair[at + ((31 - Math.clz32(x & -x) - base) & 31)]! += w;
      }
    }
    const ePair = new Float64Array(m * 32);
    for (let e = 0; e < m; e++) {
      const at = e * 32;
      const base = eBase[e]!;
      for (let q = eStart[e]!; q < eStart[e + 1]!; q++) {
        const w = eWeight[q]!;
        for (let x = eMask[q]!; x !== 0; x &= x - 1) ePair[at + ((31 - Math.clz32(x & -x) - base) & 31)]! += w;
      }
    }
    this.zPair = zPair;
    this.ePair = ePair;
  }

  /**
   * An upper bound on lexical() for a bead of several sentences, from one-to-one pairs of its sentences
   * (after focus(), within the windows; else 1): a token covered by the range is covered by one of its
   * sentences, and each sentence covers at most its own weight. The margin of 1e-9 covers rounding, so
   * the bound holds for the floating-point results too. A search skips shapes it rules out.
   */
  upper(z0: number, z1: number, e0: number, e1: number): number {
    const zBase = this.zBase;
    const eBase = this.eBase;
    if (!zBase || !eBase || (z1 - z0) * (e1 - e0) <= 1 || !this.inWindows(z0, z1, e0, e1)) return 1;
    const zPair = this.zPair!;
    const ePair = this.ePair!;
    const zSentenceTotal = this.zSentenceTotal!;
    const eSentenceTotal = this.eSentenceTotal!;
    let zCovered = 0;
    let zTotal = 0;
    for (let z = z0; z < z1; z++) {
      let covered = 0;
      for (let e = e0; e < e1; e++) {
        covered += zPair[z * 32 + (e - zBase[z]!)]!;
      }
      zCovered += Math.min(covered, zSentenceTotal[z]!);
      zTotal += zSentenceTotal[z]!;
    }
    let eCovered = 0;
    let eTotal = 0;
    for (let e = e0; e < e1; e++) {
      let covered = 0;
      for (let z = z0; z < z1; z++) {
        covered += ePair[e * 32 + (z - eBase[e]!)]!;
      }
      eCovered += Math.min(covered, eSentenceTotal[e]!);
      eTotal += eSentenceTotal[e]!;
    }
    const zh = zTotal > 0 ? Math.min(1, zCovered / zTotal) : 0;
    const en = eTotal > 0 ? Math.min(1, eCovered / eTotal) : 0;
    // The harmonic mean grows with each coverage, so bounds on both bound it.
    return Math.min(1, harmonic(zh, en) + 1e-9);
  }

  /**
   * Whether every sentence's window holds the other range (after focus()). Windows only move forward,
   * so the last sentence's starts latest and the first's ends earliest.
   */
  private inWindows(z0: number, z1: number, e0: number, e1: number): boolean {
    const zBase = this.zBase!;
    const eBase = this.eBase!;
    if (z1 > z0 && (e0 < zBase[z1 - 1]! || e1 > zBase[z0]! + 32)) return false;
    return e1 <= e0 || (z0 >= eBase[e1 - 1]! && z1 <= eBase[e0]! + 32);
  }

  /** measure() with the window bits of focus(), when every sentence's window holds the other range. */
  private measureInWindows(z0: number, z1: number, e0: number, e1: number): boolean {
    if (!this.inWindows(z0, z1, e0, e1)) return false;
    if (z1 - z0 === 1 && e1 - e0 === 1) {
      // One to one: the pair focus() measured.
      this.zCovered = this.zPair![z0 * 32 + (e0 - this.zBase![z0]!)]!;
      this.zTotal = this.zSentenceTotal![z0]!;
      this.eCovered = this.ePair![e0 * 32 + (z0 - this.eBase![e0]!)]!;
      this.eTotal = this.eSentenceTotal![e0]!;
      return true;
    }
    const { zTokStart, zTokWeight, eStart, eWeight } = this;
    const zMask = this.zMask!;
    const eMask = this.eMask!;
    const eRange = rotate(BELOW[e1 - e0]!, e0 & 31);
    let zCovered = 0;
    let zTotal = 0;
    const oB = zTokStart[z1]!;
    for (let o = zTokStart[z0]!; o < oB; o++) {
      const w = zTokWeight[o]!;
      zTotal += w;
      zCovered += w * hit(zMask[o]! & eRange);
    }
    const zRange = rotate(BELOW[z1 - z0]!, z0 & 31);
    let eCovered = 0;
    let eTotal = 0;
    const qB = eStart[e1]!;
    for (let q = eStart[e0]!; q < qB; q++) {
      const w = eWeight[q]!;
      eTotal += w;
      eCovered += w * hit(eMask[q]! & zRange);
    }
    this.zCovered = zCovered;
    this.zTotal = zTotal;
    this.eCovered = eCovered;
    this.eTotal = eTotal;
    return true;
  }

  /** Fills zCovered/zTotal/eCovered/eTotal for zh sentences [z0, z1) against en sentences [e0, e1). */
  private measure(z0: number, z1: number, e0: number, e1: number): void {
    if (this.zBase && this.measureInWindows(z0, z1, e0, e1)) return;
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
          let covered = false;
          for (let g = zGlossStart[o]!; g < zGlossEnd[o]! && !covered; g++) covered = markE[glosses[g]!] === stamp;
          if (!covered) zCovered += zTokWeight[o]!;
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

  /**
   * lexical() for runs of whole blocks (bz Chinese, be English sentences a block; block a spans sentences
   * [a·bz, (a+1)·bz)), for the coarse pass. Equal to lexical() on the sentences the blocks span, sums
   * in the same order, but whether a token meets the English side is one bit of a per-token bitset of
   * English blocks (and the same for each English stem and the Chinese blocks), not a walk over glosses.
   * `band` (block row → block columns, as bandedSearch takes it) says which one-block pairs to measure
   * in bulk; results are the same without it.
   */
  blockLexical(bz: number, be: number, band?: (i: number) => [number, number]): BlockLexical {
    if (this.copyZ) {
      const n = this.zh.tokens.length;
      const m = this.en.stems.length;
      const plain = (a0: number, a1: number, b0: number, b1: number): number =>
        this.lexical(Math.min(n, a0 * bz), Math.min(n, a1 * bz), Math.min(m, b0 * be), Math.min(m, b1 * be));
      return Object.assign(plain, { upper: () => 1 });
    }
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
    // What a run of blocks covers and weighs on each side (zh covered, zh total, en covered, en total),
    // left here by measureBlocks and measurePair: a typed array, because doubles kept in variables of
    // the closure would each be boxed anew.
    const measured = new Float64Array(4);
    const measureBlocks = (a0: number, a1: number, b0: number, b1: number): void => {
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
          zCovered += w * hit((tokE[base + w0]! & m0) | (tokE[base + w1]! & m1));
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
          eCovered += w * hit((stemZ[base + w0]! & m0) | (stemZ[base + w1]! & m1));
        }
      } else {
        for (let q = eA; q < eB; q++) {
          const w = eWeight[q]!;
          eTotal += w;
          if (any(stemZ, local[eStem[q]!]! * wz, a0, a1)) eCovered += w;
        }
      }
      measured[0] = zCovered;
      measured[1] = zTotal;
      measured[2] = eCovered;
      measured[3] = eTotal;
    };
    // One block against one block (the search measures nearly every pair in its band, and upper() asks
    // for them again): for each Chinese block a row of what its tokens cover in each English block of
    // the band, filled in one pass over the tokens' set bits rather than a pass over the tokens per pair;
    // the same for each English block, a column over the Chinese blocks. Each cell adds the same weights
    // in the same order as measureBlocks (a miss adds nothing there either), so the sums are equal.
    const kz = Math.ceil(n / bz);
    const ke = Math.ceil(m / be);
    const rowLo = new Int32Array(kz);
    const rowHi = new Int32Array(kz);
    const colLo = new Int32Array(ke).fill(kz);
    const colHi = new Int32Array(ke);
    if (band) {
      // Block a meets English block b in beads that end at row a + 1 or a + 2 and column b + 1 or b + 2.
      for (let a = 0; a < kz; a++) {
        const one = band(a + 1);
        const two = band(Math.min(kz, a + 2));
        rowLo[a] = Math.max(0, Math.min(one[0], two[0]) - 2);
        rowHi[a] = Math.max(rowLo[a]!, Math.min(ke, Math.max(one[1], two[1])));
        for (let b = rowLo[a]!; b < rowHi[a]!; b++) {
          if (a < colLo[b]!) colLo[b] = a;
          colHi[b] = a + 1;
        }
      }
    }
    const rowStart = new Int32Array(kz + 1);
    for (let a = 0; a < kz; a++) rowStart[a + 1] = rowStart[a]! + (rowHi[a]! - rowLo[a]!);
    const colStart = new Int32Array(ke + 1);
    for (let b = 0; b < ke; b++) colStart[b + 1] = colStart[b]! + Math.max(0, colHi[b]! - colLo[b]!);
    const rowCovered = new Float64Array(rowStart[kz]!);
    const colCovered = new Float64Array(colStart[ke]!);
    const rowTotal = new Float64Array(kz).fill(NaN);
    const colTotal = new Float64Array(ke).fill(NaN);
    /** Adds w at each set bit b (lo ≤ b < hi) of the bitset at bits[base…], to out[at + b - lo]. */
    const addAtBits = (bits: Int32Array, base: number, lo: number, hi: number, w: number, out: Float64Array, at: number): void => {
      for (let word = lo >>> 5; word <= (hi - 1) >>> 5; word++) {
        let x = bits[base + word]!;
        if (word === lo >>> 5) x &= -1 << (lo & 31);
        if (word === (hi - 1) >>> 5 && (hi & 31) !== 0) x &= BELOW[hi & 31]!;
        while (x !== 0) {
          const low = x & -x;
          out[at + (word << 5) + (31 - Math.clz32(low)) - lo]! += w;
          x ^= low;
        }
      }
    };
    const fillRow = (a: number): void => {
      const lo = rowLo[a]!;
      const hi = rowHi[a]!;
      let total = 0;
      for (let o = zTokStart[Math.min(n, a * bz)]!; o < zTokStart[Math.min(n, (a + 1) * bz)]!; o++) {
        const w = zTokWeight[o]!;
        total += w;
        if (hi > lo) addAtBits(tokE, zTok[o]! * we, lo, hi, w, rowCovered, rowStart[a]!);
      }
      rowTotal[a] = total;
    };
    const fillColumn = (b: number): void => {
      const lo = colLo[b]!;
      const hi = colHi[b]!;
      let total = 0;
      for (let q = eStart[Math.min(m, b * be)]!; q < eStart[Math.min(m, (b + 1) * be)]!; q++) {
        const w = eWeight[q]!;
        total += w;
        if (hi > lo) addAtBits(stemZ, local[eStem[q]!]! * wz, lo, hi, w, colCovered, colStart[b]!);
      }
      colTotal[b] = total;
    };
    /** measureBlocks for one block against one block, from the rows and columns when the band holds it. */
    const measurePair = (a: number, b: number): void => {
      if (b < rowLo[a]! || b >= rowHi[a]! || a < colLo[b]! || a >= colHi[b]!) return measureBlocks(a, a + 1, b, b + 1);
      if (rowTotal[a] !== rowTotal[a]) fillRow(a);
      if (colTotal[b] !== colTotal[b]) fillColumn(b);
      measured[0] = rowCovered[rowStart[a]! + b - rowLo[a]!]!;
      measured[1] = rowTotal[a]!;
      measured[2] = colCovered[colStart[b]! + a - colLo[b]!]!;
      measured[3] = colTotal[b]!;
    };
    const lexical = (a0: number, a1: number, b0: number, b1: number): number => {
      if (a1 - a0 === 1 && b1 - b0 === 1) measurePair(a0, b0);
      else measureBlocks(a0, a1, b0, b1);
      const zTotal = measured[1]!;
      const eTotal = measured[3]!;
      return harmonic(zTotal > 0 ? measured[0]! / zTotal : 0, eTotal > 0 ? measured[2]! / eTotal : 0);
    };
    /**
     * An upper bound on lexical() for one block against two, or two against one, from the one-to-one
     * pairs (the search has mostly measured them already): a token covered by either block is covered
     * by one of them, and the other side's weights add up. The margin of 1e-9 covers rounding, so the
     * bound holds for the floating-point results too; other shapes get 1.
     */
    const upper = (a0: number, a1: number, b0: number, b1: number): number => {
      const dz = a1 - a0;
      const de = b1 - b0;
      if (!((dz === 1 && de === 2) || (dz === 2 && de === 1))) return 1;
      measurePair(a0, b0);
      const zc = measured[0]!;
      const zt = measured[1]!;
      const ec = measured[2]!;
      const et = measured[3]!;
      if (dz === 2) measurePair(a0 + 1, b0);
      else measurePair(a0, b0 + 1);
      const zCov = zc + measured[0]!;
      const eCov = ec + measured[2]!;
      const zTot = dz === 2 ? zt + measured[1]! : zt;
      const eTot = de === 2 ? et + measured[3]! : et;
      const zh = zTot > 0 ? Math.min(1, zCov / zTot) : 0;
      const en = eTot > 0 ? Math.min(1, eCov / eTot) : 0;
      return Math.min(1, harmonic(zh, en) + 1e-9);
    };
    return Object.assign(lexical, { upper });
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
    if (this.zCum && this.eCum) {
      zl = this.zCum[z1]! - this.zCum[z0]!;
      el = this.eCum[e1]! - this.eCum[e0]!;
    } else {
      for (let z = z0; z < z1; z++) zl += this.zh.length[z]!;
      for (let e = e0; e < e1; e++) el += this.enLength[e]!;
    }
    const damp = this.params.lengthDamp ?? 4;
    return Math.log((el + damp) / (this.ratio * zl + damp));
  }

  /** Lexical similarity alone: the harmonic mean of the two coverages. */
  lexical(z0: number, z1: number, e0: number, e1: number): number {
    this.measure(z0, z1, e0, e1);
    const { zCovered, zTotal, eCovered, eTotal } = this;
    return harmonic(zTotal > 0 ? zCovered / zTotal : 0, eTotal > 0 ? eCovered / eTotal : 0);
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

/** Lexical similarity of block runs, and an upper bound on it that is cheaper to compute. */
export interface BlockLexical {
  (a0: number, a1: number, b0: number, b1: number): number;
  upper(a0: number, a1: number, b0: number, b1: number): number;
}

/**
 * The harmonic mean of two coverages: a bead must be explained both ways. With the plain mean, a
 * sentence merged into a bead that the other side never mentions cost little when the rest matched.
 */
function harmonic(a: number, b: number): number {
  return a + b > 0 ? (2 * a * b) / (a + b) : 0;
}

/**
 * 1 when any bit of x is set, else 0, without a branch: the hot loops add w × hit(…), which equals
 * adding w or nothing exactly (weights are finite and not negative, and the sums start at +0).
 */
function hit(x: number): number {
  return (x | -x) >>> 31;
}

/** The 32 bits of x turned left by k (0 ≤ k < 32). */
function rotate(x: number, k: number): number {
  return k === 0 ? x : (x << k) | (x >>> (32 - k));
}

/** BELOW[k]: the bits 0 … k-1 (k ≤ 32). */
const BELOW = Int32Array.from({ length: 33 }, (_, k) => (k === 32 ? -1 : (1 << k) - 1));

/** Running totals of whole-number lengths (then range sums equal the sums in order exactly), else undefined. */
function cumulative(lengths: Float64Array): Float64Array | undefined {
  const cum = new Float64Array(lengths.length + 1);
  for (let k = 0; k < lengths.length; k++) {
    const v = lengths[k]!;
    if (!Number.isInteger(v) || v < 0) return undefined;
    cum[k + 1] = cum[k]! + v;
  }
  return cum[lengths.length]! <= Number.MAX_SAFE_INTEGER ? cum : undefined;
}
