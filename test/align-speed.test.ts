// The aligner's fast paths must give exactly what the plain ones give (issue 7: speed only, output
// byte-identical). Each fast path is compared with the straightforward computation it replaces, with
// toBe (no tolerance) on a synthetic document made of dictionary words, splits, omissions and additions.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { learnAssociations, type BeadSpan } from "../src/align/associate.js";
import { chineseFeatures, englishFeatures, enLength, nameSpeller, numberKey, restrictGlosses, zhLength, type EnFeatures, type ZhFeatures } from "../src/align/features.js";
import { englishTextMarkers } from "../src/align/bridge.js";
import { englishNumbers } from "../src/align/numbers.js";
import { lineStartsOf, parseDictionary, type Dictionary } from "../src/align/dictionary.js";
import { dictionarySegmenter } from "../src/align/maxmatch.js";
import { BeadScorer } from "../src/align/score.js";
import { contentStems, EN_STOPWORDS, stem } from "../src/align/stem.js";
import { align, DEFAULT_PARAMS } from "../src/align/index.js";
import { lineStartsFile, loadDictionary } from "../src/io/dictionary-file.js";
import type { Document, Lang, Sentence } from "../src/model/types.js";
import { segment } from "../src/segment/index.js";
import { ROOT } from "./helpers.js";

const dictionary = loadDictionary();
const words = dictionarySegmenter(dictionary);

/** A seeded generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

const VOCAB: Array<[string, string]> = [
  ["经济", "economy"], ["发展", "development"], ["城市", "city"], ["人民", "people"], ["政府", "government"],
  ["学生", "students"], ["老师", "teacher"], ["历史", "history"], ["文化", "culture"], ["天气", "weather"],
  ["市场", "market"], ["苹果", "apples"], ["朋友", "friend"], ["学校", "school"], ["图书馆", "library"],
  ["妈妈", "mother"], ["电话", "phone"], ["公园", "park"], ["地铁", "subway"], ["会议", "meeting"],
  ["国际", "international"], ["游客", "tourists"], ["技术", "technology"], ["研究", "research"], ["报告", "report"],
  ["河流", "river"], ["桥梁", "bridge"], ["工程师", "engineer"], ["医院", "hospital"], ["医生", "doctor"],
];

function sentences(lines: string[], lang: Lang): Sentence[] {
  const doc: Document = { path: lang, lang, text: lines.join("\n"), baseOffset: 0, baseLine: 1 };
  return segment(doc, lang === "zh" ? "source" : "target", { presplit: true });
}

/** Pairs of sentences from VOCAB, with numbers, 1-2 splits, omissions and additions. */
function synthetic(n: number, seed: number): { zh: Sentence[]; en: Sentence[] } {
  const rand = random(seed);
  const zh: string[] = [];
  const en: string[] = [];
  for (let i = 0; i < n; i++) {
    const k = 2 + Math.floor(rand() * 8);
    const picked = Array.from({ length: k }, () => VOCAB[Math.floor(rand() * VOCAB.length)]!);
    const num = rand() < 0.2 ? String(Math.floor(rand() * 1000)) : "";
    const z = picked.map((w) => w[0]).join("") + num + "。";
    const e = picked.map((w) => w[1]).join(" ") + (num ? ` ${num}` : "") + ".";
    const r = rand();
    if (r < 0.05) zh.push(z);
    else if (r < 0.1) (zh.push(z), en.push(e), en.push("An added sentence about the weather in the park."));
    else if (r < 0.3) {
      const h = Math.ceil(picked.length / 2);
      zh.push(z);
      en.push(picked.slice(0, h).map((w) => w[1]).join(" ") + ".");
      en.push(picked.slice(h).map((w) => w[1]).join(" ") + ".");
    } else (zh.push(z), en.push(e));
  }
  return { zh: sentences(zh, "zh"), en: sentences(en, "en") };
}

