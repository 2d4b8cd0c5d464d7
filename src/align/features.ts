// Sentences → the features the scorer compares: every Chinese token with the English stems that can
// translate it (dictionary glosses, pinyin of names, Latin tokens and numbers as themselves), every
// English sentence as its set of stems, and IDF weights computed within the document.

import type { Sentence } from "../model/types.js";
import type { WordSegmenter } from "../segment/words.js";
import type { Dictionary } from "./dictionary.js";
import { chineseNumbers, englishNumbers } from "./numbers.js";
import { chineseMarkers, wordMarkers } from "./bridge.js";
import { contentStemOf, EN_STOPWORDS, forEachWord, stem } from "./stem.js";

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
// Global expressions that run once a sentence are walked with exec() from lastIndex 0, not matchAll(),
// which copies the expression on each call (~3,000 instructions, as much as the search itself).
const LATIN_IN_ZH = /[A-Za-z][A-Za-z0-9.+-]*/g;
const CAPITALISED_RUN = /[A-Z][a-z]+(?:['’-]?[a-z]+)*(?:[ -][A-Z][a-z]+(?:['’-]?[a-z]+)*){0,2}/g;
const HAN_PUNCT_OR_SPACE = /[\s\p{P}\p{S}]/u;

/**
 * The stems of the words of a Latin run kept in Chinese text, split at its dots, hyphens and pluses and
 * where letters meet digits (IP68 is "IP" and 68 to the English side's words), and its numbers' keys.
 */
function latinParts(run: string): string[] {
  const out: string[] = [];
  for (const p of run.split(/[.+-]+|(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])/)) {
    if (/^[A-Za-z]{2,}$/.test(p)) out.push(stem(p));
    else if (/^\d{1,9}$/.test(p)) out.push(numberKey(Number(p)));
  }
  return out;
}
const LATIN_WITH_PARTS = /[.+-]|[A-Za-z]\d|\d[A-Za-z]/;

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

/**
 * Quotations a sentence opens minus those it closes: speech that runs over several sentences opens in
 * the first and closes in the last, on both sides, so a bead should open (or close) as many as its
 * translation does. Curly and corner quotes tell which they are; a straight quote opens after a space
 * or at the start, and a single one closes only before a space or punctuation (not an apostrophe).
 */
export function quoteBalance(text: string): number {
  let n = 0;
  QUOTE_MARK.lastIndex = 0;
  for (let m = QUOTE_MARK.exec(text); m; m = QUOTE_MARK.exec(text)) {
    const q = m[0].slice(-1);
    const at = m.index + m[0].length - 1;
    if (q === "“" || q === "「" || q === "『" || q === "‘") n++;
    else if (q === "”" || q === "」" || q === "』" || q === "’") n--;
    else n += at === 0 || /[\s(\[—–-]/.test(text[at - 1]!) ? 1 : -1;
  }
  return n;
}
const QUOTE_MARK = /["“”「」『』]|(?:^|[\s(\[—–-])['‘]|(?<=\S)['’](?=$|[\s,.;:!?…—–)\]-])/g;

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
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        // A character beyond the BMP: rare, tested as a pair.
        if (!HAN_PUNCT_OR_SPACE.test(text.slice(i, i + 2))) n++;
        i++;
        continue;
      }
    }
    if (!punctOrSpaceUnit(c)) n++;
  }
  return n;
}

