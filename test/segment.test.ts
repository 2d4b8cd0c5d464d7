import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { splitChinese } from "../src/segment/chinese.js";
import { splitEnglish } from "../src/segment/english.js";
import { segment } from "../src/segment/index.js";
import type { Document } from "../src/model/types.js";
import { ROOT } from "./helpers.js";

const texts = (s: string, spans: Array<[number, number]>) => spans.map(([a, b]) => s.slice(a, b));
const GOLDEN = join(ROOT, "..", "shared", "golden", "segmentation");

describe("English sentences", () => {
  it.runIf(existsSync(GOLDEN))("passes every pySBD golden rule in ../shared", () => {
    const cases = JSON.parse(readFileSync(join(GOLDEN, "en_golden_rules.json"), "utf8")) as Array<{ id: number; input: string; expected: string[] }>;
    const failed = cases.filter((c) => JSON.stringify(texts(c.input, splitEnglish(c.input))) !== JSON.stringify(c.expected)).map((c) => c.id);
    expect(failed).toEqual([]);
    expect(cases.length).toBe(48);
  });

  it("keeps URLs, abbreviations and decimals inside a sentence", () => {
    const s = "See https://example.org/a.b.html for details. Dr. Wu paid $3.50 at 5 p.m. yesterday. Then he left.";
    expect(texts(s, splitEnglish(s))).toEqual(["See https://example.org/a.b.html for details.", "Dr. Wu paid $3.50 at 5 p.m. yesterday.", "Then he left."]);
  });

  it("splits the seed's comma-spliced English only at full stops", () => {
    const s = "This report followed developments of global cities in 2021,Beijing ranked top. As cosmopolitan city,the new achievements.";
    expect(texts(s, splitEnglish(s))).toHaveLength(2);
  });
});

describe("Chinese sentences", () => {
  it("ends at 。！？ and keeps closing quotes with their sentence", () => {
    const s = "他说：“我们走吧。”她没有回答！为什么？";
    expect(texts(s, splitChinese(s))).toEqual(["他说：“我们走吧。”", "她没有回答！", "为什么？"]);
  });

  it("does not split inside 《》 or brackets, and splits at …… and ASCII ?!", () => {
    const s = "我们去看《摔跤吧！爸爸》好吗?好的……（注：见下。）明天见!";
    expect(texts(s, splitChinese(s))).toEqual(["我们去看《摔跤吧！爸爸》好吗?", "好的……", "（注：见下。）", "明天见!"]);
  });

  it("treats a full stop after a Han character as a sentence end, but not a decimal point", () => {
    const s = "增长了3.5个百分点.今年更快.";
    expect(texts(s, splitChinese(s))).toEqual(["增长了3.5个百分点.", "今年更快."]);
  });
});

describe("segment()", () => {
  const doc = (text: string, lang: "zh" | "en", baseLine = 1): Document => ({ path: "x", lang, text, baseOffset: 0, baseLine });

  it("keeps offsets into the original text and line/column positions", () => {
    const text = "First one. Second one.\n\nThird line here.";
    const s = segment(doc(text, "en", 5), "target");
    expect(s.map((x) => text.slice(x.start, x.end))).toEqual(s.map((x) => x.text));
    expect(s.map((x) => [x.startPos.line, x.startPos.column])).toEqual([[5, 1], [5, 12], [7, 1]]);
  });

  it("with presplit, gives one sentence a line, blank lines included", () => {
    const s = segment(doc("甲。\n\n乙。丙。\n", "zh"), "source", { presplit: true });
    expect(s.map((x) => [x.text, x.kind])).toEqual([["甲。", "text"], ["", "blank"], ["乙。丙。", "text"]]);
  });

  it("marks a keywords line", () => {
    const s = segment(doc("Keywords: | Global City |", "en"), "target");
    expect(s[0]!.kind).toBe("keywords");
  });
});