function scorerFor(doc: { zh: Sentence[]; en: Sentence[] }): BeadScorer {
  const en = englishFeatures(doc.en, dictionary);
  const zh = restrictGlosses(chineseFeatures(doc.zh, dictionary, words), en);
  return new BeadScorer(zh, en, dictionary.stemCount, DEFAULT_PARAMS);
}

describe("fast paths of the aligner give exactly the plain results", () => {
  it("blockLexical equals lexical over the sentences the blocks span", () => {
    const doc = synthetic(300, 11);
    const scorer = scorerFor(doc);
    const n = doc.zh.length;
    const m = doc.en.length;
    let met = 0;
    for (const [bz, be] of [[8, 10], [3, 2], [1, 1], [7, 9]] as const) {
      const kz = Math.ceil(n / bz);
      const ke = Math.ceil(m / be);
      const blocks = scorer.blockLexical(bz, be);
      // With a band, pairs inside it are measured in bulk (rows and columns); those outside, as without.
      const banded = scorer.blockLexical(bz, be, (i) => {
        const c = Math.round((i * ke) / kz);
        return [c - 3, c + 3];
      });
      const rand = random(bz * 100 + be);
      for (let k = 0; k < 3000; k++) {
        const a0 = Math.floor(rand() * kz);
        // Every other pair near the diagonal, where the band is.
        const r = rand();
        const b0 = k % 2 ? Math.floor(r * ke) : Math.min(ke - 1, Math.max(0, Math.round((a0 * ke) / kz) + Math.floor(r * 9) - 4));
        const a1 = Math.min(kz, a0 + 1 + Math.floor(rand() * 3));
        const b1 = Math.min(ke, b0 + 1 + Math.floor(rand() * 3));
        const plain = scorer.lexical(Math.min(n, a0 * bz), Math.min(n, a1 * bz), Math.min(m, b0 * be), Math.min(m, b1 * be));
        expect(blocks(a0, a1, b0, b1)).toBe(plain);
        expect(blocks.upper(a0, a1, b0, b1)).toBeGreaterThanOrEqual(plain);
        expect(banded(a0, a1, b0, b1)).toBe(plain);
        expect(banded.upper(a0, a1, b0, b1)).toBe(blocks.upper(a0, a1, b0, b1));
        if (plain > 0) met++;
      }
    }
    expect(met).toBeGreaterThan(1000);
  });
});

/** learnAssociations as it was written first (Maps and Sets), the reference for the typed-array one. */
function associationsReference(zh: ZhFeatures, en: EnFeatures, beads: BeadSpan[], p: { minCount: number; minDice: number }): Map<number, number[]> {
  const nTok = new Map<number, number>();
  const nStem = new Map<number, number>();
  const pair = new Map<number, number>();
  const STEM_BITS = 2 ** 21;
  const sets: Array<{ toks: number[]; stems: number[] }> = [];
  for (const b of beads) {
    if (b.z0 === b.z1 || b.e0 === b.e1) continue;
    const toks = new Set<number>();
    const stems = new Set<number>();
    for (let z = b.z0; z < b.z1; z++) for (const t of zh.tokens[z]!) toks.add(t);
    for (let e = b.e0; e < b.e1; e++) for (const s of en.stems[e]!) stems.add(s);
    for (const t of toks) nTok.set(t, (nTok.get(t) ?? 0) + 1);
    for (const s of stems) nStem.set(s, (nStem.get(s) ?? 0) + 1);
    sets.push({ toks: [...toks], stems: [...stems] });
  }
  for (const { toks, stems } of sets) {
    const ts = toks.filter((t) => nTok.get(t)! >= p.minCount);
    const ss = stems.filter((s) => nStem.get(s)! >= p.minCount);
    for (const t of ts) for (const s of ss) pair.set(t * STEM_BITS + s, (pair.get(t * STEM_BITS + s) ?? 0) + 1);
  }
  const out = new Map<number, number[]>();
  for (const [k, c] of pair) {
    if (c < p.minCount) continue;
    const t = Math.floor(k / STEM_BITS);
    const s = k - t * STEM_BITS;
    if ((2 * c) / (nTok.get(t)! + nStem.get(s)!) < p.minDice) continue;
    const cur = out.get(t);
    if (cur) cur.push(s);
    else out.set(t, [s]);
  }
  return out;
}

