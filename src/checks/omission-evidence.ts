// Evidence that a run of clauses of one side of a bead has no counterpart on the other side, as a
// log-likelihood ratio (nats) of "these clauses were left out" against "they were translated", with
// every rate learnt from the document itself, so that a free literary translation and a close
// technical one are held to their own standards:
//
// - lexical: each word of the run either finds a gloss on the other side of the bead or not. How often
//   a word finds one when translated is learnt per word over the document's other beads (韦小宝 may
//   find "Trinket" nine times in ten, 了 never), shrunk towards the document's mean for its kind of
//   word (by number of glosses and length: a rare word is otherwise judged on one or two beads); how
//   often it finds one by chance is measured by pairing each bead with an unrelated one. A word that is reliably
//   found and is missing is strong evidence; a word that is rarely found says little either way.
// - length: the other side is shorter than the document's length ratio predicts by about the run's
//   share; the spread of that ratio is the document's own (robust, over all its beads).
//
// Words, not clauses, are the unit: clause boundaries differ between the two languages, so a deleted
// English clause shows as a run of Chinese words that may straddle a comma. Document-learnt word
// associations (align/associate.ts) are added to the dictionary's glosses, as the aligner does.

import type { AlignResources } from "../align/index.js";
import { learnAssociations } from "../align/associate.js";
import { chineseFeatures, idf, laidOut, numberKey, withExtraGlosses, type EnFeatures, type ZhFeatures } from "../align/features.js";
import { contentStems, stem } from "../align/stem.js";
import { englishSkeleton, pinyinSkeleton, sameSkeleton, transliterating } from "../align/transliterate.js";
import type { Bead, Lang, Sentence } from "../model/types.js";
import { clausesOf, spanOf, type Clause } from "./clauses.js";

/** A word of one side: where it is, how long it counts, and what the hit-rate statistics key it by. */
interface Unit {
  sentence: number;
  start: number;
  end: number;
  length: number;
  key: string;
}

interface Side {
  units: Unit[];
  /** Units of each sentence: [first, end) by sentence id. */
  spans: Map<number, [number, number]>;
}

