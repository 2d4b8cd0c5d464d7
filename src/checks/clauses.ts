// Clauses of a sentence (both partial rules report clause runs), and clause-level dictionary coverage
// for partial-addition: each side of a bead is cut into clauses at commas, semicolons and colons, and
// every clause is scored against the whole other side with the aligner's own IDF-weighted gloss
// coverage (align/features.ts, score.ts).

import type { AlignResources } from "../align/index.js";
import { chineseFeatures, englishFeatures, enLength, zhLength } from "../align/features.js";
import { BeadScorer } from "../align/score.js";
import type { Bead, Lang, Sentence } from "../model/types.js";

export interface Clause {
  sentence: Sentence;
  /** Offsets into the sentence's text, end exclusive, trimmed of spaces and the closing mark. */
  start: number;
  end: number;
  text: string;
  /** Comparable length: Han characters, or letters and digits. */
  length: number;
}

const ZH_BREAK = /[，、；：,;:]/g;
// English clauses end at , ; : (with or without the space a careless translation forgets) and dashes.
const EN_BREAK = /[,;:](?!\d)|\s[—–-]{1,2}\s|—/g;

/** A sentence's clauses, in order. */
export function clausesOf(sentence: Sentence, lang: Lang): Clause[] {
  const text = sentence.text;
  const re = new RegExp((lang === "zh" ? ZH_BREAK : EN_BREAK).source, "g");
  const out: Clause[] = [];
  let from = 0;
  const push = (a: number, b: number): void => {
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /[\s。.!?！？"”’)）]/.test(text[b - 1]!)) b--;
    if (b <= a) return;
    const piece = text.slice(a, b);
    out.push({ sentence, start: a, end: b, text: piece, length: lang === "zh" ? zhLength(piece) : enLength(piece) });
  };
  for (const m of text.matchAll(re)) {
    // A comma inside a number (1,000) does not end a clause.
    if (m[0] === "," && /\d/.test(text[m.index - 1] ?? "") && /\d/.test(text[m.index + 1] ?? "")) continue;
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return out;
}

export interface ClauseIndex {
  zhLang: Lang;
  /** Clauses of each side's sentences: [first, end) into the side's clause list, by sentence id. */
  clauses: { zh: Clause[]; en: Clause[] };
  spans: { zh: Map<number, [number, number]>; en: Map<number, [number, number]> };
  scorer: BeadScorer;
  /** English length per unit of Chinese length, over the whole document. */
  ratio: number;
}

/** Features of every clause of both documents, built once and shared by the two partial rules. */
export function clauseIndex(zhSents: Sentence[], enSents: Sentence[], resources: AlignResources): ClauseIndex {
  const build = (sents: Sentence[], lang: Lang) => {
    const list: Clause[] = [];
    const spans = new Map<number, [number, number]>();
    for (const s of sents) {
      if (s.kind === "blank") continue;
      const a = list.length;
      list.push(...clausesOf(s, lang));
      spans.set(s.index, [a, list.length]);
    }
    return { list, spans };
  };
  const zh = build(zhSents, "zh");
  const en = build(enSents, "en");
  const asSentence = (c: Clause): Sentence => ({ ...c.sentence, text: c.text });
  const zf = chineseFeatures(zh.list.map(asSentence), resources.dictionary, resources.words);
  const ef = englishFeatures(en.list.map(asSentence), resources.dictionary);
  const scorer = new BeadScorer(zf, ef, resources.dictionary.stemCount, { lengthSigma: 0.45, lengthWeight: 0 });
  const zl = zh.list.reduce((n, c) => n + c.length, 0);
  const el = en.list.reduce((n, c) => n + c.length, 0);
  return { zhLang: "zh", clauses: { zh: zh.list, en: en.list }, spans: { zh: zh.spans, en: en.spans }, scorer, ratio: zl && el ? el / zl : 3 };
}

export interface Uncovered {
  /** The side whose clauses have no counterpart. */
  side: "zh" | "en";
  clauses: Clause[];
  /** Coverage of the run against the other side, 0..1. */
  coverage: number;
  /** Coverage of the rest of the bead, 0..1. */
  rest: number;
  /** The run's share of its side's length. */
  share: number;
  /** Coverage of the clauses right before and after the run (1 when there is none). */
  neighbours: number;
}

/** Coverage of the whole bead in both directions, at clause granularity. */
export function beadCoverage(index: ClauseIndex, zhIds: number[], enIds: number[]): { zh: number; en: number } {
  const z = spanOf(zhIds, index.spans.zh);
  const e = spanOf(enIds, index.spans.en);
  if (!z || !e) return { zh: 0, en: 0 };
  return index.scorer.coverage(z[0], z[1], e[0], e[1]);
}

/** The range of a side's units (clauses, words) that the given sentences cover, if any. */
export function spanOf(ids: number[], spans: Map<number, [number, number]>): [number, number] | undefined {
  let a = Infinity;
  let b = -Infinity;
  for (const id of ids) {
    const s = spans.get(id);
    if (!s) continue;
    a = Math.min(a, s[0]);
    b = Math.max(b, s[1]);
  }
  return a < b ? [a, b] : undefined;
}

/**
 * Runs of clauses on one side of a bead whose words find nearly nothing on the other side, while the
 * rest of the bead matches: the candidates for a partial omission (source side) or addition (target).
 */
export function uncoveredRuns(index: ClauseIndex, zhIds: number[], enIds: number[], side: "zh" | "en", low: number, window = 0.3): Uncovered[] {
  const z = spanOf(zhIds, index.spans.zh);
  const e = spanOf(enIds, index.spans.en);
  if (!z || !e) return [];
  const [a, b] = side === "zh" ? z : e;
  const list = index.clauses[side];
  // Where each clause sits in its side, 0..1 by length: a clause is looked for in the part of the other
  // side around the same place (translations keep the order of long sentences' parts, roughly), so
  // that a word repeated elsewhere in a long sentence does not cover it.
  const middles = (from: number, to: number, cl: Clause[]): number[] => {
    const total = cl.slice(from, to).reduce((n, c) => n + c.length, 0) || 1;
    let at = 0;
    const out: number[] = [];
    for (let q = from; q < to; q++) {
      out.push((at + cl[q]!.length / 2) / total);
      at += cl[q]!.length;
    }
    return out;
  };
  const [o0, o1] = side === "zh" ? e : z;
  const mine = middles(a, b, index.clauses[side]);
  const theirs = middles(o0, o1, index.clauses[side === "zh" ? "en" : "zh"]);
  const windowOf = (k0: number, k1: number): [number, number] => {
    const lo = mine[k0 - a]! - window;
    const hi = mine[k1 - 1 - a]! + window;
    let w0 = o0;
    while (w0 < o1 - 1 && theirs[w0 - o0]! < lo) w0++;
    let w1 = o1;
    while (w1 > w0 + 1 && theirs[w1 - 1 - o0]! > hi) w1--;
    return [w0, w1];
  };
  const cov = (k0: number, k1: number): number => {
    const [w0, w1] = windowOf(k0, k1);
    return side === "zh" ? index.scorer.coverage(k0, k1, w0, w1).zh : index.scorer.coverage(w0, w1, k0, k1).en;
  };
  const each: number[] = [];
  for (let k = a; k < b; k++) each.push(cov(k, k + 1));
  const total = list.slice(a, b).reduce((n, c) => n + c.length, 0);
  const out: Uncovered[] = [];
  let k = a;
  while (k < b) {
    if (each[k - a]! > low) {
      k++;
      continue;
    }
    let j = k;
    while (j < b && each[j - a]! <= low) j++;
    const run = list.slice(k, j);
    const length = run.reduce((n, c) => n + c.length, 0);
    // Coverage of the rest: the clauses before and after the run, together.
    const restParts: number[] = [];
    let restLen = 0;
    for (let q = a; q < b; q++) if (q < k || q >= j) (restParts.push(each[q - a]! * list[q]!.length), (restLen += list[q]!.length));
    out.push({
      side,
      clauses: run,
      coverage: j - k === 1 ? each[k - a]! : cov(k, j),
      rest: restLen > 0 ? restParts.reduce((x, y) => x + y, 0) / restLen : 0,
      share: total > 0 ? length / total : 0,
      neighbours: Math.min(k > a ? each[k - 1 - a]! : 1, j < b ? each[j - a]! : 1),
    });
    k = j;
  }
  return out;
}

/** The Chinese and English sentence ids of a bead, whichever side is the source. */
export function beadSides(bead: Bead, sourceLang: Lang): { zh: number[]; en: number[] } {
  return sourceLang === "zh" ? { zh: bead.source, en: bead.target } : { zh: bead.target, en: bead.source };
}
