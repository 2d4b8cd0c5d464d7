// Nothing lost: property tests over random mixes of Chinese and English sentences, punctuation of both
// scripts, numbers, blank lines, very long and very short sentences, omissions and additions.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { align } from "../src/align/index.js";
import { emptyDictionary, parseDictionary, type Dictionary } from "../src/align/dictionary.js";
import { alignedDocuments } from "../src/io/aligned.js";
import { readMarkdown } from "../src/io/markdown.js";
import { readTmx } from "../src/io/tmx.js";
import { readTsv } from "../src/io/tsv.js";
import type { Bead, Document, Lang, Sentence } from "../src/model/types.js";
import { alignGiven, check } from "../src/pipeline.js";
import { formatJson } from "../src/report/json.js";
import { segment } from "../src/segment/index.js";
import { wordSegmenter } from "../src/segment/words.js";
import { ROOT } from "./helpers.js";

const ZH_WORDS = ["我们", "今天", "北京", "城市", "发展", "人民", "天气", "经济", "报告", "研究", "文化", "学生", "政府", "技术", "三千", "百分之五十", "《红楼梦》", "“很好”", "（注）", "２０２１年"];
const EN_WORDS = ["we", "today", "Beijing", "city", "growth", "people", "weather", "economy", "report", "Mr.", "Dr.", "U.S.", "e.g.", "3.5", "2,021", "No. 5", "\"fine\"", "(note)", "etc.", "café", "cafe\u0301"];
const ZH_END = ["。", "！", "？", "……", "。”", "！」", "?", "", "."];
const EN_END = [".", "!", "?", "...", ".\"", "?)", "", "。"];
const SPACE = [" ", "  ", "\t", "\u3000", ""];

const zhSentence = fc
  .tuple(fc.array(fc.oneof(fc.constantFrom(...ZH_WORDS), fc.constantFrom("，", "、", "；", "：", "1", "42", "3.14")), { minLength: 1, maxLength: 30 }), fc.constantFrom(...ZH_END))
  .map(([w, end]) => w.join("") + end);
const enSentence = fc
  .tuple(fc.array(fc.oneof(fc.constantFrom(...EN_WORDS), fc.constantFrom(",", ";", ":", "1", "42")), { minLength: 1, maxLength: 30 }), fc.constantFrom(...EN_END))
  .map(([w, end]) => {
    const s = w.join(" ");
    return s.charAt(0).toUpperCase() + s.slice(1) + end;
  });
const longSentence = (s: fc.Arbitrary<string>) => fc.array(s, { minLength: 5, maxLength: 20 }).map((xs) => xs.join("").replace(/[。！？.!?]/g, "，"));
const anySentence = fc.oneof({ weight: 4, arbitrary: zhSentence }, { weight: 4, arbitrary: enSentence }, { weight: 1, arbitrary: longSentence(zhSentence) }, { weight: 1, arbitrary: fc.constantFrom("好。", "Ok.", "A", "。", "...", "1.") });

/** A random mixed text: lines of sentences, blank lines, both kinds of line end. */
const mixedText = fc
  .tuple(
    fc.array(fc.oneof({ weight: 5, arbitrary: fc.array(fc.tuple(anySentence, fc.constantFrom(...SPACE)), { minLength: 1, maxLength: 5 }) }, { weight: 1, arbitrary: fc.constant([] as Array<[string, string]>) }), { minLength: 1, maxLength: 25 }),
    fc.constantFrom("\n", "\r\n", "\r", "\n\n"),
    fc.constantFrom("", "  ", "\t"),
  )
  .map(([lines, nl, indent]) => lines.map((l) => indent + l.map(([s, sp]) => s + sp).join("")).join(nl));

const doc = (text: string, lang: Lang, extra: Partial<Document> = {}): Document => ({ path: "p", lang, text, baseOffset: 0, baseLine: 1, ...extra });