const HAN = /\p{Script=Han}/u;
const EN_WORD = /[A-Za-z]+(?:['’][A-Za-z]+)*|\d+(?:[.,]\d+)*|[$€£¥]/g;

/**
 * The word a currency sign stands for, as the Chinese writes it (美元 "US dollar", 欧元, 英镑, 元 or
 * 日元): "US$3.8 million" is 380万美元, and without its word the sign left 美元 unfound in a faithful
 * translation, so that a sentence of figures looked added.
 */
const CURRENCY_WORDS: Record<string, string[]> = { $: ["dollar"], "€": ["euro"], "£": ["pound"], "¥": ["yuan", "yen"] };

function chineseUnits(sentences: Sentence[], resources: AlignResources): Side {
  const units: Unit[] = [];
  const spans = new Map<number, [number, number]>();
  for (const s of sentences) {
    const first = units.length;
    let at = 0;
    for (const word of resources.words.cut(s.text)) {
      const found = s.text.indexOf(word, at);
      const start = found >= 0 ? found : at;
      at = start + word.length;
      let length = 0;
      for (const ch of word) if (HAN.test(ch) || /[A-Za-z0-9]/.test(ch)) length++;
      if (length === 0) continue;
      units.push({ sentence: s.index, start, end: start + word.length, length, key: word });
    }
    spans.set(s.index, [first, units.length]);
  }
  return { units, spans };
}

function englishUnits(sentences: Sentence[]): Side {
  const units: Unit[] = [];
  const spans = new Map<number, [number, number]>();
  for (const s of sentences) {
    const first = units.length;
    for (const m of s.text.matchAll(EN_WORD)) {
      const w = m[0];
      units.push({ sentence: s.index, start: m.index, end: m.index + w.length, length: w.replace(/['’.,]/g, "").length, key: /\d/.test(w) ? w : stem(CURRENCY_WORDS[w]?.[0] ?? w) });
    }
    spans.set(s.index, [first, units.length]);
  }
  return { units, spans };
}

/**
 * English features of single words, as englishFeatures gives for sentences, without its search for
 * spelled-out numbers (a sentence-level matter, and most of its cost when run on every word).
 */
function wordFeatures(words: string[], resources: AlignResources): EnFeatures {
  const dict = resources.dictionary;
  const stems: Int32Array[] = [];
  const df = new Map<number, number>();
  for (const w of words) {
    const currency = CURRENCY_WORDS[w];
    const ids = /^\d/.test(w) ? [dict.stemId(numberKey(Number(w.replace(/,/g, ""))))] : currency ? currency.map((s) => dict.stemId(stem(s))) : contentStems(w).map((s) => dict.stemId(s));
    for (const id of ids) df.set(id, (df.get(id) ?? 0) + 1);
    stems.push(Int32Array.from(ids));
  }
  const weight = new Map<number, number>();
  for (const [id, d] of df) weight.set(id, idf(words.length, d));
  return { stems, weight, length: Float64Array.from(words, (w) => w.length) };
}

interface BeadUnits {
  bead: Bead;
  z0: number;
  z1: number;
  e0: number;
  e1: number;
}

export interface OmissionIndex {
  zh: Side;
  en: Side;
  sentences: { zh: Map<number, Sentence>; en: Map<number, Sentence> };
  zf: ZhFeatures;
  ef: EnFeatures;
  beads: BeadUnits[];
  /** Per bead (same order as `beads`), per unit of each side: 1 when it finds a counterpart. */
  zhHit: Uint8Array[];
  enHit: Uint8Array[];
  /** Per side, per key: [beads where a unit of this key found a counterpart, units seen]. */
  counts: { zh: Map<string, [number, number]>; en: Map<string, [number, number]> };
  /** The same against the other side of unrelated beads: how often a word is found by chance. */
  chanceCounts: { zh: Map<string, [number, number]>; en: Map<string, [number, number]> };
  /** Mean rate at which a word with glosses finds a counterpart; the chance rate from unrelated beads. */
  mean: { zh: number; en: number };
  /**
   * The same per kind of word (wordKind): a word seen once or twice in the document is shrunk towards
   * its kind's rate rather than the document's, so a long word with one specific gloss is expected to
   * be found more often than a one-character word with many.
   */
  kindMean: { zh: Float64Array; en: Float64Array };
  chance: { zh: number; en: number };
  /** Other-side length per unit of this side's length (by side), and the spread of its log. */
  ratio: { zh: number; en: number };
  sigma: number;
}


/** Which units of each side of zh [z0,z1) × en [e0,e1) find a counterpart on the other side. */
function hits(zf: ZhFeatures, ef: EnFeatures, z0: number, z1: number, e0: number, e1: number): { zh: Uint8Array; en: Uint8Array } {
  const enStems = new Set<number>();
  for (let e = e0; e < e1; e++) for (const s of ef.stems[e]!) enStems.add(s);
  const zhGlosses = new Set<number>();
  const zh = new Uint8Array(z1 - z0);
  for (let z = z0; z < z1; z++) {
    const toks = zf.tokens[z]!;
    for (let k = 0; k < toks.length; k++) {
      for (let g = zf.glossStart[z]![k]!; g < zf.glossEnd[z]![k]!; g++) {
        const st = zf.glosses[g]!;
        zhGlosses.add(st);
        if (enStems.has(st)) zh[z - z0] = 1;
      }
    }
  }
  const en = new Uint8Array(e1 - e0);
  for (let e = e0; e < e1; e++) for (const s of ef.stems[e]!) if (zhGlosses.has(s)) en[e - e0] = 1;
  return { zh, en };
}

/** Words × words of a bead beyond which exclusiveHits keeps the plain hits: 500 a side. */
const MAX_EXCLUSIVE_CELLS = 250_000;

/**
 * Which units of each side of bead `i` find a counterpart when every word may stand for one word of the
 * other side only, nearer places (by relative position in the bead) paired first. In a sentence that
 * lists figures ("revenue grew 4.2%, of which tax revenue grew 3.8%"), a clause cut from the
 * translation leaves its words matched nowhere, though each of them occurs elsewhere in the sentence.
 */
export function exclusiveHits(index: OmissionIndex, i: number): { zh: Uint8Array; en: Uint8Array } {
  const { zf, ef } = index;
  const b = index.beads[i]!;
  const nz = b.z1 - b.z0;
  const ne = b.e1 - b.e0;
  // Every pair of words is a candidate: a bead of thousands of words a side (a whole unsplit page, or
  // adversarial input: 25 kB of "mid-1" took 17 s) keeps the plain hits instead.
  if (nz * ne > MAX_EXCLUSIVE_CELLS) return { zh: index.zhHit[i]!, en: index.enHit[i]! };
  const pairs: Array<[number, number, number]> = [];
  const glosses = new Set<number>();
  for (let z = 0; z < nz; z++) {
    glosses.clear();
    const toks = zf.tokens[b.z0 + z]!;
    for (let k = 0; k < toks.length; k++) for (let g = zf.glossStart[b.z0 + z]![k]!; g < zf.glossEnd[b.z0 + z]![k]!; g++) glosses.add(zf.glosses[g]!);
    if (!glosses.size) continue;
    for (let e = 0; e < ne; e++) if (ef.stems[b.e0 + e]!.some((st) => glosses.has(st))) pairs.push([z, e, Math.abs((z + 0.5) / nz - (e + 0.5) / ne)]);
  }
  pairs.sort((x, y) => x[2] - y[2]);
  const zh = new Uint8Array(nz);
  const en = new Uint8Array(ne);
  // The Chinese word each English word went to: a word glossed by a phrase ("value added" for 增加值)
  // takes the phrase's words side by side, not one word each for two occurrences.
  const owner = new Int32Array(ne).fill(-1);
  for (const [z, e] of pairs) {
    if (en[e]) continue;
    if (zh[z] && owner[e - 1] !== z && owner[e + 1] !== z) continue;
    zh[z] = 1;
    en[e] = 1;
    owner[e] = z;
  }
  // Nearest first is greedy: a word left over may have lost its only counterpart to a word that had
  // another one free (来回 taken by "make" when "repeated" had nothing else). Such a word takes it back,
  // and the other moves to its free counterpart, as a matching of most pairs would have it.
  reassign(pairs, zh, en, owner);
  return { zh, en };
}

/**
 * One pass of augmenting paths of length three over the greedy pairing of exclusiveHits: an English word
 * left over takes a Chinese counterpart whose partner can move to a Chinese word of its own that is free
 * (which also finds the Chinese words left over such a path frees). A word that holds a phrase (several
 * words side by side) keeps it.
 */
function reassign(pairs: Array<[number, number, number]>, zh: Uint8Array, en: Uint8Array, owner: Int32Array): void {
  const byEn = new Map<number, number[]>();
  for (const [z, e] of pairs) (byEn.get(e) ?? byEn.set(e, []).get(e)!).push(z);
  // How many English words each Chinese word holds, and which when one: a word that holds a phrase
  // keeps it. Linear in the pairs: a Chinese word once taken stays taken, so each English word's search
  // for a free counterpart resumes where it stopped (a bead of 500 words a side all alike, "1 1 1 …",
  // would otherwise take 500³ steps).
  const held = new Int32Array(zh.length);
  const single = new Int32Array(zh.length).fill(-1);
  owner.forEach((z, e) => {
    if (z >= 0) (held[z]!++, (single[z] = e));
  });
  const next = new Int32Array(en.length);
  const free = (e: number): number | undefined => {
    const zs = byEn.get(e)!;
    while (next[e]! < zs.length && zh[zs[next[e]!]!]) next[e]!++;
    return zs[next[e]!];
  };
  for (const [e, zs] of byEn) {
    if (en[e]) continue;
    for (const z of zs) {
      if (held[z] !== 1) continue;
      const other = single[z]!;
      const to = free(other);
      if (to === undefined) continue;
      owner[other] = to;
      zh[to] = 1;
      held[to] = 1;
      single[to] = other;
      owner[e] = z;
      single[z] = e;
      en[e] = 1;
      break;
    }
  }
}

/** The units of bead `i`'s `side` inside a clause of one of its sentences: indices into the side's units. */
export function clauseUnits(index: OmissionIndex, side: Lang, i: number, clause: Clause): number[] {
  const b = index.beads[i]!;
  const [a, z] = side === "zh" ? [b.z0, b.z1] : [b.e0, b.e1];
  const units = index[side].units;
  const out: number[] = [];
  for (let u = a; u < z; u++) {
    const unit = units[u]!;
    if (unit.sentence === clause.sentence.index && unit.start >= clause.start && unit.end <= clause.end) out.push(u);
  }
  return out;
}

/**
 * A word's kind for its prior hit rate: how many glosses it has (Chinese; an English word has one stem,
 * or none) in four classes, times how long it is in three.
 */
export const WORD_KINDS = 12;
function wordKind(index: { zf: ZhFeatures; ef: EnFeatures }, side: Lang, u: number, length: number): number {
  if (side === "en") return length <= 3 ? 0 : length <= 6 ? 1 : 2;
  const zf = index.zf;
  let g = 0;
  for (let k = 0; k < zf.tokens[u]!.length; k++) g += zf.glossEnd[u]![k]! - zf.glossStart[u]![k]!;
  return (g <= 1 ? 0 : g <= 3 ? 3 : g <= 8 ? 6 : 9) + Math.min(length, 3) - 1;
}

/** Whether unit u of `side` has glosses (a word the hit rates are kept for). */
export const glossable = (index: { zf: ZhFeatures; ef: EnFeatures }, side: Lang, u: number): boolean =>
  side === "zh" ? index.zf.tokens[u]!.length > 0 : index.ef.stems[u]!.length > 0;

/** Builds the word-level evidence of a whole aligned document, once for the rules that share it. */
export function omissionIndex(zhSents: Sentence[], enSents: Sentence[], beads: Bead[], zhIsSource: boolean, resources: AlignResources): OmissionIndex {
  const zh = chineseUnits(zhSents.filter((s) => s.kind !== "blank"), resources);
  const en = englishUnits(enSents.filter((s) => s.kind !== "blank"));
  const asSentence = (u: Unit, text: string): Sentence => ({ side: "source", index: u.sentence, text, start: 0, end: text.length, startPos: { line: 1, column: 1 }, endPos: { line: 1, column: 1 }, kind: "text" });
  const zhText = new Map(zhSents.map((s) => [s.index, s.text]));
  const enText = new Map(enSents.map((s) => [s.index, s.text]));
  let zf = chineseFeatures(zh.units.map((u) => asSentence(u, zhText.get(u.sentence)!.slice(u.start, u.end))), resources.dictionary, resources.words);
  const ef = wordFeatures(en.units.map((u) => enText.get(u.sentence)!.slice(u.start, u.end)), resources);
  const list: BeadUnits[] = [];
  for (const bead of beads) {
    if (!bead.source.length || !bead.target.length) continue;
    const z = spanOf(zhIsSource ? bead.source : bead.target, zh.spans);
    const e = spanOf(zhIsSource ? bead.target : bead.source, en.spans);
    if (z && e) list.push({ bead, z0: z[0], z1: z[1], e0: e[0], e1: e[1] });
  }
  // Foreign names written by sound, bead by bead; associations, which need enough beads to tell a
  // translation from a coincidence (as in align/index.ts).
  const extra = transliterations(zh, en, zhText, enText, zf, ef, list, resources.dictionary);
  if (list.length >= 30) {
    for (const [token, stems] of learnAssociations(zf, ef, list, { minCount: 2, minDice: 0.5 })) extra.set(token, [...(extra.get(token) ?? []), ...stems]);
  }
  if (extra.size) zf = laidOut(withExtraGlosses(zf, extra));
  const zhHit: Uint8Array[] = [];
  const enHit: Uint8Array[] = [];
  const counts = { zh: new Map<string, [number, number]>(), en: new Map<string, [number, number]>() };
  const chanceCounts = { zh: new Map<string, [number, number]>(), en: new Map<string, [number, number]>() };
  const total = { zh: [0, 0], en: [0, 0] };
  const kinds = { zh: Array.from({ length: WORD_KINDS }, () => [0, 0]), en: Array.from({ length: WORD_KINDS }, () => [0, 0]) };
  const chanceTotal = { zh: [0, 0], en: [0, 0] };
  const tally = (side: Lang, units: Unit[], from: number, h: Uint8Array, into: boolean): void => {
    for (let u = from; u < from + h.length; u++) {
      if (!glossable({ zf, ef }, side, u)) continue;
      const table = (into ? counts : chanceCounts)[side];
      const c = table.get(units[u]!.key) ?? [0, 0];
      c[0] += h[u - from]!;
      c[1] += 1;
      table.set(units[u]!.key, c);
      if (into) {
        total[side][0]! += h[u - from]!;
        total[side][1]! += 1;
        const kind = kinds[side][wordKind({ zf, ef }, side, u, units[u]!.length)]!;
        kind[0]! += h[u - from]!;
        kind[1]! += 1;
      } else {
        chanceTotal[side][0]! += h[u - from]!;
        chanceTotal[side][1]! += 1;
      }
    }
  };
  let zLen = 0;
  let eLen = 0;
  const sum = (units: Unit[], a: number, b: number): number => {
    let n = 0;
    for (let u = a; u < b; u++) n += units[u]!.length;
    return n;
  };
  for (const b of list) {
    const h = hits(zf, ef, b.z0, b.z1, b.e0, b.e1);
    zhHit.push(h.zh);
    enHit.push(h.en);
    tally("zh", zh.units, b.z0, h.zh, true);
    tally("en", en.units, b.e0, h.en, true);
    zLen += sum(zh.units, b.z0, b.z1);
    eLen += sum(en.units, b.e0, b.e1);
  }
  // The chance rate: each bead against the other side of a bead far from it.
  const shift = Math.max(1, Math.floor(list.length / 2));
  for (let i = 0; i < list.length && list.length > 1; i++) {
    const a = list[i]!;
    const o = list[(i + shift) % list.length]!;
    const h = hits(zf, ef, a.z0, a.z1, o.e0, o.e1);
    tally("zh", zh.units, a.z0, h.zh, false);
    const r = hits(zf, ef, o.z0, o.z1, a.e0, a.e1);
    tally("en", en.units, a.e0, r.en, false);
  }
  // Rates with a prior, so that a document of a few sentences falls back on plausible values.
  const rate = (x: number[], prior: number, weight: number): number => (x[0]! + prior * weight) / (x[1]! + weight);
  const mean = { zh: rate(total.zh, 0.4, 20), en: rate(total.en, 0.4, 20) };
  const kindMean = { zh: Float64Array.from(kinds.zh, (k) => rate(k, mean.zh, 10)), en: Float64Array.from(kinds.en, (k) => rate(k, mean.en, 10)) };
  // Capped: in a short document on one topic (a news item, an abstract) "unrelated" beads share their
  // topic words, which the per-word rates catch; the document's rate only stands in for rare words.
  // On mac-dev and aca the measured rate is 0.04-0.10; capping the two chapters at 0.10 changed no finding.
  const chance = { zh: Math.min(0.08, Math.max(0.02, rate(chanceTotal.zh, 0.06, 20))), en: Math.min(0.08, Math.max(0.02, rate(chanceTotal.en, 0.06, 20))) };
  const ratio = zLen && eLen ? { zh: eLen / zLen, en: zLen / eLen } : { zh: 3, en: 1 / 3 };
  // The spread of log(length / expected length) over the document's beads, robust (MAD), shrunk
  // towards a typical value for small documents.
  const deltas = list.map((b) => Math.log((sum(en.units, b.e0, b.e1) + 4) / (ratio.zh * sum(zh.units, b.z0, b.z1) + 4))).sort((x, y) => x - y);
  let sigma = 0.3;
  if (deltas.length) {
    const med = deltas[deltas.length >> 1]!;
    const dev = deltas.map((d) => Math.abs(d - med)).sort((x, y) => x - y);
    const mad = 1.4826 * dev[dev.length >> 1]!;
    const n = deltas.length;
    sigma = Math.sqrt((n * mad * mad + 20 * 0.3 * 0.3) / (n + 20));
  }
  const sentences = { zh: new Map(zhSents.map((s) => [s.index, s])), en: new Map(enSents.map((s) => [s.index, s])) };
  return { zh, en, sentences, zf, ef, beads: list, zhHit, enHit, counts, chanceCounts, mean, kindMean, chance, ratio, sigma: Math.max(0.1, sigma) };
}

/** A stretch of transliterating characters: how many, the words it covers, its pinyin's skeleton. */
interface Stretch {
  length: number;
  units: number[];
  skeleton: string;
}

/** Every stretch of two to six transliterating characters side by side in one sentence of a bead's Chinese. */
function transliteratedStretches(zh: Side, zhText: Map<number, string>, b: BeadUnits, dict: AlignResources["dictionary"]): Stretch[] {
  const runs: Array<Array<{ ch: string; unit: number }>> = [];
  let run: Array<{ ch: string; unit: number }> = [];
  let last: Unit | undefined;
  for (let z = b.z0; z < b.z1; z++) {
    const u = zh.units[z]!;
    if (last && (last.sentence !== u.sentence || last.end !== u.start)) (runs.push(run), (run = []));
    for (const ch of zhText.get(u.sentence)!.slice(u.start, u.end)) {
      if (transliterating(ch)) run.push({ ch, unit: z });
      else (runs.push(run), (run = []));
    }
    last = u;
  }
  runs.push(run);
  const out: Stretch[] = [];
  for (const r of runs) {
    for (let i = 0; i + 1 < r.length; i++) {
      let pinyin = dict.pinyin(r[i]!.ch) ?? "";
      for (let j = i + 1; j < Math.min(r.length, i + 6); j++) {
        pinyin += dict.pinyin(r[j]!.ch) ?? "";
        out.push({ length: j - i + 1, units: [...new Set(r.slice(i, j + 1).map((c) => c.unit))], skeleton: pinyinSkeleton(pinyin) });
      }
    }
  }
  return out;
}

/**
 * Glosses for the Chinese words that write a foreign name by sound: in each bead, an English capitalised
 * word that no gloss of the bead's Chinese finds, and a run of two to six transliterating characters of
 * the bead whose pinyin has its consonant skeleton (凯卢 for Kelu, 安巴里 for Ambari), the longest such
 * run. Token id → the name's stem ids, for every word of the run.
 */
function transliterations(zh: Side, en: Side, zhText: Map<number, string>, enText: Map<number, string>, zf: ZhFeatures, ef: EnFeatures, list: BeadUnits[], dict: AlignResources["dictionary"]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  const glosses = new Set<number>();
  // Words the document also writes in lower case are words, capitalised where a sentence starts.
  const lower = new Set<string>();
  for (const text of enText.values()) for (const m of text.matchAll(/\b[a-z][a-z]+\b/g)) lower.add(m[0]);
  for (const b of list) {
    // Capitalised words first (most beads have none beyond their first word); glosses only then.
    const names: Array<{ e: number; skeleton: string }> = [];
    for (let e = b.e0; e < b.e1; e++) {
      const u = en.units[e]!;
      const text = enText.get(u.sentence)!;
      const c = text.charCodeAt(u.start);
      if (c < 65 || c > 90 || !ef.stems[e]!.length) continue;
      const word = text.slice(u.start, u.end);
      if (!/^[A-Z][a-z]/.test(word) || lower.has(word.toLowerCase())) continue;
      const skeleton = englishSkeleton(word);
      if (skeleton.length >= 2) names.push({ e, skeleton });
    }
    if (!names.length) continue;
    glosses.clear();
    for (let z = b.z0; z < b.z1; z++) for (const t of zf.tokens[z]!) for (const g of zf.tokenGlosses[t]!) glosses.add(g);
    const unfound = names.filter(({ e }) => !ef.stems[e]!.some((st) => glosses.has(st)));
    if (!unfound.length) continue;
    const stretches = transliteratedStretches(zh, zhText, b, dict);
    for (const { e, skeleton } of unfound) {
      let best: Stretch | undefined;
      for (const st of stretches) if ((!best || st.length > best.length) && sameSkeleton(skeleton, st.skeleton)) best = st;
      if (!best) continue;
      for (const unit of best.units) {
        for (const t of zf.tokens[unit]!) {
          const have = out.get(t) ?? [];
          for (const st of ef.stems[e]!) if (!have.includes(st)) have.push(st);
          out.set(t, have);
        }
      }
    }
  }
  return out;
}

export interface OmittedRun {
  bead: Bead;
  /** The bead's place in the index (OmissionIndex.beads). */
  beadIndex: number;
  clauses: Clause[];
  /** Log-likelihood ratios, in nats: the words' and the lengths'. */
  lexical: number;
  length: number;
  /** The run's share of its side's length. */
  share: number;
  /** Words of the run with glosses, and how many of them found a counterpart. */
  words: number;
  found: number;
}

export interface RunLimits {
  /** Least length of a run: Han characters, or letters and digits. */
  minLength: { zh: number; en: number };
  /** Most clauses in a run. */
  maxClauses: number;
  /** Largest share of its side a run may take (the whole side is an alignment matter). */
  maxShare: number;
  /** How much a word's own rate counts against its kind's mean in the document (pseudo-counts of that mean). */
  prior: number;
  /** Evidence from the lengths is capped: a misaligned or cut-off bead should not outweigh the words. */
  maxLengthEvidence: number;
  /** The chance rate of a word of a left-out clause, as a multiple of the rate between unrelated beads. */
  chanceFactor: number;
}

/**
 * The rates that weigh unit u of `side` (hit: whether it found a counterpart in its own bead): p, how
 * often its word finds a counterpart when translated, learnt on the document's other beads and shrunk
 * towards its kind's mean; p0, how often it would by chance. Undefined for a word without glosses.
 */
export function unitRates(index: OmissionIndex, side: Lang, u: number, hit: number, limits: Pick<RunLimits, "prior" | "chanceFactor">): { p: number; p0: number } | undefined {
  if (!glossable(index, side, u)) return undefined;
  const unit = index[side].units[u]!;
  // A word of an untranslated clause finds a counterpart more often than one of an unrelated bead:
  // the rest of its sentence talks about the same things. Per word (的, 有 find one anywhere),
  // shrunk towards the document's chance rate.
  const chance = index.chanceCounts[side].get(unit.key) ?? [0, 0];
  const p0 = Math.min(0.6, Math.max(0.01, ((chance[0] + 5 * index.chance[side]) / (chance[1] + 5)) * limits.chanceFactor));
  const c = index.counts[side].get(unit.key) ?? [0, 0];
  const mean = index.kindMean[side][wordKind(index, side, u, unit.length)]!;
  return { p: Math.min(0.95, Math.max(p0 + 0.01, (c[0] - hit + limits.prior * mean) / (c[1] - 1 + limits.prior))), p0 };
}

/**
 * The lengths of bead `i`: `side`'s units [a, z), their length, and delta, the log of the other side's
 * length against what the document's ratio predicts (negative when it is shorter); undefined when a
 * side is empty.
 */
function beadLengths(index: OmissionIndex, side: Lang, i: number): { a: number; z: number; mine: number; delta: number } | undefined {
  const b = index.beads[i]!;
  const other: Lang = side === "zh" ? "en" : "zh";
  const [a, z] = side === "zh" ? [b.z0, b.z1] : [b.e0, b.e1];
  const [oa, oz] = other === "zh" ? [b.z0, b.z1] : [b.e0, b.e1];
  let mine = 0;
  for (let u = a; u < z; u++) mine += index[side].units[u]!.length;
  let theirs = 0;
  for (let u = oa; u < oz; u++) theirs += index[other].units[u]!.length;
  if (!mine || !theirs) return undefined;
  return { a, z, mine, delta: Math.log((theirs + 4) / (index.ratio[side] * mine + 4)) };
}

/**
 * Evidence from the lengths, in nats, that a part of `share` of its side has no counterpart: the other
 * side's shortfall delta is likelier under "translated without it" (expected log(1 - share)) than
 * under "translated whole" (expected 0), with the document's spread; capped at `cap`.
 */
function lengthEvidence(index: OmissionIndex, delta: number, share: number, cap: number): number {
  const mu = Math.log(Math.max(0.05, 1 - share));
  return Math.min(cap, (delta * delta - (delta - mu) * (delta - mu)) / (2 * index.sigma * index.sigma));
}

/** A word's evidence, in nats, for "not translated" against "translated": it found a counterpart (hit) or not. */
function wordLlr(hit: boolean, p0: number, p: number): number {
  return hit ? Math.log(p0 / p) : Math.log((1 - p0) / (1 - p));
}

/**
 * Evidence, in nats, that the words of bead `i`'s `side` (those of sentence `only`, when given) found
 * no counterpart because they have none.
 */
export function wordsEvidence(index: OmissionIndex, side: Lang, i: number, limits: Pick<RunLimits, "prior" | "chanceFactor">, only?: number, hits?: Uint8Array): number {
  const b = index.beads[i]!;
  const [a, z] = side === "zh" ? [b.z0, b.z1] : [b.e0, b.e1];
  const hit = hits ?? (side === "zh" ? index.zhHit[i]! : index.enHit[i]!);
  const units = index[side].units;
  // A word said twice is often rendered once, or by a pronoun the second time: its misses count once,
  // and not at all when one of its occurrences is found; each occurrence found counts.
  const found = new Set<string>();
  for (let u = a; u < z; u++) if (hit[u - a] === 1 && (only === undefined || units[u]!.sentence === only)) found.add(units[u]!.key);
  const missed = new Set<string>();
  let llr = 0;
  for (let u = a; u < z; u++) {
    if (only !== undefined && units[u]!.sentence !== only) continue;
    const isHit = hit[u - a] === 1;
    if (!isHit) {
      const key = units[u]!.key;
      if (found.has(key) || missed.has(key)) continue;
      missed.add(key);
    }
    const r = unitRates(index, side, u, hit[u - a]!, limits);
    if (r) llr += wordLlr(isHit, r.p0, r.p);
  }
  return llr;
}

/** A sentence of a bead's side of several: the evidence that it alone has no counterpart in the bead. */
export interface MemberEvidence {
  bead: Bead;
  sentence: number;
  lexical: number;
  /**
   * The words' evidence when each word of the other side stands for one word only, nearest places
   * first (exclusiveHits): an omitted sentence that shares its terms with the neighbour whose
   * translation it was put beside may find those terms taken by the neighbour's words.
   */
  exclusive: number;
  length: number;
}

/** Marks a sentence may carry that its translation keeps: a question, an exclamation. */
interface Mark {
  /** Whether a sentence carries it. */
  own: (text: string) => boolean;
  /** Whether a bead's other side (its sentences' texts) has it. */
  other: (texts: string[]) => boolean;
}
/** The character a sentence ends with, closing quotes and brackets aside. */
const lastMark = (text: string): string => {
  const end = text.replace(/[\s"'”’」』）)\]]+$/u, "");
  return end[end.length - 1] ?? "";
};
// Tried as a third, each finding no omission more on the injected sets: quotation marks (a quoted
// sentence whose bead's translation quotes nothing), a salutation's final comma or colon.
const MARKS: Mark[] = [
  { own: (t) => /[?？]/.test(lastMark(t)), other: (ts) => ts.some((t) => /[?？]/.test(t)) },
  { own: (t) => /[!！]/.test(lastMark(t)), other: (ts) => ts.some((t) => /[!！]/.test(t)) },
];

/**
 * Evidence, in nats, that a member asking a question (or exclaiming) has no counterpart in its bead
 * because the bead's other side has no question mark (exclamation mark) at all: learnt on the
 * document, how often a question of this side finds one in its bead (p) against how often a bead's
 * other side has one anyway (p0). 0 for a sentence that ends with neither, or whose bead has the mark.
 * A commentary asks "问题摆在眼前，怎么办？" and a speech calls "各位代表！" in a line of their own, too short for
 * their words to say much. Over injected mac-dev, aca (seeds 1-6), the political documents and six
 * held-out probes: omission 274 -> 277 of 372 found, no false alarm more, and the same findings on
 * mac-dev's published translations.
 */
function moodEvidence(index: OmissionIndex, side: Lang, which: "source" | "target"): (bead: Bead, sentence: number) => number {
  const other: Lang = side === "zh" ? "en" : "zh";
  const otherWhich = which === "source" ? "target" : "source";
  const texts = (lang: Lang, ids: number[]): string[] => ids.map((id) => index.sentences[lang].get(id)?.text ?? "");
  const rates = MARKS.map((mark) => {
    let asked = 0;
    let kept = 0;
    let anyway = 0;
    for (const b of index.beads) {
      const theirs = mark.other(texts(other, b.bead[otherWhich]));
      if (theirs) anyway++;
      for (const id of b.bead[which]) {
        if (!mark.own(index.sentences[side].get(id)?.text ?? "")) continue;
        asked++;
        if (theirs) kept++;
      }
    }
    const p0 = Math.min(0.5, Math.max(0.01, (anyway + 0.5) / (index.beads.length + 10)));
    // Shrunk towards an even chance: a document with few questions says little about its translator.
    return { p: Math.max(p0 + 0.01, Math.min(0.95, (kept + 2.5) / (asked + 5))), p0 };
  });
  return (bead, sentence) => {
    const mine = index.sentences[side].get(sentence)?.text ?? "";
    const theirs = texts(other, bead[otherWhich]);
    let llr = 0;
    MARKS.forEach((mark, k) => {
      if (mark.own(mine) && !mark.other(theirs)) llr += wordLlr(false, rates[k]!.p0, rates[k]!.p);
    });
    return llr;
  };
}

/**
 * For each bead with several sentences on `side` (the bead's `which` side), each of them weighed as a whole, as omittedRuns
 * weighs a run of clauses: a sentence the aligner put beside a neighbour although nothing of it is
 * in the translation (an omission it could not see, the neighbour's words carrying the bead).
 */
export function memberEvidence(index: OmissionIndex, side: Lang, which: "source" | "target", limits: Pick<RunLimits, "prior" | "chanceFactor" | "maxLengthEvidence">): MemberEvidence[] {
  const out: MemberEvidence[] = [];
  const units = index[side].units;
  // Questions count for omissions only: an added sentence's question mark found no added one more on
  // the injected sets and flagged one correct sentence of mac-dev.
  const mood = which === "source" ? moodEvidence(index, side, which) : () => 0;
  index.beads.forEach((b, i) => {
    const ids = b.bead[which];
    if (ids.length < 2) return;
    const lengths = beadLengths(index, side, i);
    if (!lengths) return;
    const { a, z, mine, delta } = lengths;
    let exclusive: Uint8Array | undefined;
    for (const sentence of ids) {
      let length = 0;
      for (let u = a; u < z; u++) if (units[u]!.sentence === sentence) length += units[u]!.length;
      if (!length) continue;
      exclusive ??= exclusiveHits(index, i)[side];
      const m = mood(b.bead, sentence);
      out.push({ bead: b.bead, sentence, lexical: m + wordsEvidence(index, side, i, limits, sentence), exclusive: m + wordsEvidence(index, side, i, limits, sentence, exclusive), length: lengthEvidence(index, delta, length / mine, limits.maxLengthEvidence) });
    }
  });
  return out;
}

/**
 * The share of a run's words (with glosses, at least three) that the translation's sentence next to
 * its bead finds: the first target sentence of the next bead for a run that ends its bead's source,
 * the last one of the bead before for a run that opens it. The aligner may give a sentence that
 * translates a passage to the neighbouring bead ("…；中国已连续十年成为卡兰迪亚第一大贸易伙伴。" split
 * in two by the translator, its second half put with the next sentence when that one's translation
 * was cut short): the passage is not missing, only misplaced. 0 when there is no such sentence.
 */
export function foundBeside(index: OmissionIndex, side: Lang, run: OmittedRun): number {
  const i = run.beadIndex;
  const b = index.beads[i]!;
  const other: Lang = side === "zh" ? "en" : "zh";
  const edges = runEdges(index, side, run);
  if (!edges) return 0;
  let best = 0;
  for (const k of [i - 1, i + 1]) {
    const n = index.beads[k];
    if (!n || !(k > i ? edges.end : edges.start)) continue;
    const [oa, oz] = other === "zh" ? [n.z0, n.z1] : [n.e0, n.e1];
    const [ba, bz] = other === "zh" ? [b.z0, b.z1] : [b.e0, b.e1];
    // Contiguous: the neighbour's target follows (or precedes) this bead's directly.
    if (k > i ? oa !== bz : oz !== ba) continue;
    best = Math.max(best, foundIn(index, side, run, index[other].units[k > i ? oa : oz - 1]!.sentence));
  }
  return best;
}

/**
 * Which edges of its bead's side a run stands at, with only unglossed words beyond it (`start`: it
 * opens the bead, `end`: it closes it); undefined for a run without units.
 */
export function runEdges(index: OmissionIndex, side: Lang, run: OmittedRun): { start: boolean; end: boolean } | undefined {
  const i = run.beadIndex;
  const b = index.beads[i]!;
  const units: number[] = [];
  for (const c of run.clauses) units.push(...clauseUnits(index, side, i, c));
  if (!units.length) return undefined;
  const first = Math.min(...units);
  const last = Math.max(...units) + 1;
  const [a, z] = side === "zh" ? [b.z0, b.z1] : [b.e0, b.e1];
  const clear = (from: number, to: number): boolean => {
    for (let u = from; u < to; u++) if (glossable(index, side, u)) return false;
    return true;
  };
  return { start: clear(a, first), end: clear(last, z) };
}

/**
 * The share of a run's words (with glosses, at least three; 0 with fewer) that one sentence of the
 * other side finds.
 */
export function foundIn(index: OmissionIndex, side: Lang, run: OmittedRun, sentence: number): number {
  const other: Lang = side === "zh" ? "en" : "zh";
  const span = index[other].spans.get(sentence);
  if (!span) return 0;
  const units: number[] = [];
  for (const c of run.clauses) units.push(...clauseUnits(index, side, run.beadIndex, c));
  if (!units.length) return 0;
  const first = Math.min(...units);
  const last = Math.max(...units) + 1;
  const [sa, sz] = span;
  const h = side === "zh" ? hits(index.zf, index.ef, first, last, sa, sz).zh : hits(index.zf, index.ef, sa, sz, first, last).en;
  let words = 0;
  let found = 0;
  for (let u = first; u < last; u++) {
    if (!glossable(index, side, u)) continue;
    words++;
    found += h[u - first]!;
  }
  return words >= 3 ? found / words : 0;
}

/**
 * Per sentence of `side`, the share of its words (those with glosses) that no other sentence of the
 * document uses, and how many such words it has: a sentence pasted from another text brings words the
 * document has nowhere else.
 */
export function unsharedWords(index: OmissionIndex, side: Lang): Map<number, { share: number; words: number }> {
  const units = index[side].units;
  const sentencesOf = new Map<string, Set<number>>();
  const keysOf = new Map<number, Set<string>>();
  for (let u = 0; u < units.length; u++) {
    if (!glossable(index, side, u)) continue;
    const key = units[u]!.key.toLowerCase();
    const id = units[u]!.sentence;
    let set = sentencesOf.get(key);
    if (!set) sentencesOf.set(key, (set = new Set()));
    set.add(id);
    let keys = keysOf.get(id);
    if (!keys) keysOf.set(id, (keys = new Set()));
    keys.add(key);
  }
  const out = new Map<number, { share: number; words: number }>();
  for (const [id, keys] of keysOf) {
    let alone = 0;
    for (const k of keys) if (sentencesOf.get(k)!.size === 1) alone++;
    out.set(id, { share: alone / keys.size, words: keys.size });
  }
  return out;
}

/**
 * For each bead, the run of consecutive clauses of `side` most likely left without counterpart,
 * with its evidence; beads with nothing to offer are skipped.
 */
export function omittedRuns(index: OmissionIndex, side: Lang, limits: RunLimits): OmittedRun[] {
  const out: OmittedRun[] = [];
  const units = index[side].units;
  index.beads.forEach((b, i) => {
    const lengths = beadLengths(index, side, i);
    if (!lengths) return;
    const { a, z, mine, delta } = lengths;
    const h = side === "zh" ? index.zhHit[i]! : index.enHit[i]!;
    // Per unit: how often its word finds a counterpart when translated, leaving this bead out.
    const rate = new Float64Array(z - a).fill(-1);
    const chance = new Float64Array(z - a);
    for (let u = a; u < z; u++) {
      const r = unitRates(index, side, u, h[u - a]!, limits);
      if (!r) continue;
      chance[u - a] = r.p0;
      rate[u - a] = r.p;
    }
    // Clauses of the side's sentences, with the units inside each.
    const sentenceIds = [...new Set(units.slice(a, z).map((u) => u.sentence))];
    const clauses: Array<{ clause: Clause; units: number[] }> = [];
    for (const sid of sentenceIds) {
      const sentence = index.sentences[side].get(sid);
      if (!sentence) continue;
      for (const clause of clausesOf(sentence, side)) {
        const inside: number[] = [];
        for (let u = a; u < z; u++) {
          const unit = units[u]!;
          if (unit.sentence === sid && unit.start >= clause.start && unit.end <= clause.end) inside.push(u);
        }
        clauses.push({ clause, units: inside });
      }
    }
    let best: OmittedRun | undefined;
    let bestScore = -Infinity;
    for (let k = 0; k < clauses.length; k++) {
      let length = 0;
      const run = new Set<number>();
      for (let j = k; j < Math.min(clauses.length, k + limits.maxClauses); j++) {
        const c = clauses[j]!;
        length += c.clause.length;
        for (const u of c.units) run.add(u);
        const share = length / mine;
        if (length < limits.minLength[side] || share > limits.maxShare) continue;
        let lex = 0;
        let words = 0;
        let hits = 0;
        for (const u of run) {
          const p = rate[u - a]!;
          if (p < 0) continue;
          const hit = h[u - a] === 1;
          const p0 = chance[u - a]!;
          lex += wordLlr(hit, p0, p);
          words++;
          if (hit) hits++;
        }
        const len = lengthEvidence(index, delta, share, limits.maxLengthEvidence);
        if (lex + len > bestScore) {
          bestScore = lex + len;
          best = { bead: b.bead, beadIndex: i, clauses: clauses.slice(k, j + 1).map((x) => x.clause), lexical: lex, length: len, share, words, found: hits };
        }
      }
    }
    if (best) out.push(best);
  });
  return out;
}

