// Sentences → the features the scorer compares: every Chinese token with the English stems that can
// translate it (dictionary glosses, pinyin of names, Latin tokens and numbers as themselves), every
// English sentence as its set of stems, and IDF weights computed within the document.

import type { Sentence } from "../model/types.js";
import type { WordSegmenter } from "../segment/words.js";
import type { Dictionary } from "./dictionary.js";
import { chineseNumbers, englishNumbers } from "./numbers.js";
import { chineseMarkers, englishTextMarkers } from "./bridge.js";
import { contentStems, EN_STOPWORDS, stem } from "./stem.js";

export interface ZhFeatures {
  /** Per sentence: token ids (for IDF), and for each token its glosses as a slice of `glosses`. */
  tokens: Int32Array[];
  glossStart: Int32Array[];
  glossEnd: Int32Array[];
  glosses: Int32Array;
  weight: Float64Array; // by token id
  length: Float64Array; // by sentence
  /** Glosses by token id (what the per-occurrence slices are built from). */
  tokenGlosses: Int32Array[];
}

/** Chinese features before their glosses are laid out per occurrence (restrictGlosses does that). */
export type ZhTokens = Pick<ZhFeatures, "tokens" | "weight" | "length" | "tokenGlosses">;

export interface EnFeatures {
  stems: Int32Array[]; // unique stem ids per sentence
  weight: Map<number, number>; // by stem id
  length: Float64Array;
}

const HAN_RUN = /\p{Script=Han}+/u;
const LATIN_IN_ZH = /[A-Za-z][A-Za-z0-9.+-]*/g;
const HAN_PUNCT_OR_SPACE = /[\s\p{P}\p{S}]/u;

/** The members of a set, in order, as an Int32Array (Int32Array.from walks a Set's iterator slowly). */
export function int32sOf(set: Set<number>): Int32Array {
  const out = new Int32Array(set.size);
  let k = 0;
  for (const x of set) out[k++] = x;
  return out;
}

// Quotation marks of either language; a straight or curly single quote only where it opens or closes
// (after a space, before a space or punctuation), not an apostrophe inside a word.
const QUOTE = /["“”「」『』]|(?:^|[\s(\[—–-])['‘]|['’](?=$|[\s,.;:!?…—–)\]-])/;
/**
 * Sentence marks that survive translation: a question stays a question, an exclamation an
 * exclamation, quoted speech quoted speech. In dialogue, where short lines share few dictionary
 * words, they tell neighbouring lines apart; the scorer weights them by rarity like any stem.
 */
export function punctuationMarkers(text: string): string[] {
  const out: string[] = [];
  if (/[?？]/.test(text)) out.push("~?");
  if (/[!！]/.test(text)) out.push("~!");
  if (QUOTE.test(text)) out.push("~quote");
  return out;
}

const NO_MARKS: ReadonlySet<string> = new Set();

/**
 * The sentence marks both sides use: a mark one side never writes (a translation that sets dialogue
 * without quotation marks) would only count against the sentences of the side that does.
 */
export function sharedMarkers(zh: Sentence[], en: Sentence[]): Set<string> {
  const used = (sentences: Sentence[]): Set<string> => {
    const found = new Set<string>();
    for (const s of sentences) for (const m of punctuationMarkers(s.text)) found.add(m);
    return found;
  };
  const z = used(zh);
  const e = used(en);
  const shared = new Set<string>();
  for (const m of z) if (e.has(m)) shared.add(m);
  return shared;
}

export function numberKey(value: number): string {
  return `#${Number(value.toPrecision(12))}`;
}

/** The weight of a term appearing in `df` of `n` sentences: rare terms count more. */
export function idf(n: number, df: number): number {
  return Math.log((n + 1) / df);
}

/** Lengths comparable across the two scripts: Han characters; letters and digits. */
export function zhLength(text: string): number {
  let n = 0;
  for (const ch of text) if (!HAN_PUNCT_OR_SPACE.test(ch)) n++;
  return n;
}
export function enLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) n++;
  }
  return n;
}

/**
 * Capitalised words of the English side, alone and run together ("Wang Qiyao" gives wang, qiyao and
 * wangqiyao), keyed by their lower-case letters, each with the stems it stands for: the spellings a
 * Chinese name's pinyin can take. Found in the document itself, so any name the translator wrote in
 * pinyin matches, whether or not the word segmenter kept it whole.
 */
