// Small alignment cases written for the project: merges, splits, omissions, additions, numbers.
import { describe, expect, it } from "vitest";
import { align } from "../src/align/index.js";
import { parseDictionary } from "../src/align/dictionary.js";
import { loadDictionary } from "../src/io/dictionary-file.js";
import { segment } from "../src/segment/index.js";
import { wordSegmenter } from "../src/segment/words.js";
import type { Document, Lang } from "../src/model/types.js";

const resources = { dictionary: loadDictionary(), words: wordSegmenter() };
const doc = (lines: string[], lang: Lang): Document => ({ path: lang, lang, text: lines.join("\n"), baseOffset: 0, baseLine: 1 });
const beads = (zh: string[], en: string[], from: Lang = "zh") => {
  const [src, tgt] = from === "zh" ? [zh, en] : [en, zh];
  const to: Lang = from === "zh" ? "en" : "zh";
  const S = segment(doc(src, from), "source", { presplit: true });
  const T = segment(doc(tgt, to), "target", { presplit: true });
  return align(S, T, from, to, resources).map((b) => `[${b.source}]:[${b.target}]`);
};

const ZH = [
  "今天早上我去市场买了三斤苹果。",
  "天气很冷，风也很大。",
  "我的朋友王明在门口等我。",
  "我们一起去学校上课。",
  "老师讲了一个关于历史的故事。",
  "下课以后我们在图书馆看书。",
  "晚上我给妈妈打了电话。",
  "她说家里一切都好。",
];
const EN = [
  "This morning I went to the market and bought three jin of apples.",
  "The weather was very cold, and the wind was strong.",
  "My friend Wang Ming was waiting for me at the door.",
  "We went to school together for class.",
  "The teacher told a story about history.",
  "After class we read books in the library.",
  "In the evening I phoned my mother.",
  "She said everything at home was fine.",
];

describe("align", () => {
  it("pairs a clean translation one to one", () => {
    expect(beads(ZH, EN)).toEqual(ZH.map((_, i) => `[${i}]:[${i}]`));
  });

  it("finds a source sentence left untranslated (1-0)", () => {
    const en = EN.filter((_, i) => i !== 4);
    const out = beads(ZH, en);
    expect(out).toContain("[4]:[]");
    expect(out).toContain("[5]:[4]");
  });

  it("finds a target sentence with no source (0-1)", () => {
    const en = [...EN.slice(0, 3), "The city was proud of its new bridge over the river, built by engineers from abroad.", ...EN.slice(3)];
    const out = beads(ZH, en);
    expect(out).toContain("[]:[3]");
    expect(out).toContain("[3]:[4]");
  });

  it("merges two source sentences translated as one (2-1)", () => {
    const en = [...EN.slice(0, 1), "The weather was very cold and windy, and my friend Wang Ming was waiting for me at the door.", ...EN.slice(3)];
    expect(beads(ZH, en)).toContain("[1,2]:[1]");
  });

  it("splits one source sentence translated as two (1-2)", () => {
    const en = [...EN.slice(0, 4), "The teacher told a story.", "It was about history.", ...EN.slice(5)];
    expect(beads(ZH, en)).toContain("[4]:[4,5]");
  });

  it("uses numbers, Chinese numerals included, as anchors", () => {
    const zh = ["二〇二一年，人口增长了百分之十五。", "第二十届会议在北京召开。"];
    const en = ["The 20th session was held in Beijing.", "In 2021 the population grew by 15%."];
    // Crossed order cannot be aligned monotonically: the numbers pick the better pairing.
    const out = beads(zh, en);
    expect(out.filter((b) => !b.includes("[]"))).toHaveLength(1);
  });

  it("aligns English to Chinese too", () => {
    expect(beads(ZH, EN, "en")).toEqual(EN.map((_, i) => `[${i}]:[${i}]`));
  });

  it("gives blank lines beads of their own and keeps every sentence exactly once", () => {
    const zh = [ZH[0]!, "", ZH[1]!, ZH[2]!];
    const en = [EN[0]!, EN[1]!, "", EN[2]!];
    const out = beads(zh, en);
    const ids = (side: 0 | 1) => out.flatMap((b) => b.split(":")[side]!.replace(/[[\]]/g, "").split(",").filter(Boolean).map(Number));
    expect(ids(0)).toEqual([0, 1, 2, 3]);
    expect(ids(1)).toEqual([0, 1, 2, 3]);
    expect(out).toContain("[1]:[]");
    expect(out).toContain("[]:[2]");
  });

  it("still aligns by length and position without a dictionary", () => {
    const S = segment(doc(ZH, "zh"), "source", { presplit: true });
    const T = segment(doc(EN, "en"), "target", { presplit: true });
    const out = align(S, T, "zh", "en", { dictionary: parseDictionary(""), words: resources.words });
    expect(out.filter((b) => b.source.length === 1 && b.target.length === 1 && b.source[0] === b.target[0]).length).toBeGreaterThanOrEqual(6);
  });
});

describe("dictionary segmenter", () => {
  it("cuts Chinese by the longest headword and keeps other runs whole", async () => {
    const { dictionarySegmenter } = await import("../src/align/maxmatch.js");
    const cut = dictionarySegmenter(resources.dictionary).cut("2021年北京国际交往中心ABC建设");
    expect(cut.join("")).toBe("2021年北京国际交往中心ABC建设");
    expect(cut).toContain("2021");
    expect(cut).toContain("北京");
    expect(cut).toContain("ABC");
    expect(cut).toContain("建设");
  });

  it("knows the longest headword for a prefix, and 0 for none", () => {
    expect(resources.dictionary.longestWith("北京")).toBeGreaterThanOrEqual(2);
    expect(resources.dictionary.longestWith("ZZ")).toBe(0);
  });
});
