// Sentence alignment: source × target sentences → beads covering every sentence exactly once.

import type { Bead, Lang, Sentence } from "../model/types.js";
import type { WordSegmenter } from "../segment/words.js";
import type { Dictionary } from "./dictionary.js";
import { chineseFeatures, englishFeatures } from "./features.js";
import { BeadScorer, type ScoreParams } from "./score.js";
import { bandedSearch, DEFAULT_SHAPES, type Shape } from "./search.js";

export interface AlignParams extends ScoreParams {
  /** Score of a sentence left without a counterpart (1-0 or 0-1 bead). */
  skipScore: number;
  /** Penalty per sentence beyond a 1-1 bead. */
  mergePenalty: number;
  /** Exponent of a bead's size ((source + target sentences) / 2) that its similarity is multiplied by. */
  sizeExponent: number;
  /** Smallest half-width of the search band, in sentences. */
  minBand: number;
  shapes: Shape[];
}

export const DEFAULT_PARAMS: AlignParams = {
  lengthSigma: 0.45,
  lengthWeight: 0.6,
  skipScore: -0.1,
  mergePenalty: 0.02,
  sizeExponent: 0,
  minBand: 40,
  shapes: DEFAULT_SHAPES,
};

export interface AlignResources {
  dictionary: Dictionary;
  words: WordSegmenter;
}

/** Aligns two sides; languages say which side is Chinese. Blank sentences get beads of their own. */
export function align(
  source: Sentence[],
  target: Sentence[],
  sourceLang: Lang,
  targetLang: Lang,
  resources: AlignResources,
  params: Partial<AlignParams> = {},
): Bead[] {
  const p = { ...DEFAULT_PARAMS, ...params };
  const srcText = source.filter((s) => s.kind !== "blank");
  const tgtText = target.filter((s) => s.kind !== "blank");
  const zhIsSource = sourceLang === "zh" || targetLang !== "zh";
  const zhSents = zhIsSource ? srcText : tgtText;
  const enSents = zhIsSource ? tgtText : srcText;

  const zh = chineseFeatures(zhSents, resources.dictionary, resources.words);
  const en = englishFeatures(enSents, resources.dictionary);
  const scorer = new BeadScorer(zh, en, resources.dictionary.stemCount, p);
  const n = zhSents.length;
  const m = enSents.length;

  const beadScore = (z0: number, z1: number, e0: number, e1: number): number => {
    const dz = z1 - z0;
    const de = e1 - e0;
    if (dz === 0 || de === 0) return p.skipScore * (dz + de);
    const size = p.sizeExponent === 0 ? 1 : Math.pow((dz + de) / 2, p.sizeExponent);
    return scorer.similarity(z0, z1, e0, e1) * size - p.mergePenalty * (dz + de - 2);
  };
  const width = Math.max(p.minBand, Math.ceil(Math.abs(n - m) * 0.5) + 10, Math.ceil(0.05 * Math.max(n, m)));
  const band = (i: number): [number, number] => {
    const center = n === 0 ? 0 : Math.round((i * m) / n);
    return [center - width, center + width];
  };
  const shapes = p.shapes.filter((s) => (n > 0 || s.zh === 0) && (m > 0 || s.en === 0));
  const path = bandedSearch(n, m, shapes, beadScore, band);

  const beads: Bead[] = [];
  for (const b of path) {
    const zIds = zhSents.slice(b.z0, b.z1).map((s) => s.index);
    const eIds = enSents.slice(b.e0, b.e1).map((s) => s.index);
    const score = zIds.length && eIds.length ? round(scorer.similarity(b.z0, b.z1, b.e0, b.e1)) : 0;
    beads.push(zhIsSource ? { source: zIds, target: eIds, score } : { source: eIds, target: zIds, score });
  }
  return insertBlanks(beads, source, target);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Puts each blank sentence in a bead of its own, in order, so every sentence appears exactly once. */
function insertBlanks(beads: Bead[], source: Sentence[], target: Sentence[]): Bead[] {
  const blankS = source.filter((s) => s.kind === "blank").map((s) => s.index);
  const blankT = target.filter((s) => s.kind === "blank").map((s) => s.index);
  if (!blankS.length && !blankT.length) return beads;
  const out: Bead[] = [];
  let bs = 0;
  let bt = 0;
  let nextS = 0;
  let nextT = 0;
  const flush = (uptoS: number, uptoT: number): void => {
    while (bs < blankS.length && blankS[bs]! < uptoS) out.push({ source: [blankS[bs++]!], target: [], score: 0 });
    while (bt < blankT.length && blankT[bt]! < uptoT) out.push({ source: [], target: [blankT[bt++]!], score: 0 });
  };
  for (const b of beads) {
    const s = b.source[0] ?? nextS;
    const t = b.target[0] ?? nextT;
    flush(s, t);
    out.push(b);
    if (b.source.length) nextS = b.source[b.source.length - 1]! + 1;
    if (b.target.length) nextT = b.target[b.target.length - 1]! + 1;
  }
  flush(Infinity, Infinity);
  return out;
}