export function englishNames(sentences: Sentence[], dict: Dictionary): Map<string, Int32Array> {
  const names = new Map<string, Int32Array>();
  for (const sentence of sentences) {
    // Runs of capitalised words; a sentence's first word counts too (names often start sentences).
    for (const m of sentence.text.matchAll(/[A-Z][a-z]+(?:['’-]?[a-z]+)*(?:[ -][A-Z][a-z]+(?:['’-]?[a-z]+)*){0,2}/g)) {
      const parts = m[0].split(/[ -]/);
      for (let i = 0; i < parts.length; i++) {
        for (let j = i + 1; j <= parts.length; j++) {
          const key = parts.slice(i, j).join("").toLowerCase().replace(/['’-]/g, "");
          if (key.length < 2 || names.has(key)) continue;
          const stems = parts.slice(i, j).map((w) => stem(w));
          if (stems.some((x) => EN_STOPWORDS.has(x))) continue;
          names.set(key, Int32Array.from(stems, (x) => dict.stemId(x)));
        }
      }
    }
  }
  return names;
}

export function chineseFeatures(sentences: Sentence[], dict: Dictionary, words: WordSegmenter, names?: Map<string, Int32Array>): ZhFeatures {
  const zh = chineseTokens(sentences, dict, words, names);
  return flatten(zh.tokens, zh.tokenGlosses, zh.weight, zh.length);
}

/** chineseFeatures without the per-occurrence layout, which restrictGlosses makes anyway. */
export function chineseTokens(
  sentences: Sentence[],
  dict: Dictionary,
  words: WordSegmenter,
  names?: Map<string, Int32Array>,
  /** The sentence marks (punctuationMarkers) to count as tokens: those both sides of the document use. */
  marks: ReadonlySet<string> = NO_MARKS,
): ZhTokens {
  const tokenIds = new Map<string, number>();
  const tokenGlosses: Int32Array[] = [];
  const tokens: Int32Array[] = [];
  const df: number[] = [];

  const wordTokens = new Map<string, number[]>();
  const pinyinCache = new Map<string, string>();
  // Every beginning of a name's spelling, so that runs that cannot become one are dropped early.
  let namePrefixes: Set<string> | undefined;
  if (names?.size) {
    namePrefixes = new Set();
    for (const key of names.keys()) for (let k = 1; k <= key.length; k++) namePrefixes.add(key.slice(0, k));
  }
  const tokenId = (key: string, glosses: () => number[]): number => {
    let id = tokenIds.get(key);
    if (id === undefined) {
      id = tokenIds.size;
      tokenIds.set(key, id);
      tokenGlosses.push(int32sOf(new Set(glosses())));
      df.push(0);
    }
    return id;
  };

  /** Splits a Han word the dictionary lacks into the longest headwords it contains. */
  const pieces = (word: string): string[] => {
    const out: string[] = [];
    let i = 0;
    while (i < word.length) {
      let len = Math.min(dict.maxWordLength, word.length - i);
      while (len > 1 && !dict.glosses(word.slice(i, i + len))) len--;
      out.push(word.slice(i, i + len));
      i += len;
    }
    return out;
  };
  const pinyinOf = (word: string): string | undefined => {
    let s = "";
    for (const ch of word) {
      const p = dict.pinyin(ch);
      if (!p) return undefined;
      s += p;
    }
    return s;
  };

  for (const sentence of sentences) {
    const ids: number[] = [];
    const text = sentence.text;
    for (const n of chineseNumbers(text)) {
      const key = numberKey(n.value);
      ids.push(tokenId(key, () => [dict.stemId(key)]));
    }
    if (marks.size) for (const mark of punctuationMarkers(text)) if (marks.has(mark)) ids.push(tokenId(mark, () => [dict.stemId(mark)]));
    for (const m of text.matchAll(LATIN_IN_ZH)) {
      const s = stem(m[0]);
      ids.push(tokenId(`L:${s}`, () => [dict.stemId(s)]));
    }
    if (names?.size) {
      // Names spelt in pinyin on the English side: every run of two to four Han characters whose
      // pinyin is one of those spellings. A run stops growing once it is no spelling's beginning.
      for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
        const syllables: Array<string | undefined> = [];
        for (const ch of run) {
          let py = pinyinCache.get(ch);
          if (py === undefined) pinyinCache.set(ch, (py = dict.pinyin(ch) ?? ""));
          syllables.push(py || undefined);
        }
        for (let i = 0; i < syllables.length; i++) {
          let spelled = syllables[i];
          if (spelled === undefined || !namePrefixes!.has(spelled)) continue;
          for (let j = i + 1; j < Math.min(syllables.length, i + 4); j++) {
            const next = syllables[j];
            if (next === undefined) break;
            spelled += next;
            const glosses = names.get(spelled);
            if (glosses) ids.push(tokenId(`N:${spelled}`, () => [...glosses]));
            if (!namePrefixes!.has(spelled)) break;
          }
        }
      }
    }
    for (const word of words.cut(text)) {
      // A word gives the same tokens every time: the first time creates them, later times find them.
      let found = wordTokens.get(word);
      if (found === undefined) wordTokens.set(word, (found = tokensOf(word)));
      for (let k = 0; k < found.length; k++) ids.push(found[k]!);
    }
    const unique = Int32Array.from(ids);
    tokens.push(unique);
    for (const id of new Set(ids)) df[id]! += 1;
  }
  const n = sentences.length;
  const weight = Float64Array.from(df, (d) => idf(n, Math.max(1, d)));
  return { tokens, tokenGlosses, weight, length: Float64Array.from(sentences, (s) => zhLength(s.text)) };

  /** The tokens of one word (none for words without Han characters or glosses). */
  function tokensOf(word: string): number[] {
    const ids: number[] = [];
    if (!HAN_RUN.test(word)) return ids;
    const known = dict.glosses(word);
    const marks = chineseMarkers(word);
    if ((known && known.length) || marks) {
      ids.push(tokenId(word, () => [...(known ?? []), ...(marks ?? []).map((x) => dict.stemId(x))]));
      return ids;
    }
    // Unknown words: often names. Their pinyin (whole, and without a one-character surname) is a gloss.
    const parts = pieces(word);
    const spelled = pinyinOf(word);
    const namesGlosses: number[] = [];
    if (spelled && word.length >= 2 && word.length <= 4) {
      namesGlosses.push(dict.stemId(stem(spelled)));
      const given = pinyinOf(word.slice(1));
      if (given && word.length >= 3) namesGlosses.push(dict.stemId(stem(given)));
    }
    for (const part of parts) {
      const g = dict.glosses(part);
      const extra = part === parts[0] ? namesGlosses : [];
      if ((g && g.length) || extra.length) ids.push(tokenId(part, () => [...(g ?? []), ...extra]));
    }
    return ids;
  }
}