/** HAN_PUNCT_OR_SPACE.test of one UTF-16 unit, remembered for all 65,536 (0 not yet known, 1 no, 2 yes). */
const punctOrSpace = new Uint8Array(65536);
function punctOrSpaceUnit(code: number): boolean {
  let v = punctOrSpace[code]!;
  if (v === 0) punctOrSpace[code] = v = HAN_PUNCT_OR_SPACE.test(String.fromCharCode(code)) ? 2 : 1;
  return v === 2;
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
  // A run met before ("And", "the LORD") adds nothing new: what it gives depends on its text alone.
  const runs = new Set<string>();
  for (const sentence of sentences) {
    // Runs of capitalised words; a sentence's first word counts too (names often start sentences).
    const text = sentence.text;
    CAPITALISED_RUN.lastIndex = 0;
    for (let m = CAPITALISED_RUN.exec(text); m; m = CAPITALISED_RUN.exec(text)) {
      if (runs.has(m[0])) continue;
      runs.add(m[0]);
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

/**
 * Names spelt in pinyin on the English side: `found` hears of every run of two to four Han characters
 * of a text whose pinyin is one of the spellings in `names`, in the order of their first character and
 * then their length. A run stops growing once it is no spelling's beginning. Characters are read by
 * code point (with a table for the BMP), and the spellings' beginnings are a trie by syllable, so that
 * no string is built or hashed per character.
 */
export function nameSpeller(names: Map<string, Int32Array>, dict: Dictionary): (text: string, found: (spelled: string, glosses: Int32Array) => void) => void {
  // Every beginning of a name's spelling.
  const prefixes = new Set<string>();
  for (const key of names.keys()) for (let k = 1; k <= key.length; k++) prefixes.add(key.slice(0, k));
  // Syllables by id; each code point's syllable id (-1 no pinyin), for the BMP in a table (-2: not yet
  // looked up).
  const syllableIds = new Map<string, number>();
  const syllables: string[] = [];
  const unitSyllable = new Int32Array(65536).fill(-2);
  const astralSyllable = new Map<number, number>();
  const syllableOf = (cp: number): number => {
    let id = cp <= 0xffff ? unitSyllable[cp]! : (astralSyllable.get(cp) ?? -2);
    if (id !== -2) return id;
    const py = dict.pinyin(String.fromCodePoint(cp));
    if (!py) id = -1;
    else if ((id = syllableIds.get(py) ?? -1) < 0) {
      syllableIds.set(py, (id = syllables.length));
      syllables.push(py);
    }
    if (cp <= 0xffff) unitSyllable[cp] = id;
    else astralSyllable.set(cp, id);
    return id;
  };
  // The trie: node 0 is the empty spelling; each node's spelling, its glosses when it is a name, and
  // its children by syllable id (-1: that spelling begins no name), filled in as they are met.
  const spelling: string[] = [""];
  const nodeGlosses: Array<Int32Array | undefined> = [undefined];
  const children: Array<Map<number, number>> = [new Map()];
  // The root's children by syllable id in a table (-2: not yet known): most runs stop there.
  let rootNext = new Int32Array(64).fill(-2);
  const step = (node: number, syllable: number): number => {
    if (node === 0) {
      if (syllable >= rootNext.length) {
        const more = new Int32Array(Math.max(2 * rootNext.length, syllable + 1)).fill(-2);
        more.set(rootNext);
        rootNext = more;
      }
      const known = rootNext[syllable]!;
      if (known !== -2) return known;
    }
    const kids = children[node]!;
    let next = kids.get(syllable);
    if (next === undefined) {
      const spelled = spelling[node]! + syllables[syllable]!;
      next = -1;
      if (prefixes.has(spelled)) {
        next = spelling.length;
        spelling.push(spelled);
        nodeGlosses.push(names.get(spelled));
        children.push(new Map());
      }
      kids.set(syllable, next);
      if (node === 0) rootNext[syllable] = next;
    }
    return next;
  };
  const run: number[] = [];
  const spellRun = (found: (spelled: string, glosses: Int32Array) => void): void => {
    for (let i = 0; i < run.length; i++) {
      if (run[i]! < 0) continue;
      let node = step(0, run[i]!);
      if (node < 0) continue;
      for (let j = i + 1; j < Math.min(run.length, i + 4); j++) {
        if (run[j]! < 0) break;
        // A spelling that begins no name is no name either (every name begins itself).
        node = step(node, run[j]!);
        if (node < 0) break;
        const glosses = nodeGlosses[node];
        if (glosses) found(spelling[node]!, glosses);
      }
    }
  };
  return (text, found) => {
    // Maximal runs of Han code points, as /\p{Script=Han}+/gu finds them.
    run.length = 0;
    for (let k = 0; k < text.length; k++) {
      let cp = text.charCodeAt(k);
      let width = 1;
      if (cp >= 0xd800 && cp <= 0xdbff && k + 1 < text.length) {
        const low = text.charCodeAt(k + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          cp = (cp - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
          width = 2;
        }
      }
      if (isHanCodePoint(cp)) {
        run.push(syllableOf(cp));
        k += width - 1;
      } else if (run.length) {
        spellRun(found);
        run.length = 0;
      }
    }
    if (run.length) spellRun(found);
  };
}

const HAN = /\p{Script=Han}/u;
/** HAN.test by code point, remembered for the BMP (0 not yet known, 1 no, 2 yes). */
const hanUnits = new Uint8Array(65536);
function isHanCodePoint(cp: number): boolean {
  if (cp > 0xffff) return HAN.test(String.fromCodePoint(cp));
  let v = hanUnits[cp]!;
  if (v === 0) hanUnits[cp] = v = HAN.test(String.fromCharCode(cp)) ? 2 : 1;
  return v === 2;
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
  // The sentence that last counted a token in df.
  const lastSentence: number[] = [];
  const tokenId = (key: string, glosses: () => number[]): number => {
    let id = tokenIds.get(key);
    if (id === undefined) {
      id = tokenIds.size;
      tokenIds.set(key, id);
      tokenGlosses.push(int32sOf(new Set(glosses())));
      df.push(0);
      lastSentence.push(-1);
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
  const spelling = names?.size ? nameSpeller(names, dict) : undefined;

  // All sentences' tokens in one list, cut into views of one buffer at the end.
  const ids: number[] = [];
  const sentenceStart: number[] = [];
  for (let z = 0; z < sentences.length; z++) {
    sentenceStart.push(ids.length);
    const text = sentences[z]!.text;
    for (const n of chineseNumbers(text)) {
      const key = numberKey(n.value);
      ids.push(tokenId(key, () => [dict.stemId(key)]));
    }
    if (marks.size) for (const mark of punctuationMarkers(text)) if (marks.has(mark)) ids.push(tokenId(mark, () => [dict.stemId(mark)]));
    LATIN_IN_ZH.lastIndex = 0;
    for (let m = LATIN_IN_ZH.exec(text); m; m = LATIN_IN_ZH.exec(text)) {
      const run = m[0];
      const s = stem(run);
      // A web address, a hyphened name or a code kept in the Chinese (investors.northvale.com, Wi-Fi,
      // IP68) is found by its parts too, as the English splits them into words and numbers.
      ids.push(tokenId(`L:${s}`, () => (LATIN_WITH_PARTS.test(run) ? [dict.stemId(s), ...latinParts(run).map((p) => dict.stemId(p))] : [dict.stemId(s)])));
    }
    if (spelling) spelling(text, (spelled, glosses) => ids.push(tokenId(`N:${spelled}`, () => [...glosses])));
    // Indexed loops over the words and the lists below: this runs once a document, much of it before it is
    // optimized, where for…of walks an iterator and allocates a result per element.
    const cut = words.cut(text);
    for (let w = 0; w < cut.length; w++) {
      const word = cut[w]!;
      // A word gives the same tokens every time: the first time creates them, later times find them.
      let found = wordTokens.get(word);
      if (found === undefined) wordTokens.set(word, (found = tokensOf(word)));
      for (let k = 0; k < found.length; k++) ids.push(found[k]!);
    }
    for (let k = sentenceStart[z]!; k < ids.length; k++) {
      const id = ids[k]!;
      if (lastSentence[id] === z) continue;
      lastSentence[id] = z;
      df[id]! += 1;
    }
  }
  const all = Int32Array.from(ids);
  sentenceStart.push(ids.length);
  for (let z = 0; z < sentences.length; z++) tokens.push(all.subarray(sentenceStart[z]!, sentenceStart[z + 1]!));
  const n = sentences.length;
  const weight = Float64Array.from(df, (d) => idf(n, Math.max(1, d)));
  return { tokens, tokenGlosses, weight, length: Float64Array.from(sentences, (s) => zhLength(s.text)) };

  /** The tokens of one word (none for words without Han characters or glosses). */
  function tokensOf(word: string): number[] {
    const ids: number[] = [];
    if (!HAN_RUN.test(word)) return ids;
    const known = dict.glosses(word);
    const wordMarks = chineseMarkers(word);
    if ((known && known.length) || wordMarks) {
      ids.push(tokenId(word, () => [...(known ?? []), ...(wordMarks ?? []).map((x) => dict.stemId(x))]));
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
  for (let z = 0; z < tokens.length; z++) for (let k = 0; k < tokens[z]!.length; k++) total += tokenGlosses[tokens[z]![k]!]!.length;
  const flat = new Int32Array(total);
  const glossStart: Int32Array[] = [];
  const glossEnd: Int32Array[] = [];
  // Each sentence's starts and ends are views of two buffers for all occurrences: one allocation each,
  // not two a sentence.
  let occurrences = 0;
  for (let z = 0; z < tokens.length; z++) occurrences += tokens[z]!.length;
  const allStarts = new Int32Array(occurrences);
  const allEnds = new Int32Array(occurrences);
  let at = 0;
  let o = 0;
  for (let z = 0; z < tokens.length; z++) {
    const toks = tokens[z]!;
    const starts = allStarts.subarray(o, o + toks.length);
    const ends = allEnds.subarray(o, o + toks.length);
    o += toks.length;
    for (let k = 0; k < toks.length; k++) {
      const g = tokenGlosses[toks[k]!]!;
      starts[k] = at;
      // A plain loop: most tokens keep a gloss or two, and set() costs a call each time.
      for (let x = 0; x < g.length; x++) flat[at++] = g[x]!;
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
  // One scan of a sentence's words gives its content stems and its markers (the stems first, then the
  // markers, as contentStems and englishTextMarkers list them); a word's stem id is kept by the word.
  const idOfWord = new Map<string, number>();
  const wordMarks: string[] = [];
  // Each sentence's stems in order of first mention (what a Set gave), one list for all sentences, cut
  // into views of one buffer at the end; `seen` holds the sentence that last took a stem, `df` the
  // sentences that took it (by stem id, typed arrays rather than a Map: ~10⁵ look-ups on the Bible),
  // and `order` the stems in the order they were first taken (the order of the weight Map).
  const all: number[] = [];
  const starts: number[] = [];
  let seen = new Int32Array(dict.stemCount + 1024).fill(-1);
  let df = new Int32Array(seen.length);
  const order: number[] = [];
  let z = 0;
  const take = (id: number): void => {
    if (id >= seen.length) {
      const size = Math.max(2 * seen.length, id + 1);
      const more = new Int32Array(size).fill(-1);
      more.set(seen);
      seen = more;
      const counts = new Int32Array(size);
      counts.set(df);
      df = counts;
    }
    if (seen[id] === z) return;
    seen[id] = z;
    all.push(id);
    if (df[id]!++ === 0) order.push(id);
  };
  const word = (w: string, apostrophe: boolean): void => {
    let id = idOfWord.get(w);
    if (id === undefined) {
      const s = contentStemOf(w, apostrophe);
      idOfWord.set(w, (id = s === undefined ? -1 : dict.stemId(s)));
    }
    if (id >= 0) take(id);
    wordMarkers(w, apostrophe, wordMarks);
  };
  for (; z < sentences.length; z++) {
    const text = sentences[z]!.text;
    starts.push(all.length);
    wordMarks.length = 0;
    forEachWord(text.toLowerCase(), word);
    for (const s of wordMarks) take(dict.stemId(s));
    if (marks.size) for (const s of punctuationMarkers(text)) if (marks.has(s)) take(dict.stemId(s));
    for (const n of englishNumbers(text)) {
      take(dict.stemId(numberKey(n.value)));
      if (n.also !== undefined) take(dict.stemId(numberKey(n.also)));
    }
  }
  starts.push(all.length);
  const buffer = Int32Array.from(all);
  for (let k = 0; k < sentences.length; k++) stems.push(buffer.subarray(starts[k]!, starts[k + 1]!));
  const n = sentences.length;
  const weight = new Map<number, number>();
  for (let k = 0; k < order.length; k++) weight.set(order[k]!, idf(n, df[order[k]!]!));
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