/** Line and column of an offset, counted independently of the code under test. */
function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const breaks = before.match(/\r\n|\r|\n/g) ?? [];
  const last = Math.max(before.lastIndexOf("\n"), before.lastIndexOf("\r"));
  return { line: breaks.length + 1, column: offset - (last + 1) + 1 };
}

function expectNothingLost(text: string, sents: Sentence[], gapOk: (gap: string, from: number) => boolean): void {
  let at = 0;
  const rebuilt: string[] = [];
  for (const s of sents) {
    expect(s.start).toBeGreaterThanOrEqual(at);
    expect(s.end).toBeGreaterThanOrEqual(s.start);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(s.text.length).toBe(s.end - s.start);
    expect(s.startPos).toEqual(position(text, s.start));
    const gap = text.slice(at, s.start);
    expect(gapOk(gap, at)).toBe(true);
    rebuilt.push(gap, text.slice(s.start, s.end));
    at = s.end;
  }
  expect(gapOk(text.slice(at), at)).toBe(true);
  rebuilt.push(text.slice(at));
  // Sentences and the gaps between them give the input back.
  expect(rebuilt.join("")).toBe(text);
}

function expectBeadsCover(beads: Bead[], source: Sentence[], target: Sentence[]): void {
  const seenS = beads.flatMap((b) => b.source);
  const seenT = beads.flatMap((b) => b.target);
  // Every sentence in exactly one bead, and bead order monotone: the ids read 0, 1, 2, … in bead order.
  expect(seenS).toEqual(source.map((s) => s.index));
  expect(seenT).toEqual(target.map((s) => s.index));
  for (const b of beads) expect(b.source.length + b.target.length).toBeGreaterThan(0);
}

const onlySpace = (gap: string): boolean => gap.replace(/\u200b/g, "").trim() === "";

describe("segmentation loses nothing", () => {
  it("sentences and white-space gaps give the input back, with true positions (zh and en)", () => {
    fc.assert(
      fc.property(mixedText, fc.constantFrom<Lang>("zh", "en"), (text, lang) => {
        expectNothingLost(text, segment(doc(text, lang), "source"), onlySpace);
      }),
      { numRuns: 300 },
    );
  });

  it("with --presplit, one sentence a line, blank lines included", () => {
    fc.assert(
      fc.property(mixedText, fc.constantFrom<Lang>("zh", "en"), (text, lang) => {
        const sents = segment(doc(text, lang), "source", { presplit: true });
        expectNothingLost(text, sents, onlySpace);
        const lines = text.split(/\r\n|\r|\n/);
        const expected = text === "" ? 0 : text.endsWith("\n") || text.endsWith("\r") ? lines.length - 1 : lines.length;
        expect(sents).toHaveLength(expected);
      }),
      { numRuns: 200 },
    );
  });

  it("Markdown: gaps hold only white space and markup, offsets point into the file", () => {
    const mdLine = fc.oneof(
      anySentence.map((s) => `# ${s}`),
      anySentence.map((s) => `- ${s}`),
      anySentence.map((s) => `1. **${s}**`),
      fc.tuple(anySentence, anySentence).map(([a, b]) => `${a} [${b}](http://example.com/x) *${a}*`),
      anySentence.map((s) => `> ${s}`),
      anySentence.map((s) => `| ${s} | ${s} |`),
      fc.constant("```\ncode. 代码。\n```"),
      fc.constant(""),
    );
    fc.assert(
      fc.property(fc.array(mdLine, { minLength: 1, maxLength: 15 }), fc.constantFrom<Lang>("zh", "en"), (lines, lang) => {
        const text = lines.join("\n");
        const md = readMarkdown(text);
        expect(md.view.length).toBe(text.length);
        const sents = segment(doc(text, lang, { view: md.view, blocks: md.blocks }), "source");
        expectNothingLost(text, sents, (_gap, from) => true && from >= 0);
        let at = 0;
        for (const s of sents) {
          expect(md.view.slice(at, s.start).replace(/\u200b/g, "").trim()).toBe("");
          at = s.end;
        }
      }),
      { numRuns: 200 },
    );
  });
});

