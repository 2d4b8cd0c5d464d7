import { mkdtempSync, writeFileSync, mkdirSync, chmodSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SEED, tandem } from "./helpers.js";

describe("tandem check on the seed", () => {
  const json = tandem(["check", SEED, "--format", "json"]);
  const out = JSON.parse(json.stdout) as {
    beads: Array<{ source: number[]; target: number[]; score: number }>;
    findings: Array<{ rule: string; severity: string; message: string; source: { sentences: number[] }; target: { sentences: number[] } }>;
    source: { lang: string; sentences: number };
    target: { lang: string; sentences: number };
  };

  it("detects the languages and segments 4 Chinese and 6 English sentences", () => {
    expect([out.source.lang, out.target.lang]).toEqual(["zh", "en"]);
    expect([out.source.sentences, out.target.sentences]).toEqual([4, 6]);
  });

  it("aligns the four Chinese sentences 1-1 with English sentences 1, 2, 4 and 5", () => {
    const pairs = out.beads.filter((b) => b.source.length && b.target.length).map((b) => [b.source, b.target]);
    expect(pairs).toEqual([[[0], [0]], [[1], [1]], [[2], [3]], [[3], [4]]]);
  });

  it("reports English sentence 3 as an addition and the Keywords line as an English-only keywords line", () => {
    const additions = out.findings.filter((f) => f.rule === "addition");
    expect(additions.map((f) => f.target.sentences)).toEqual([[2], [5]]);
    expect(additions[0]!.message).toContain("As cosmopolitan city");
    expect(additions[1]!.message).toMatch(/keywords line/);
  });

  it("reports no omission and exits 1", () => {
    expect(out.findings.filter((f) => f.rule === "omission")).toEqual([]);
    expect(json.code).toBe(1);
  });

  it("prints a side-by-side terminal report with line numbers and a summary", () => {
    const r = tandem(["check", SEED]);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(/\u001b\[/); // NO_COLOR
    expect(r.stdout).toMatch(/│/);
    expect(r.stdout).toMatch(/✖ error addition/);
    expect(r.stdout).toMatch(/tgt 2:\d+/);
    expect(r.stdout).toMatch(/Summary: 4 zh sentences, 6 en sentences, \d+ beads, coverage \d+\.\d%/);
  });
});

describe("tandem align", () => {
  it("prints beads in the gold format, covering every sentence once", () => {
    const dir = mkdtempSync(join(tmpdir(), "tandem-"));
    writeFileSync(join(dir, "zh.txt"), "我们今天去北京。\n\n天气很好。\n");
    writeFileSync(join(dir, "en.txt"), "We go to Beijing today.\nThe weather is fine.\n");
    const r = tandem(["align", join(dir, "zh.txt"), join(dir, "en.txt"), "--presplit", "--from", "zh", "--to", "en", "--format", "beads"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\n");
    for (const l of lines) expect(l).toMatch(/^\[[\d,]*\]:\[[\d,]*\]$/);
    expect(lines).toContain("[0]:[0]");
    expect(lines).toContain("[2]:[1]");
    expect(lines).toContain("[1]:[]");
  });

  it("aligns English to Chinese as well", () => {
    const dir = mkdtempSync(join(tmpdir(), "tandem-"));
    writeFileSync(join(dir, "en.txt"), "The city grew fast in 2021. Its people were happy.");
    writeFileSync(join(dir, "zh.txt"), "2021年这座城市发展很快。那里的人民很幸福。");
    const r = tandem(["align", join(dir, "en.txt"), join(dir, "zh.txt"), "--format", "beads"]);
    expect(r.stdout.trim().split("\n")).toEqual(["[0]:[0]", "[1]:[1]"]);
  });
});

describe("bad input: one line, exit 2", () => {
  const dir = mkdtempSync(join(tmpdir(), "tandem-bad-"));
  const cases: Array<[string, () => string[], RegExp]> = [
    ["a missing file", () => ["check", join(dir, "nope.txt"), SEED], /nope\.txt: no such file/],
    ["a directory", () => ["check", dir, SEED], /is a directory/],
    ["an empty file", () => (writeFileSync(join(dir, "empty.txt"), ""), ["check", join(dir, "empty.txt"), SEED]), /empty\.txt: is empty/],
    ["a binary file", () => (writeFileSync(join(dir, "img.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3])), ["check", join(dir, "img.png"), SEED]), /img\.png: is a binary file/],
    ["NUL bytes", () => (writeFileSync(join(dir, "nul.bin"), Buffer.from([65, 0, 0, 0, 66, 0, 0, 0, 1, 2])), ["check", join(dir, "nul.bin"), SEED]), /nul\.bin: is a binary file/],
    [
      "both files in the same language",
      () => (writeFileSync(join(dir, "a.txt"), "This is English."), writeFileSync(join(dir, "b.txt"), "So is this."), ["check", join(dir, "a.txt"), join(dir, "b.txt")]),
      /b\.txt: is in the same language/,
    ],
    ["an unknown --format", () => ["check", SEED, "--format", "pdf"], /--format pdf: unknown format/],
    ["a --format named like an object's member", () => ["check", SEED, "--format", "toString"], /--format toString: unknown format/],
    ["an unknown --from", () => ["check", SEED, "--from", "fr"], /--from fr: unknown language/],
    ["a file with no translation part", () => (writeFileSync(join(dir, "mono.txt"), "只有中文。"), ["check", join(dir, "mono.txt")]), /not a bilingual file/],
  ];
  for (const [what, args, message] of cases) {
    it(`rejects ${what}`, () => {
      const r = tandem(args());
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
    });
  }

  it.runIf(process.getuid?.() !== 0)("rejects an unreadable file", () => {
    const p = join(dir, "secret.txt");
    writeFileSync(p, "text");
    chmodSync(p, 0);
    expect(tandem(["check", p, SEED]).stderr).toMatch(/permission denied/);
  });

  it("prints a stack trace with --verbose", () => {
    const r = tandem(["check", join(dir, "nope.txt"), SEED, "--verbose"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/at /);
  });

  it("refuses to overwrite an input with -o", () => {
    mkdirSync(join(dir, "o"), { recursive: true });
    const r = tandem(["check", SEED, "-o", SEED]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/refusing to overwrite an input/);
  });
});

describe("tandem segment", () => {
  it("segments each part of a bilingual file in its own language, with line:column", () => {
    const r = tandem(["segment", SEED]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines.filter((l) => l.startsWith("1:"))).toHaveLength(4);
    expect(lines.filter((l) => /^[23]:/.test(l))).toHaveLength(6);
    expect(lines[1]).toMatch(/^1:197\t报告对2021年/);
    expect(r.stdout).not.toContain("<<");
  });

  it("reads XLIFF, TMX and TSV as check does: both sides, tags dropped, line:column in the file", () => {
    const d = mkdtempSync(join(tmpdir(), "tandem-seg-"));
    writeFileSync(
      join(d, "doc.xlf"),
      `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="zh-CN" trgLang="en-US">
 <file id="f1"><unit id="u1"><segment><source>价格 &lt; 5 <pc id="1">元</pc>。</source><target>The price is &lt; 5 <pc id="1">yuan</pc>.</target></segment></unit>
 <unit id="u2"><segment><source>天气很好。</source><target>The weather is fine.</target></segment></unit></file>
</xliff>
`,
    );
    const x = tandem(["segment", join(d, "doc.xlf")]);
    expect(x.stderr).toBe("");
    expect(x.code).toBe(0);
    const xlf = readFileSync(join(d, "doc.xlf"), "utf8").split("\n");
    const at = (line: number, text: string): string => `${line}:${xlf[line - 1]!.indexOf(text) + 1}`;
    expect(x.stdout.trim().split("\n")).toEqual([`${at(3, "价格")}\t价格 < 5 元。`, `${at(4, "天气")}\t天气很好。`, `${at(3, "The price")}\tThe price is < 5 yuan.`, `${at(4, "The weather")}\tThe weather is fine.`]);
    writeFileSync(
      join(d, "mem.tmx"),
      `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="zh-CN" datatype="plaintext"/>
<body>
<tu tuid="7"><tuv xml:lang="zh-CN"><seg>我们今天去北京。</seg></tuv><tuv xml:lang="en-US"><seg>We go to Beijing today.</seg></tuv></tu>
</body></tmx>
`,
    );
    const tu = readFileSync(join(d, "mem.tmx"), "utf8").split("\n")[3]!;
    expect(tandem(["segment", join(d, "mem.tmx")]).stdout).toBe(`4:${tu.indexOf("我们") + 1}\t我们今天去北京。\n4:${tu.indexOf("We go") + 1}\tWe go to Beijing today.\n`);
    writeFileSync(join(d, "pairs.tsv"), "天气很好。\tThe weather is fine.\n");
    expect(tandem(["segment", join(d, "pairs.tsv")]).stdout).toBe("1:1\t天气很好。\n1:7\tThe weather is fine.\n");
    // An aligned file says its languages; --lang is for one-language text.
    const lang = tandem(["segment", join(d, "pairs.tsv"), "--lang", "zh"]);
    expect(lang.code).toBe(2);
    expect(lang.stderr.trim().split("\n")).toEqual([expect.stringMatching(/--lang zh: .*pairs\.tsv is a TSV file/)]);
  });
});

describe("a reader that stops early (tandem … | head)", () => {
  it("ends quietly, without an EPIPE stack trace", async () => {
    const { spawn } = await import("node:child_process");
    const { BIN } = await import("./helpers.js");
    // A report larger than a pipe's buffer, so that tandem is still writing when the reader goes away.
    const dir = mkdtempSync(join(tmpdir(), "tandem-pipe-"));
    const n = 400;
    writeFileSync(join(dir, "zh.txt"), Array.from({ length: n }, (_, i) => `第${i}号房间里有${i + 2}把椅子。`).join("\n"));
    writeFileSync(join(dir, "en.txt"), Array.from({ length: n }, (_, i) => `Room ${i} has ${i + 2} chairs.`).join("\n"));
    const child = spawn(process.execPath, [BIN, "check", join(dir, "zh.txt"), join(dir, "en.txt"), "--presplit", "--all"], { env: { ...process.env, NO_COLOR: "1" } });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.stdout.destroy(); // the reader is gone before tandem writes a byte
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(stderr).not.toMatch(/EPIPE|Unhandled/);
    expect([0, 1]).toContain(code);
  });
});

describe("help", () => {
  for (const cmd of ["check", "align", "segment"]) {
    it(`${cmd} --help shows examples`, () => {
      const r = tandem([cmd, "--help"]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Example/);
    });
  }
});