/** Lays glosses out per token occurrence so the scorer walks plain arrays. */
function flatten(tokens: Int32Array[], tokenGlosses: Int32Array[], weight: Float64Array, length: Float64Array, fullGlosses = tokenGlosses): ZhFeatures {
  let total = 0;
  for (const toks of tokens) for (let k = 0; k < toks.length; k++) total += tokenGlosses[toks[k]!]!.length;
  const flat = new Int32Array(total);
  const glossStart: Int32Array[] = [];
  const glossEnd: Int32Array[] = [];
  let at = 0;
  for (const toks of tokens) {
    const starts = new Int32Array(toks.length);
    const ends = new Int32Array(toks.length);
    for (let k = 0; k < toks.length; k++) {
      const g = tokenGlosses[toks[k]!]!;
      starts[k] = at;
      flat.set(g, at);
      at += g.length;
      ends[k] = at;
    }
    glossStart.push(starts);
    glossEnd.push(ends);
  }
  return { tokens, glossStart, glossEnd, glosses: flat, weight, length, tokenGlosses: fullGlosses };
}

/** Tokens laid out per occurrence, with all their glosses (restrictGlosses keeps only those the English side uses). */
export function laidOut(zh: ZhTokens): ZhFeatures {
  return flatten(zh.tokens, zh.tokenGlosses, zh.weight, zh.length);
}

/** The same features with more glosses for some tokens (associations learned from the document). */
export function withExtraGlosses(zh: ZhTokens, extra: Map<number, number[]>): ZhTokens {
  const tokenGlosses = zh.tokenGlosses.map((g, id) => {
    const more = extra.get(id);
    return more ? int32sOf(new Set([...g, ...more])) : g;
  });
  return { tokens: zh.tokens, tokenGlosses, weight: zh.weight, length: zh.length };
}

export function englishFeatures(sentences: Sentence[], dict: Dictionary, marks: ReadonlySet<string> = NO_MARKS): EnFeatures {
  const stems: Int32Array[] = [];
  const df = new Map<number, number>();
  for (const sentence of sentences) {
    const ids = new Set<number>();
    for (const s of contentStems(sentence.text)) ids.add(dict.stemId(s));
    for (const s of englishTextMarkers(sentence.text)) ids.add(dict.stemId(s));
    if (marks.size) for (const s of punctuationMarkers(sentence.text)) if (marks.has(s)) ids.add(dict.stemId(s));
    for (const n of englishNumbers(sentence.text)) ids.add(dict.stemId(numberKey(n.value)));
    for (const id of ids) df.set(id, (df.get(id) ?? 0) + 1);
    stems.push(int32sOf(ids));
  }
  const n = sentences.length;
  const weight = new Map<number, number>();
  for (const [id, d] of df) weight.set(id, idf(n, d));
  return { stems, weight, length: Float64Array.from(sentences, (s) => enLength(s.text)) };
}

/**
 * The same features with each token's glosses cut down to the stems the English side actually uses:
 * coverage is unchanged (a gloss can only meet a stem that is there), and the scorer walks a few
 * glosses a token instead of dozens.
 */
export function restrictGlosses(zh: ZhTokens, en: EnFeatures): ZhFeatures {
  const present = (s: number): boolean => en.weight.has(s);
  return flatten(zh.tokens, zh.tokenGlosses.map((g) => g.filter(present)), zh.weight, zh.length, zh.tokenGlosses);
}