/** A translation with omissions and additions: pairs, some dropped on one side, some extra. */
const parallel = fc.array(
  fc.tuple(zhSentence, enSentence, fc.constantFrom("both", "both", "both", "both", "zh-only", "en-only")),
  { minLength: 0, maxLength: 40 },
);

describe("alignment loses nothing", () => {
  const words = wordSegmenter("jieba");
  let dictionary: Dictionary | undefined;
  const dict = (): Dictionary => (dictionary ??= parseDictionary(readFileSync(join(ROOT, "dist", "data", "cedict-gloss.utf16"), "utf16le")));

  it("every sentence in exactly one bead, beads in order (no dictionary)", () => {
    fc.assert(
      fc.property(parallel, fc.boolean(), fc.boolean(), (units, presplit, zhFirst) => {
        const zh = units.filter(([, , k]) => k !== "en-only").map(([z]) => z).join("\n");
        const en = units.filter(([, , k]) => k !== "zh-only").map(([, e]) => e).join(presplit ? "\n" : " ");
        const [s, t] = zhFirst ? [doc(zh, "zh"), doc(en, "en")] : [doc(en, "en"), doc(zh, "zh")];
        const src = segment(s, "source", { presplit });
        const tgt = segment(t, "target", { presplit });
        expectBeadsCover(align(src, tgt, s.lang, t.lang, { dictionary: emptyDictionary(), words }), src, tgt);
      }),
      { numRuns: 150 },
    );
  });

  it("every sentence in exactly one bead, beads in order (with the dictionary)", () => {
    fc.assert(
      fc.property(parallel, (units) => {
        const zh = units.filter(([, , k]) => k !== "en-only").map(([z]) => z).join("");
        const en = units.filter(([, , k]) => k !== "zh-only").map(([, e]) => e).join(" ");
        const result = check(doc(zh, "zh"), doc(en, "en"), { dictionary: dict(), words });
        expectBeadsCover(result.beads, result.sourceSentences, result.targetSentences);
      }),
      { numRuns: 40 },
    );
  });

  it("the same input gives byte-identical JSON on every run", () => {
    fc.assert(
      fc.property(parallel, (units) => {
        const zh = units.filter(([, , k]) => k !== "en-only").map(([z]) => z).join("");
        const en = units.filter(([, , k]) => k !== "zh-only").map(([, e]) => e).join(" ");
        const run = (): string => formatJson(check(doc(zh, "zh"), doc(en, "en"), { dictionary: dict(), words }));
        expect(run()).toBe(run());
      }),
      { numRuns: 20 },
    );
  });

  it("already aligned files: one bead a unit, every segment kept, offsets into the file", () => {
    const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
    fc.assert(
      fc.property(parallel, fc.boolean(), (units, asTmx) => {
        fc.pre(units.length > 0);
        const text = asTmx
          ? `<tmx version="1.4"><header srclang="zh"/><body>\n${units
              .map(([z, e, k]) => `<tu>${k !== "en-only" ? `<tuv xml:lang="zh"><seg>${esc(z)}</seg></tuv>` : ""}${k !== "zh-only" ? `<tuv xml:lang="en"><seg>${esc(e)}</seg></tuv>` : ""}</tu>`)
              .join("\n")}\n</body></tmx>`
          : units.map(([z, e, k]) => `${k !== "en-only" ? z : ""}\t${k !== "zh-only" ? e : ""}`).join("\n");
        const file = asTmx ? readTmx(text, "m.tmx") : readTsv(text, "p.tsv");
        const docs = alignedDocuments("f", text, file, "zh", "en");
        const { source, target, beads } = alignGiven(docs.source, docs.target, { dictionary: emptyDictionary(), words });
        expectBeadsCover(beads, source, target);
        expect(beads).toHaveLength(units.filter(([z, e, k]) => (k !== "en-only" && z.trim()) || (k !== "zh-only" && e.trim())).length);
        for (const s of [...source, ...target]) expect(s.startPos).toEqual(position(text, s.start));
      }),
      { numRuns: 100 },
    );
  });
});