describe("learnAssociations", () => {
  it("finds the same stems, in the same order, as the Map-based reference", () => {
    const doc = synthetic(400, 5);
    const en = englishFeatures(doc.en, dictionary);
    const zh = restrictGlosses(chineseFeatures(doc.zh, dictionary, words), en);
    const n = doc.zh.length;
    const m = doc.en.length;
    const rand = random(3);
    // The aligner's own path, then paths of random beads (0-5 sentences a side), covering both sides.
    const aligned = align(doc.zh, doc.en, "zh", "en", { dictionary, words }).map((b) => ({
      z0: b.source[0] ?? 0, z1: (b.source.at(-1) ?? -1) + 1, e0: b.target[0] ?? 0, e1: (b.target.at(-1) ?? -1) + 1,
    }));
    let found = 0;
    for (let k = -1; k < 5; k++) {
      const path: BeadSpan[] = k < 0 ? aligned : [];
      let z = 0;
      let e = 0;
      while (k >= 0 && (z < n || e < m)) {
        const z1 = Math.min(n, z + Math.floor(rand() * (k + 2)));
        const e1 = Math.min(m, e + Math.floor(rand() * (k + 2)));
        if (z1 === z && e1 === e) continue;
        path.push({ z0: z, z1, e0: e, e1 });
        z = z1;
        e = e1;
      }
      for (const p of [{ minCount: 2, minDice: 0.5 }, { minCount: 1, minDice: 0.2 }, { minCount: 3, minDice: 0.7 }]) {
        const sorted = (x: Map<number, number[]>) => [...x].sort((a, b) => a[0] - b[0]);
        const want = associationsReference(zh, en, path, p);
        expect(sorted(learnAssociations(zh, en, path, p))).toEqual(sorted(want));
        found += want.size;
      }
    }
    expect(found).toBeGreaterThan(20);
  });
});

describe("BeadScorer.focus", () => {
  it("measures every range as before, inside the band's windows and outside", () => {
    const doc = synthetic(400, 17);
    const plain = scorerFor(doc);
    const n = doc.zh.length;
    const m = doc.en.length;
    let inWindows = 0;
    let tighter = 0;
    for (const [width, slope] of [[3, 1], [8, 1.3], [20, 1], [40, 0.7]] as const) {
      const focused = scorerFor(doc);
      const band = (i: number): [number, number] => {
        const c = Math.round((i * m) / n * slope);
        return [c - width, c + width];
      };
      focused.focus(band, 4, 4);
      const rand = random(width);
      for (let k = 0; k < 4000; k++) {
        // Mostly beads the search would ask for (ending in the band), some anywhere.
        const i = 1 + Math.floor(rand() * n);
        const [a, b] = band(i);
        const j = k % 4 === 0 ? 1 + Math.floor(rand() * m) : Math.max(1, Math.min(m, a + Math.floor(rand() * (b - a + 1))));
        const z0 = Math.max(0, i - 1 - Math.floor(rand() * 4));
        const e0 = Math.max(0, j - 1 - Math.floor(rand() * 4));
        expect(focused.coverage(z0, i, e0, j)).toEqual(plain.coverage(z0, i, e0, j));
        expect(focused.lexical(z0, i, e0, j)).toBe(plain.lexical(z0, i, e0, j));
        expect(focused.upper(z0, i, e0, j)).toBeGreaterThanOrEqual(plain.lexical(z0, i, e0, j));
        if (focused.upper(z0, i, e0, j) < 1) tighter++;
        if (k % 4 !== 0) inWindows++;
      }
    }
    expect(inWindows).toBeGreaterThan(10000);
    expect(tighter).toBeGreaterThan(1000);
  });
});

