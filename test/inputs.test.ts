// Real-world input: encodings, line ends, full-width and decomposed text, every input format, folders,
// and bad input (one line naming the file and the problem, exit 2). All texts are written for the tests.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decode } from "../src/io/decode.js";
import { readMarkdown } from "../src/io/markdown.js";
import { readTmx } from "../src/io/tmx.js";
import { readTsv } from "../src/io/tsv.js";
import { readXliff } from "../src/io/xliff.js";
import { alignedDocuments } from "../src/io/aligned.js";
import type { Document } from "../src/model/types.js";
import { segment } from "../src/segment/index.js";
import { foldForMatching } from "../src/segment/normalize.js";
import { tandem, writeFolders } from "./helpers.js";

const ZH = "我们今天去北京。\n天气很好，我们很高兴。\n";
const EN = "We go to Beijing today.\nThe weather is fine and we are happy.\n";

interface Json {
  source: { lang: string; path: string; segments: Array<{ text: string; start: number; end: number; line: number; column: number; kind: string }> };
  target: Json["source"];
  beads: Array<{ source: number[]; target: number[]; score: number }>;
  sections?: Json[];
}
const json = (args: string[]): Json => {
  const r = tandem([...args, "--format", "json"]);
  if (r.code === 2) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as Json;
};
/** A sentence's text as a reader sees it: markup (U+200B) dropped, white space collapsed. */
const visible = (s: string): string => s.replace(/\u200b/g, "").replace(/\s+/g, " ");
const dir = (): string => mkdtempSync(join(tmpdir(), "tandem-in-"));

function utf16(text: string, be: boolean, bom: boolean): Buffer {
  const le = Buffer.from((bom ? "\ufeff" : "") + text, "utf16le");
  if (!be) return le;
  const out = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) (out[i] = le[i + 1]!, (out[i + 1] = le[i]!));
  return out;
}