/** The dictionary segmenter as it was written first (a slice and a look-up per candidate length). */
function cutReference(dict: Dictionary, text: string): string[] {
  const HAN = /\p{Script=Han}/u;
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (!HAN.test(text[i]!)) {
      let j = i + 1;
      while (j < text.length && !HAN.test(text[j]!)) j++;
      out.push(text.slice(i, j));
      i = j;
      continue;
    }
    let len = Math.max(1, Math.min(dict.maxWordLength, text.length - i, i + 1 < text.length ? dict.longestWith(text.slice(i, i + 2)) : 1));
    while (len > 1 && (!HAN.test(text[i + len - 1]!) || !dict.glosses(text.slice(i, i + len)))) len--;
    out.push(text.slice(i, i + len));
    i += len;
  }
  return out;
}

describe("dictionary segmenter", () => {
  it("cuts exactly as the slice-and-look-up version", () => {
    const texts = [readFileSync(join(ROOT, "fixtures", "report-demo.zh.txt"), "utf8"), readFileSync(join(ROOT, "fixtures", "seed.txt"), "utf8")];
    // Random mixtures: common words, idioms, astral Han (𠀀𪚥), Latin, digits, punctuation, line ends.
    const pieces = ["中华人民共和国", "国际交往中心", "一心一意", "不可思议", "北京", "发展", "的", "了", "𠀀", "𪚥", "三K党", "卡拉OK", "ABC", "2021", "，", "。", "\n", " ", "一", "中", "国", "人", "心", "意", "思", "议"];
    const rand = random(99);
    for (let k = 0; k < 300; k++) texts.push(Array.from({ length: 1 + Math.floor(rand() * 30) }, () => pieces[Math.floor(rand() * pieces.length)]!).join(""));
    for (const text of texts) expect(words.cut(text)).toEqual(cutReference(dictionary, text));
    const empty = parseDictionary("");
    expect(dictionarySegmenter(empty).cut(texts[0]!)).toEqual(cutReference(empty, texts[0]!));
  });
});

describe("parseDictionary", () => {
  it("finds every headword, and only those, by binary search over the text", () => {
    // A small index with the awkward cases: one-unit headwords, headwords that prefix others, the last
    // line without a newline; and the real index, sampled.
    const words = ["一", "一个", "一个人", "一些", "三", "三K党", "中", "中国", "中国人民", "中国人民银行股份有限公司", "人", "北京", "北京市", "𠀀"].sort();
    const small = words.map((w, k) => `${w}\tstem${k} other${k}\tpin${k}`).join("\n");
    const real = readFileSync(join(ROOT, "dist", "data", "cedict-gloss.utf16"), "utf16le");
    const rand = random(7);
    const realLines = real.split("\n").filter(Boolean);
    const sample = Array.from({ length: 40 }, () => realLines[Math.floor(rand() * realLines.length)]!.split("\t")[0]!);
    for (const [tsv, heads] of [[small, words], [real, sample]] as const) {
      const dict = parseDictionary(tsv);
      const all = new Set(tsv.split("\n").filter(Boolean).map((l) => l.split("\t")[0]!));
      const probes = [...heads, ...heads.map((w) => w + "了"), ...heads.map((w) => w.slice(0, -1)), "", "zzz", "\uffff"];
      for (const w of probes) {
        expect(dict.glosses(w) !== undefined).toBe(all.has(w));
        if (w.length >= 2) {
          const want = [...all].filter((h) => h.startsWith(w.slice(0, 2)) && h.length >= 2 && h.length <= dict.maxWordLength).sort((x, y) => y.length - x.length);
          expect([...dict.headwordsAt(w, 0)].sort()).toEqual([...want].sort());
          expect(dict.longestWith(w)).toBe(Math.max(0, ...[...all].filter((h) => h.startsWith(w)).map((h) => h.length)));
        }
      }
    }
    expect(parseDictionary("").glosses("一")).toBeUndefined();
    expect(parseDictionary("").maxWordLength).toBe(1);
  });

  it("takes the line starts build-dict writes beside the index, and refuses those of another index", () => {
    const real = readFileSync(join(ROOT, "dist", "data", "cedict-gloss.utf16"), "utf16le");
    const bytes = readFileSync(join(ROOT, "dist", "data", "cedict-gloss.lines"));
    const starts = lineStartsOf(real);
    expect(lineStartsFile(bytes, real)).toEqual(starts);
    expect(starts[0]).toBe(0);
    for (const a of starts.subarray(1, 1000)) expect(real.charCodeAt(a - 1)).toBe(10);
    // Another index (here: one unit longer, or its lines shifted by one) falls back to a scan of the text.
    expect(lineStartsFile(bytes, real + "x")).toBeUndefined();
    const shifted = new Int32Array(starts.length + 1);
    shifted[0] = real.length;
    shifted.set(starts.map((a) => (a ? a + 1 : 0)), 1);
    expect(lineStartsFile(new Uint8Array(shifted.buffer), real)).toBeUndefined();
    expect(lineStartsFile(new Uint8Array(3), real)).toBeUndefined();
    expect(lineStartsOf("a\tb\n\nc")).toEqual(Int32Array.of(0, 4, 5));
    expect(lineStartsOf("")).toEqual(new Int32Array(0));
  });
});

describe("contentStems", () => {
  it("finds the words the regular expression found", () => {
    const reference = (text: string): string[] => {
      const out: string[] = [];
      for (const m of text.toLowerCase().matchAll(/[a-z]+(?:['’][a-z]+)?/g)) {
        let w = m[0];
        const c = /^(.+?)(?:n['’]t|['’](?:ll|re|ve|d|m))$/.exec(w);
        if (c) w = ({ ca: "can", wo: "will", sha: "shall" } as Record<string, string>)[c[1]!] ?? c[1]!;
        if (EN_STOPWORDS.has(w) || w.length < 2) continue;
        const s = stem(w);
        if (!EN_STOPWORDS.has(s)) out.push(s);
      }
      return out;
    };
    const pieces = ["don't", "won’t", "she'll", "I'm", "can't", "rock’n’roll", "'s", "’", "'", "Beijing's", "ABC", "İstanbul", "naïve", "a", "x'", "'y", "o'clock", "42", ",", ".", " ", "  ", "\n", "developing", "the", "Children’s", "-", "e.g.", "ǅ", "ﬁne"];
    const rand = random(5);
    const texts = [readFileSync(join(ROOT, "fixtures", "report-demo.en.txt"), "utf8"), readFileSync(join(ROOT, "fixtures", "seed.txt"), "utf8")];
    for (let k = 0; k < 2000; k++) texts.push(Array.from({ length: 1 + Math.floor(rand() * 12) }, () => pieces[Math.floor(rand() * pieces.length)]!).join(rand() < 0.5 ? " " : ""));
    for (const text of texts) expect(contentStems(text)).toEqual(reference(text));
  });
});

describe("Chinese and English features", () => {
  const rand = random(23);
  const mixture = (pieces: string[], length: number): string => Array.from({ length: 1 + Math.floor(rand() * length) }, () => pieces[Math.floor(rand() * pieces.length)]!).join("");

  it("zhLength counts what the regular expression counted, code point by code point", () => {
    const reference = (text: string): number => {
      let n = 0;
      for (const ch of text) if (!/[\s\p{P}\p{S}]/u.test(ch)) n++;
      return n;
    };
    const pieces = ["中", "，", "。", " ", "\n", "a", "1", "𠀀", "😀", "\ud800", "\udc00", "—", "《", "》", "\u3000", "Ａ", "％", "+"];
    for (let k = 0; k < 3000; k++) {
      const text = mixture(pieces, 20);
      expect(zhLength(text)).toBe(reference(text));
    }
  });

  it("englishFeatures gives the stems of contentStems, then the markers, then the numbers, as before", () => {
    const reference = (sentences: Sentence[], dict: Dictionary): EnFeatures => {
      const stems: Int32Array[] = [];
      const df = new Map<number, number>();
      for (const sentence of sentences) {
        const ids = new Set<number>();
        for (const s of contentStems(sentence.text)) ids.add(dict.stemId(s));
        for (const s of englishTextMarkers(sentence.text)) ids.add(dict.stemId(s));
        for (const n of englishNumbers(sentence.text)) ids.add(dict.stemId(numberKey(n.value)));
        for (const id of ids) df.set(id, (df.get(id) ?? 0) + 1);
        stems.push(Int32Array.from(ids));
      }
      const weight = new Map<number, number>();
      for (const [id, d] of df) weight.set(id, Math.log((sentences.length + 1) / d));
      return { stems, weight, length: Float64Array.from(sentences, (s) => enLength(s.text)) };
    };
    const pieces = ["She", "didn't", "won’t", "he'll", "not", "never", "twenty-one", "3", "1,000", "May", "Beijing's", "developing", "the", "I", "again", "rock’n’roll", "o'clock", ",", ".", " ", "  ", "ǅ", "naïve", "Hundred", "thousand"];
    const lines = Array.from({ length: 300 }, () => mixture(pieces, 15).replace(/(\S)(?=[A-Za-z])/g, "$1 "));
    const doc = sentences(lines, "en");
    // Two dictionaries, so that stem ids are handed out in the same order by both.
    const a = parseDictionary(readFileSync(join(ROOT, "dist", "data", "cedict-gloss.utf16"), "utf16le"));
    const b = parseDictionary(readFileSync(join(ROOT, "dist", "data", "cedict-gloss.utf16"), "utf16le"));
    expect(englishFeatures(doc, a)).toEqual(reference(doc, b));
    expect(a.stemCount).toBe(b.stemCount);
  });

  it("nameSpeller finds the pinyin spellings the string-by-string loop found", () => {
    const names = new Map<string, Int32Array>();
    for (const [key, id] of [["wangqiyao", 1], ["wang", 2], ["qiyao", 3], ["zhangsan", 4], ["lisi", 5], ["lishi", 6], ["wangwang", 7], ["zhang", 8]] as const) names.set(key, Int32Array.of(id));
    const reference = (text: string): string[] => {
      const prefixes = new Set<string>();
      for (const key of names.keys()) for (let k = 1; k <= key.length; k++) prefixes.add(key.slice(0, k));
      const out: string[] = [];
      for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
        const syllables = [...run].map((ch) => dictionary.pinyin(ch));
        for (let i = 0; i < syllables.length; i++) {
          let spelled = syllables[i];
          if (spelled === undefined || !prefixes.has(spelled)) continue;
          for (let j = i + 1; j < Math.min(syllables.length, i + 4); j++) {
            const next = syllables[j];
            if (next === undefined) break;
            spelled += next;
            if (names.get(spelled)) out.push(spelled);
            if (!prefixes.has(spelled)) break;
          }
        }
      }
      return out;
    };
    const pieces = ["王", "琦", "瑶", "张", "三", "李", "四", "世", "旺", "，", "a", " ", "𠀀", "\ud800", "的", "了", "汪"];
    const spell = nameSpeller(names, dictionary);
    let found = 0;
    for (let k = 0; k < 3000; k++) {
      const text = mixture(pieces, 16);
      const got: string[] = [];
      spell(text, (spelled, glosses) => {
        got.push(spelled);
        expect(glosses).toBe(names.get(spelled));
      });
      expect(got).toEqual(reference(text));
      found += got.length;
    }
    expect(found).toBeGreaterThan(500);
  });
});