describe("encodings", () => {
  const gbk = (s: string): Buffer => Buffer.from(new Uint8Array([...s].flatMap((c) => [...GBK[c]!])));
  // GBK bytes of a few characters (checked against TextDecoder below).
  const GBK: Record<string, number[]> = { 我: [0xce, 0xd2], 们: [0xc3, 0xc7], 好: [0xba, 0xc3], "。": [0xa1, 0xa3], "\n": [0x0a] };

  it("decodes the GBK table used here", () => {
    expect(new TextDecoder("gbk").decode(gbk("我们好。\n"))).toBe("我们好。\n");
  });

  const cases: Array<[string, Buffer, string | undefined]> = [
    ["UTF-8 with a BOM", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ZH)]), undefined],
    ["UTF-16 LE with a BOM", utf16(ZH, false, true), undefined],
    ["UTF-16 BE with a BOM", utf16(ZH, true, true), undefined],
    ["UTF-16 LE without a BOM", utf16(ZH, false, false), undefined],
    ["UTF-16 BE without a BOM", utf16(ZH, true, false), undefined],
  ];
  for (const [what, bytes] of cases) {
    it(`reads ${what}`, () => {
      const d = dir();
      writeFileSync(join(d, "zh.txt"), bytes);
      writeFileSync(join(d, "en.txt"), EN);
      const out = json(["align", join(d, "zh.txt"), join(d, "en.txt")]);
      expect(out.source.lang).toBe("zh");
      expect(out.source.segments.map((s) => s.text)).toEqual(["我们今天去北京。", "天气很好，我们很高兴。"]);
      expect(out.source.segments[0]!.start).toBe(0);
    });
  }

  it("reads short GBK text as GB18030 (not as Shift_JIS)", () => {
    expect(decode(gbk("我们好。"), "x").text).toBe("我们好。");
  });

  /** Bytes of `text` in a legacy encoding, found by decoding that encoding's two-byte code space. */
  function encodeLegacy(text: string, encoding: "big5" | "gbk"): Uint8Array {
    const decoder = new TextDecoder(encoding);
    const table = new Map<string, number[]>();
    for (let a = 0x81; a <= 0xfe; a++) {
      for (let b = 0x40; b <= 0xfe; b++) {
        const ch = decoder.decode(new Uint8Array([a, b]));
        if (ch.length === 1 && ch !== "\ufffd" && !table.has(ch)) table.set(ch, [a, b]);
      }
    }
    return new Uint8Array([...text].flatMap((c) => (c.charCodeAt(0) < 0x80 ? [c.charCodeAt(0)] : table.get(c)!)));
  }

  it("tells Big5 from GB18030 without --encoding", () => {
    const traditional = "我們今天去台北。天氣很好，我們很高興。這是一個關於城市發展的報告。";
    expect(decode(encodeLegacy(traditional, "big5"), "x")).toMatchObject({ text: traditional, encoding: "big5" });
    const simplified = "我们今天去北京。天气很好，我们很高兴。这是一个关于城市发展的报告，共有三章。";
    expect(decode(encodeLegacy(simplified, "gbk"), "x")).toMatchObject({ text: simplified, encoding: "gb18030" });
    // Traditional characters written in GBK stay GBK.
    expect(decode(encodeLegacy(traditional, "gbk"), "x")).toMatchObject({ text: traditional, encoding: "gb18030" });
  });

  it("reads Big5 with --encoding, one encoding a side", () => {
    const d = dir();
    // Big5 for 我們很好。
    writeFileSync(join(d, "zh.txt"), Buffer.from([0xa7, 0xda, 0xad, 0xcc, 0xab, 0xdc, 0xa6, 0x6e, 0xa1, 0x43]));
    writeFileSync(join(d, "en.txt"), "We are fine.");
    const out = json(["align", join(d, "zh.txt"), join(d, "en.txt"), "--encoding", "big5,utf-8"]);
    expect(out.source.segments[0]!.text).toBe("我們很好。");
    expect(out.target.segments[0]!.text).toBe("We are fine.");
  });

  it("names the byte offset of undecodable bytes in the chosen encoding", () => {
    const d = dir();
    writeFileSync(join(d, "zh.txt"), Buffer.concat([Buffer.from("我们好"), Buffer.from([0xff, 0xfe, 0x41])]));
    writeFileSync(join(d, "en.txt"), EN);
    const r = tandem(["check", join(d, "zh.txt"), join(d, "en.txt"), "--encoding", "utf-8"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/zh\.txt: cannot be decoded as utf-8 \(at byte 9\)/);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("rejects an unknown --encoding", () => {
    const r = tandem(["check", "a", "b", "--encoding", "latin-9"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--encoding latin-9: unknown encoding/);
  });
});

describe("line ends, full-width forms and Unicode normalisation", () => {
  it("counts lines the same with CRLF, CR and LF", () => {
    for (const nl of ["\r\n", "\r", "\n"]) {
      const d = dir();
      writeFileSync(join(d, "zh.txt"), ZH.replace(/\n/g, nl));
      writeFileSync(join(d, "en.txt"), EN.replace(/\n/g, nl));
      const out = json(["align", join(d, "zh.txt"), join(d, "en.txt")]);
      expect(out.source.segments.map((s) => [s.line, s.column])).toEqual([[1, 1], [2, 1]]);
      expect(out.target.segments.map((s) => s.text)).toEqual(["We go to Beijing today.", "The weather is fine and we are happy."]);
    }
  });

  it("folds full-width digits and letters for matching without moving offsets", () => {
    const text = "我们在２０２１年用ＡＩ。价格是３．５元。";
    const folded = foldForMatching(text);
    expect(folded).toBe("我们在2021年用AI。价格是3.5元。");
    expect(folded.length).toBe(text.length);
  });

  it("composes decomposed words for matching, keeping the length", () => {
    const text = "A cafe\u0301 in Beijing. Nai\u0308ve people.";
    const folded = foldForMatching(text);
    expect(folded.length).toBe(text.length);
    expect(folded).toContain("café\u2060 ");
    expect(folded).toContain("Naïve\u2060 ");
  });

  it("keeps sentence offsets pointing at the user's original text", () => {
    const text = "在２０２１年，ＡＩ发展很快。cafe\u0301很好！\n";
    const doc: Document = { path: "x", lang: "zh", text, baseOffset: 0, baseLine: 1 };
    const sents = segment(doc, "source");
    expect(sents).toHaveLength(2);
    for (const s of sents) expect(s.text.length).toBe(s.end - s.start);
    expect(text.slice(sents[0]!.start, sents[0]!.end)).toBe("在２０２１年，ＡＩ发展很快。");
    expect(sents[0]!.text).toBe("在2021年，AI发展很快。");
  });
});

describe("already aligned files", () => {
  const TMX = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header srclang="zh-CN" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="none" creationtool="t" creationtoolversion="1"/>
  <body>
    <tu tuid="a1">
      <note>first</note>
      <tuv xml:lang="zh-CN"><seg>我们今天去北京。</seg></tuv>
      <tuv xml:lang="en-US"><seg>We go to Beijing today.</seg></tuv>
    </tu>
    <tu tuid="a2">
      <tuv xml:lang="zh-CN"><seg>价格是 3 &amp; 4 元。</seg></tuv>
      <tuv xml:lang="en-US"><seg>The <bpt i="1">&lt;b&gt;</bpt>price<ept i="1">&lt;/b&gt;</ept> is 3 &amp; 4 yuan.</seg></tuv>
    </tu>
    <tu tuid="a3"><tuv xml:lang="zh-CN"><seg>这句没有译文。</seg></tuv></tu>
  </body>
</tmx>
`;
  const XLIFF2 = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh" trgLang="en">
  <file id="f">
    <unit id="u1">
      <notes><note>check the date</note></notes>
      <segment id="s1" state="translated"><source>我们今天去北京。</source><target>We go to Beijing today.</target></segment>
      <ignorable><source> </source></ignorable>
      <segment id="s2" state="initial"><source>天气很好。</source><target>The weather is <pc id="1">fine</pc>.</target></segment>
    </unit>
  </file>
</xliff>
`;
  const XLIFF12 = `<?xml version="1.0"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file source-language="en" target-language="zh-CN" datatype="plaintext" original="x">
  <body>
   <trans-unit id="1">
    <source>We go to Beijing today. The weather is fine.</source>
    <seg-source><mrk mtype="seg" mid="1">We go to Beijing today.</mrk> <mrk mtype="seg" mid="2">The weather is fine.</mrk></seg-source>
    <target state="translated"><mrk mtype="seg" mid="1">我们今天去北京。</mrk><mrk mtype="seg" mid="2">天气很好。</mrk></target>
    <note>a note</note>
   </trans-unit>
   <trans-unit id="2"><source>Nothing here.</source></trans-unit>
  </body>
 </file>
</xliff>
`;

  it("reads TMX: one bead a unit, positions in the TMX file, entities and inline codes handled", () => {
    const d = dir();
    writeFileSync(join(d, "m.tmx"), TMX);
    const out = json(["align", join(d, "m.tmx")]);
    expect([out.source.lang, out.target.lang]).toEqual(["zh", "en"]);
    expect(out.beads.map((b) => [b.source, b.target])).toEqual([[[0], [0]], [[1], [1]], [[2], []]]);
    expect(out.source.segments[0]).toMatchObject({ text: "我们今天去北京。", line: 7, column: 34 });
    expect(visible(out.target.segments[1]!.text)).toBe("The price is 3 & 4 yuan.");
    for (const side of [out.source, out.target]) for (const s of side.segments) expect(s.text.length).toBe(s.end - s.start);
    const file = readTmx(TMX, "m.tmx");
    expect(file.units[0]!.meta).toEqual({ id: "a1", notes: ["first"] });
  });

  it("checks TMX per pair and reports the unit without a translation", () => {
    const d = dir();
    writeFileSync(join(d, "m.tmx"), TMX);
    const r = tandem(["check", join(d, "m.tmx"), "--format", "json"]);
    const out = JSON.parse(r.stdout) as { findings: Array<{ rule: string; source: { sentences: number[] } }> };
    expect(out.findings.filter((f) => f.rule === "omission").map((f) => f.source.sentences)).toEqual([[2]]);
  });

  it("keeps every segment of an XLIFF 2.0 unit, with its state and the unit's notes", () => {
    const file = readXliff(XLIFF2, "x.xlf");
    expect(file.units).toHaveLength(2);
    expect(file.units.map((u) => u.meta)).toEqual([
      { id: "u1/s1", state: "translated", notes: ["check the date"] },
      { id: "u1/s2", state: "initial", notes: ["check the date"] },
    ]);
    const docs = alignedDocuments("x.xlf", XLIFF2, file, "zh", "en");
    const tgt = segment(docs.target, "target");
    // Inline tags become U+200B: no double space, no space before the full stop, same length.
    expect(tgt.map((s) => s.text)).toEqual(["We go to Beijing today.", "The weather is " + "\u200b".repeat(11) + "fine" + "\u200b".repeat(5) + "."]);
    expect(tgt[1]!.meta?.state).toBe("initial");
  });

  it("reads XLIFF 1.2 with segmented sources, pairing <mrk> by mid", () => {
    const d = dir();
    writeFileSync(join(d, "x.xlf"), XLIFF12);
    const out = json(["align", join(d, "x.xlf")]);
    expect([out.source.lang, out.target.lang]).toEqual(["en", "zh"]);
    expect(out.source.segments.map((s) => s.text)).toEqual(["We go to Beijing today.", "The weather is fine.", "Nothing here."]);
    expect(out.target.segments.map((s) => s.text)).toEqual(["我们今天去北京。", "天气很好。"]);
    expect(out.beads.map((b) => [b.source, b.target])).toEqual([[[0], [0]], [[1], [1]], [[2], []]]);
    expect(readXliff(XLIFF12, "x").units[0]!.meta).toEqual({ id: "1/1", state: "translated", notes: ["a note"] });
  });

  it("reads TSV, skipping a header, with positions of each cell", () => {
    const text = "source\ttarget\n我们今天去北京。\tWe go to Beijing today.\n\n天气很好。\tThe weather is fine.\t0.9\n";
    const file = readTsv(text, "p.tsv");
    expect(file.units).toHaveLength(2);
    const d = dir();
    writeFileSync(join(d, "p.tsv"), text);
    const out = json(["align", join(d, "p.tsv")]);
    expect(out.target.segments.map((s) => [s.text, s.line, s.column])).toEqual([["We go to Beijing today.", 2, 10], ["The weather is fine.", 4, 7]]);
  });

  it("takes --input-format over the extension", () => {
    const d = dir();
    writeFileSync(join(d, "pairs.txt"), "我们今天去北京。\tWe go to Beijing today.\n");
    expect(json(["align", join(d, "pairs.txt"), "--input-format", "tsv"]).beads).toHaveLength(1);
    const r = tandem(["align", join(d, "pairs.txt"), "--input-format", "docx"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--input-format docx: unknown input format/);
  });
});

describe("determinism", () => {
  it("gives byte-identical JSON on every run of the CLI", () => {
    const d = dir();
    writeFileSync(join(d, "zh.md"), "# 报告\n\n我们今天去北京。天气很好，温度是２５度。\n\n- 没有译文的一句。\n");
    writeFileSync(join(d, "en.md"), "# Report\n\nWe go to Beijing today. The weather is fine, 25 degrees.\n");
    const runs = [0, 1, 2].map(() => tandem(["check", join(d, "zh.md"), join(d, "en.md"), "--format", "json"]).stdout);
    expect(runs[0]!.length).toBeGreaterThan(100);
    expect(runs[1]).toBe(runs[0]);
    expect(runs[2]).toBe(runs[0]);
  });
});

describe("Markdown", () => {
  const MD = "---\ntitle: x\n---\n# 城市**报告**\n\n这座城市发展*很快*。人民很幸福。\n\n- 第一，交通[更方便](http://example.com/a)了。\n- 第二，空气更干净。\n\n```\n代码不翻译。\n```\n";

  it("makes headings and list items sentences of their own, blanks markup, keeps positions", () => {
    const md = readMarkdown(MD);
    expect(md.view.length).toBe(MD.length);
    const doc: Document = { path: "x.md", lang: "zh", text: MD, baseOffset: 0, baseLine: 1, view: md.view, blocks: md.blocks };
    const sents = segment(doc, "source");
    expect(sents.map((s) => visible(s.text).replace(/\s+/g, ""))).toEqual(["城市报告", "这座城市发展很快。", "人民很幸福。", "第一，交通更方便了。", "第二，空气更干净。"]);
    expect(sents[0]!.kind).toBe("heading");
    expect(sents[0]!.startPos).toEqual({ line: 4, column: 3 });
    expect(MD.slice(sents[3]!.start, sents[3]!.end)).toBe("第一，交通[更方便](http://example.com/a)了。");
  });
});

describe("two folders", () => {
  it("orders files as a person numbers them: d2 before d10, the same on every machine", async () => {
    const { naturalCompare } = await import("../src/cli/inputs.js");
    expect(["d10.txt", "d2.txt", "d1.txt", "D3.txt", "d02.txt", "ch9-b.md", "ch10-a.md"].sort(naturalCompare)).toEqual(["D3.txt", "ch9-b.md", "ch10-a.md", "d1.txt", "d2.txt", "d02.txt", "d10.txt"]);
  });

  it("pairs files by name, each pair a section, and warns about a file with no counterpart", () => {
    const d = dir();
    writeFolders(d, {
      "zh/a.txt": "我们今天去北京。",
      "en/a.txt": "We go to Beijing today.",
      "zh/b.zh.md": "# 天气\n\n天气很好。",
      "en/b.en.md": "# Weather\n\nThe weather is fine.",
      "zh/c.txt": "孤单的文件。",
    });
    const r = tandem(["check", join(d, "zh"), join(d, "en"), "--format", "json"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Json;
    expect(out.sections!.map((s) => [s.source.path, s.target.path])).toEqual([
      [join(d, "zh", "a.txt"), join(d, "en", "a.txt")],
      [join(d, "zh", "b.zh.md"), join(d, "en", "b.en.md")],
    ]);
    expect(r.stderr).toMatch(/c\.txt: no file of the same name in the other folder/);
    const text = tandem(["check", join(d, "zh"), join(d, "en")]);
    // A section a pair, then the totals.
    expect(text.stdout.match(/^== .* ⇄ .* ==$/gm)).toHaveLength(2);
    expect(text.stdout).toMatch(/\n== 2 pairs ==\nTotal: 2 pairs, 3 zh sentences, 3 en sentences, coverage 100\.0% — 0 errors, 0 warnings\nEvery pair passed\.\n$/);
  });

  it("ends the terminal report of folders with the totals and the pairs that need work", () => {
    const d = dir();
    writeFolders(d, {
      "zh/a.txt": "我们今天去北京。\n天气很好。",
      "en/a.txt": "We go to Beijing today.\nThe weather is fine.",
      "zh/b.txt": "我们今天去北京。\n天气很好。",
      "en/b.txt": "We go to Beijing today.\n天气很好。",
    });
    const r = tandem(["check", join(d, "zh"), join(d, "en"), "--presplit"]);
    expect(r.code).toBe(1);
    const tail = r.stdout.slice(r.stdout.lastIndexOf("== 2 pairs =="));
    // The copy's full-width punctuation is the untranslated finding's, not a typography note of its own.
    expect(tail).toMatch(/Total: 2 pairs, 4 zh sentences, 4 en sentences, coverage 100\.0% — 1 error, 0 warnings \(untranslated 1\)/);
    expect(tail).toContain(`Pairs with errors: ${join(d, "zh", "b.txt")} ⇄ ${join(d, "en", "b.txt")} (1)`);
    expect(tail).not.toContain("a.txt");
    // Each pair shows only its beads with findings, however short: the clean pair none.
    const a = r.stdout.slice(0, r.stdout.indexOf("== ", 3));
    expect(a).toContain("2 aligned beads without findings not shown (--all shows them)");
    expect(a).not.toContain("We go to Beijing today.");
    expect(tandem(["check", join(d, "zh"), join(d, "en"), "--presplit", "--all"]).stdout).toContain("We go to Beijing today.");
  });

  it("refuses to write a report over a file of an input folder", () => {
    const d = dir();
    writeFolders(d, { "zh/a.txt": "我们今天去北京。", "en/a.txt": "We go to Beijing today." });
    const r = tandem(["check", join(d, "zh"), join(d, "en"), "-o", join(d, "en", "a.txt")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/refusing to overwrite an input/);
  });
});

describe("bad input: one line naming the file and the problem, exit 2", () => {
  const d = dir();
  const one = (name: string, content: string | Buffer): string => (writeFileSync(join(d, name), content), join(d, name));
  const en = one("ok-en.txt", EN);
  const cases: Array<[string, () => string[], RegExp]> = [
    ["malformed TMX", () => ["check", one("bad.tmx", '<?xml version="1.0"?>\n<tmx version="1.4">\n<body>\n<tu><tuv xml:lang="zh"><seg>好</seg></tuv>\n</body></tmx>')], /bad\.tmx: malformed TMX at line \d+/],
    ["malformed XLIFF", () => ["check", one("bad.xlf", '<xliff version="2.0" srcLang="zh" trgLang="en">\n<file>\n<unit id="1"><segment><source>好</source></segment>\n</file>')], /bad\.xlf: malformed XLIFF at line \d+/],
    ["an XLIFF unit without a segment", () => ["check", one("noseg.xlf", '<xliff version="2.0" srcLang="zh" trgLang="en"><file id="f">\n<unit id="1"></unit></file></xliff>')], /noseg\.xlf: malformed XLIFF at line 2: <unit> without <segment>/],
    ["malformed TSV", () => ["check", one("bad.tsv", "我们好。\tWe are fine.\n没有制表符的一行\n")], /bad\.tsv: malformed TSV at line 2/],
    ["a TMX given with a second file", () => ["check", one("two.tmx", "<tmx/>"), en], /two\.tmx: a TMX file holds both sides/],
    ["both sides of a TSV in one language", () => ["check", one("same.tsv", "Hello there.\tHi there.\n")], /same\.tsv: both sides are in the same language/],
    ["a line of a million Chinese characters", () => ["check", one("long.txt", "我".repeat(500) + "。" + "好".repeat(1_100_000)), en], /long\.txt: line 1 is .* long/],
    ["a single 10 MB line", () => ["check", one("line10.txt", "word and more. ".repeat((10 * 1024 * 1024) / 15)), en], /line10\.txt: line 1 is 10\.0 MB long/],
    ["a 50 MB file with no sentence punctuation", () => ["check", one("nopunct.txt", "没有标点的文字，一些 English words\n".repeat((50 * 1024 * 1024) / 40)), en], /nopunct\.txt: has no sentence punctuation/],
    ["a sentence of 30,000 characters", () => ["check", one("sentence.txt", "我们" + "很".repeat(30_000) + "好。"), en], /sentence\.txt: line 1 holds a sentence of 30,004 characters/],
    ["the same language given twice", () => ["check", en, one("ok-zh.txt", ZH), "--from", "en", "--to", "en"], /the same language/],
    ["an unknown --to", () => ["check", en, "--to", "xx"], /--to xx: unknown language/],
    ["--from and --to the wrong way round", () => ["check", one("zh-src.txt", ZH), en, "--from", "en", "--to", "zh"], /--from en --to zh: .*zh-src\.txt is in Chinese and .*ok-en\.txt in English; swap --from and --to/],
    ["an English source said to be Chinese", () => ["check", en, one("en-too.txt", EN), "--from", "zh"], /ok-en\.txt: is not in Chinese as --from zh says \(it reads as English\)/],
  ];
  for (const [what, args, message] of cases) {
    it(`rejects ${what}`, { timeout: 60_000 }, () => {
      const r = tandem(args());
      expect(r.stderr).toMatch(message);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });
  }
});
