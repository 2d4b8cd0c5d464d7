// The formatters as pure functions, on a synthetic result with tricky text and on the seed.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { RULES } from "../src/checks/registry.js";
import { formatGithub, escapeData, escapeProperty } from "../src/report/github.js";
import { formatHtml } from "../src/report/html.js";
import { formatJunit } from "../src/report/junit.js";
import { formatMarkdown, markdownCell } from "../src/report/markdown.js";
import { formatSarif, sarifObject } from "../src/report/sarif.js";
import { formatTmx } from "../src/report/tmx.js";
import { CHECK_FORMATS, ALIGN_FORMATS, prepareFormats } from "../src/report/index.js";
import { stripXmlIllegal } from "../src/report/escape.js";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { build, tricky, TRICKY_EN, TRICKY_ZH, writeDemoPair } from "./report-fixtures.js";
import { ROOT, SEED, tandem, writeFolders } from "./helpers.js";

const SCHEMA = JSON.parse(readFileSync(join(ROOT, "test", "fixtures", "sarif-schema-2.1.0.json"), "utf8")) as object;
// The schema's language pattern is not valid with the u flag.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
(addFormats as unknown as (a: Ajv) => void)(ajv);
const validateSarif = ajv.compile(SCHEMA);

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", trimValues: false, isArray: (name) => ["tu", "tuv", "testcase", "testsuite", "prop", "property"].includes(name) });
const wellFormed = (s: string) => expect(XMLValidator.validate(s)).toBe(true);

// End-to-end inputs: the seed, and a small pair with findings whatever the aligner decides (an
// English sentence with no source at all, a wrong number). Expectations are read from --format json.
const DEMO = writeDemoPair(mkdtempSync(join(tmpdir(), "tandem-demo-")));
const INPUTS: Array<[string, string[]]> = [["the seed", [SEED]], ["the demo pair", [DEMO.zh, DEMO.en]]];
const findingsOf = (files: string[]) => (JSON.parse(tandem(["check", ...files, "--format", "json"]).stdout) as { findings: Array<{ rule: string; severity: string }> }).findings;

describe("format registry", () => {
  it("offers every issue-5 format", () => {
    expect(Object.keys(CHECK_FORMATS)).toEqual(expect.arrayContaining(["terminal", "json", "html", "sarif", "junit", "github", "markdown"]));
    expect(Object.keys(ALIGN_FORMATS)).toEqual(expect.arrayContaining(["beads", "tsv", "json", "tmx"]));
  });
});

describe("tmx", () => {
  const r = tricky();
  const out = formatTmx(r, { toolVersion: "9.9.9" });
  const doc = xml.parse(out) as { tmx: { header: Record<string, string>; body: { tu: Array<{ tuv: Array<{ "@xml:lang": string; seg: string }> }> } } };

  it("is well-formed XML with a TMX 1.4 header", () => {
    wellFormed(out);
    expect(out.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">')).toBe(true);
    expect(doc.tmx.header).toMatchObject({
      "@creationtool": "tandem",
      "@creationtoolversion": "9.9.9",
      "@segtype": "sentence",
      "@srclang": "zh-CN",
      "@adminlang": "en-US",
      "@datatype": "plaintext",
      "@o-tmf": "tandem",
    });
  });

  it("writes one <tu> per bead with text on both sides, and keeps the text exactly (less XML-illegal characters)", () => {
    expect(doc.tmx.body.tu).toHaveLength(3);
    const [zh, en] = doc.tmx.body.tu[2]!.tuv;
    expect(zh!["@xml:lang"]).toBe("zh-CN");
    expect(en!["@xml:lang"]).toBe("en-US");
    expect(zh!.seg).toBe(stripXmlIllegal(TRICKY_ZH[2]!));
    expect(en!.seg).toBe(stripXmlIllegal(TRICKY_EN[2]!));
    expect(doc.tmx.body.tu[0]!.tuv[0]!.seg).toBe(TRICKY_ZH[0]); // <script>, &amp; round-trip as text
    expect(doc.tmx.body.tu[1]!.tuv[0]!.seg).toBe(TRICKY_ZH[1]); // tab and newline kept
    expect(out).toContain("𠀀");
    expect(out).not.toMatch(/[\u0001\u0008\uFFFE]/);
    expect(out).toContain("&lt;script&gt;");
  });

  it("aligns the seed end to end: one <tu> per non-empty bead", () => {
    const run = tandem(["align", SEED, "--format", "tmx"]);
    expect(run.code).toBe(0);
    wellFormed(run.stdout);
    const beads = (JSON.parse(tandem(["align", SEED, "--format", "json"]).stdout) as { beads: Array<{ source: number[]; target: number[] }> }).beads;
    const parsed = xml.parse(run.stdout) as { tmx: { body: { tu: unknown[] } } };
    expect(parsed.tmx.body.tu).toHaveLength(beads.filter((b) => b.source.length && b.target.length).length);
    expect(run.stdout).toContain('srclang="zh-CN"');
  });
});

describe("tsv", async () => {
  const { formatTsv } = await import("../src/report/tsv.js");

  it("keeps one row per bead with a score column, tabs and newlines escaped", () => {
    const out = formatTsv(tricky());
    const rows = out.trimEnd().split("\n");
    expect(rows).toHaveLength(6);
    expect(rows[0]).toBe("source\ttarget\tscore\tsource_ids\ttarget_ids");
    for (const row of rows) expect(row.split("\t")).toHaveLength(5);
    expect(rows[2]).toContain("表格\\t里有制表符，第二行\\n接着写。");
    expect(rows[1]!.split("\t")[2]).toBe("0.910");
    expect(rows[4]!.split("\t").slice(1)).toEqual(["", "0.000", "3", ""]);
  });

  it("aligns the seed end to end", () => {
    const run = tandem(["align", SEED, "--format", "tsv"]);
    expect(run.code).toBe(0);
    for (const row of run.stdout.trimEnd().split("\n")) expect(row.split("\t")).toHaveLength(5);
  });
});

describe("sarif", () => {
  const r = tricky();
  const log = sarifObject(r, { toolVersion: "1.2.3", cwd: "/repo" });

  it("validates against the SARIF 2.1.0 schema", () => {
    const ok = validateSarif(JSON.parse(formatSarif(r, { toolVersion: "1.2.3" })));
    expect(validateSarif.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it("lists every rule of the registry with its level and help link", () => {
    const driver = log.runs[0]!.tool.driver;
    expect(driver).toMatchObject({ name: "tandem", version: "1.2.3", informationUri: expect.stringMatching(/^https:\/\//) });
    for (const rule of RULES) {
      const d = driver.rules.find((x) => x.id === rule.id)!;
      expect(d.shortDescription.text).toBe(rule.description);
      expect(d.helpUri).toMatch(/^https:\/\/.+#/);
      expect((d as { defaultConfiguration?: { level: string } }).defaultConfiguration?.level).toBe({ error: "error", warning: "warning", info: "note" }[rule.defaultSeverity]);
    }
  });

  it("maps severities and points at the exact characters with relative, encoded URIs", () => {
    const results = log.runs[0]!.results;
    expect(results.map((x) => x.level)).toEqual(["warning", "error", "note", "error", "error"]);
    const number = results[0]!;
    expect(number.ruleId).toBe("number-mismatch");
    const loc = number.locations[0]!.physicalLocation;
    expect(loc.artifactLocation.uri).toBe("docs/tricky%20%3Czh%3E%26.txt");
    const at = TRICKY_ZH[0]!.indexOf("5") + 1;
    expect(loc.region).toEqual({ startLine: 1, startColumn: at, endLine: 1, endColumn: at + 1 });
    expect(number.relatedLocations?.[0]?.physicalLocation.artifactLocation.uri).toBe("docs/tricky%20%22en%22.txt");
    const partial = results[1]!.locations[0]!.physicalLocation.region!;
    expect([partial.startLine, partial.endLine]).toEqual([2, 3]); // the range spans the newline
    expect(results[4]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe("docs/tricky%20%22en%22.txt");
  });

  it("fingerprints findings by their text, not their lines: stable across runs and edits elsewhere", () => {
    const fp = (res: typeof r) => sarifObject(res, { toolVersion: "1" }).runs[0]!.results.map((x) => x.partialFingerprints["tandemFinding/v1"]);
    expect(fp(tricky())).toEqual(fp(r));
    const a = fp(r);
    expect(new Set(a).size).toBe(a.length);
    // The same findings in a document with two new lines on top: every line number moves, no fingerprint does.
    const shifted = build({
      source: { path: "zh.txt", lang: "zh", text: "新的一句。\n\n" + TRICKY_ZH.join("\n") + "\n", sentences: ["新的一句。", ...TRICKY_ZH] },
      target: { path: "en.txt", lang: "en", text: "A new one.\n\n" + TRICKY_EN.join("\n") + "\n", sentences: ["A new one.", ...TRICKY_EN] },
      beads: [[[0], [0]], [[1], [1]], [[2], [2]], [[3], [3]], [[4], []], [[], [4]]],
      findings: [{ rule: "omission", severity: "error", message: "moved", source: [4] }],
    });
    const orig = a[3];
    expect(sarifObject(shifted, { toolVersion: "1" }).runs[0]!.results[0]!.locations[0]!.physicalLocation.region!.startLine).toBe(7);
    expect(fp(shifted)[0]).toBe(orig);
  });

  for (const [name, files] of INPUTS) {
    it(`validates on ${name} end to end`, () => {
      const run = tandem(["check", ...files, "--format", "sarif"]);
      const data = JSON.parse(run.stdout) as { runs: Array<{ results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> };
      expect(validateSarif(data)).toBe(true);
      const expected = findingsOf(files);
      expect(data.runs[0]!.results.map((x) => x.ruleId)).toEqual(expected.map((f) => f.rule));
      for (const x of data.runs[0]!.results) expect(x.locations[0]!.physicalLocation.artifactLocation.uri).not.toMatch(/^\/|^file:/);
    });
  }

  it("writes paths relative to the working directory", () => {
    const data = JSON.parse(tandem(["check", DEMO.zh, DEMO.en, "--format", "sarif"], { cwd: join(DEMO.zh, "..") }).stdout) as { runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> };
    expect(data.runs[0]!.results.length).toBeGreaterThan(0);
    for (const x of data.runs[0]!.results) expect(x.locations[0]!.physicalLocation.artifactLocation.uri).toMatch(/^demo\.(zh|en)\.txt$/);
  });
});

describe("junit", () => {
  const r = tricky();

  it("has one testsuite per pair, one testcase per rule, failures with messages", () => {
    const out = formatJunit(r, { cwd: "/x" });
    wellFormed(out);
    const doc = xml.parse(out) as { testsuites: { testsuite: Array<{ "@name": string; "@failures": string; testcase: Array<{ "@name": string; failure?: { "@message": string; "@type": string; "#text": string }; "system-out"?: string }> }> } };
    const suites = doc.testsuites.testsuite;
    expect(suites).toHaveLength(1);
    const names = suites[0]!.testcase.map((t) => t["@name"]);
    for (const rule of RULES) expect(names).toContain(rule.id);
    const omission = suites[0]!.testcase.find((t) => t["@name"] === "omission")!;
    expect(omission.failure!["@type"]).toBe("error");
    expect(omission.failure!["@message"]).toMatch(/^2 findings: Partial omission: 第二行(\n|&#10;)接着写/); // the parser leaves character references
    expect(omission.failure!["#text"]).toContain("这一句没有译文");
    // A warning does not fail the default gate; it is listed in the output instead.
    const number = suites[0]!.testcase.find((t) => t["@name"] === "number-mismatch")!;
    expect(number.failure).toBeUndefined();
    expect(number["system-out"]).toContain('"<b>&amp;"');
    expect(suites[0]!["@failures"]).toBe("2");
  });

  it("follows --fail-on", () => {
    expect(formatJunit(r, { failOn: "warning" })).toMatch(/<testcase name="number-mismatch"[^>]*>\s*<failure[^>]*type="warning"/);
    expect(formatJunit(r, { failOn: "never" })).not.toContain("<failure");
  });

  for (const [name, files] of INPUTS) {
    it(`reports ${name} end to end`, () => {
      const run = tandem(["check", ...files, "--format", "junit"]);
      wellFormed(run.stdout);
      expect(run.stdout.match(/<testsuite /g)).toHaveLength(1);
      const failing = new Set(findingsOf(files).filter((f) => f.severity === "error").map((f) => f.rule));
      expect((run.stdout.match(/<failure /g) ?? []).length).toBe(failing.size);
      for (const rule of RULES) expect(run.stdout).toContain(`<testcase name="${rule.id}"`);
    });
  }
});

describe("github annotations", () => {
  it("escapes data and properties the way @actions/core does", () => {
    expect(escapeData("50% done\r\nnext")).toBe("50%25 done%0D%0Anext");
    expect(escapeProperty("a:b,c%\n")).toBe("a%3Ab%2Cc%25%0A");
  });

  it("prints one command per finding with file, lines, columns and title", () => {
    const lines = formatGithub(tricky(), { cwd: "/nowhere" }).trimEnd().split("\n");
    expect(lines).toHaveLength(5);
    expect(lines.map((l) => l.slice(0, l.indexOf(" ")))).toEqual(["::warning", "::error", "::notice", "::error", "::error"]);
    expect(lines[0]).toMatch(/^::warning file=[^,]*docs\/tricky <zh>&\.txt,line=1,endLine=1,col=\d+,endColumn=\d+,title=tandem number-mismatch::/);
    // The partial omission spans a line break: no columns, and the message's newline is escaped.
    expect(lines[1]).toMatch(/,line=2,endLine=3,title=tandem omission::Partial omission: 第二行%0A接着写$/);
    // Commas and colons in the message stay (data), in the title they would be escaped.
    expect(lines[4]).toContain("::English sentence 4 has no source: Added: 100%25 of 50,000 items; see a:b, c.");
    expect(lines.every((l) => !l.includes("\n"))).toBe(true);
  });

  for (const [name, files] of INPUTS) {
    it(`annotates ${name} end to end`, () => {
      const run = tandem(["check", ...files, "--format", "github"], { cwd: ROOT });
      const lines = run.stdout.split("\n").filter(Boolean);
      const expected = findingsOf(files);
      expect(lines).toHaveLength(expected.length);
      lines.forEach((l, k) => {
        const f = expected[k]!;
        const cmd = { error: "error", warning: "warning", info: "notice" }[f.severity];
        expect(l).toMatch(new RegExp(`^::${cmd} file=[^,]+,line=\\d+,endLine=\\d+,(col=\\d+,endColumn=\\d+,)?title=tandem ${f.rule}::.+`));
      });
    });
  }
});

describe("markdown", () => {
  it("escapes HTML, pipes and line breaks in cells", () => {
    expect(markdownCell("a|b <script> *x* \n y")).toBe("a\\|b &lt;script&gt; \\*x\\* <br> y");
    const out = formatMarkdown(tricky());
    expect(out).toMatch(/^## tandem: /);
    expect(out).toContain("coverage **");
    expect(out).not.toMatch(/<script|<b>/);
    const rows = out.split("\n").filter((l) => l.startsWith("| 🔴") || l.startsWith("| 🟠") || l.startsWith("| 🔵"));
    expect(rows).toHaveLength(5);
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length).toBe(6);
  });

  for (const [name, files] of INPUTS) {
    it(`summarises ${name} end to end`, () => {
      const run = tandem(["check", ...files, "--format", "markdown"]);
      expect(run.stdout).toMatch(/^## tandem: /);
      for (const f of findingsOf(files)) expect(run.stdout).toContain(`| \`${f.rule}\` |`);
    });
  }
});

describe("html (as a string; the browser test opens it)", () => {
  const out = formatHtml(tricky(), { toolVersion: "1.0.0" });

  it("escapes every piece of input text", () => {
    expect(out).not.toContain("<script>window.__pwned");
    expect(out).not.toContain("</textarea>");
    expect(out).not.toContain('" onload="');
    expect(out).not.toContain("<b>&amp;");
    expect(out).toContain("&lt;script&gt;window.__pwned=1&lt;/script&gt;");
    expect(out).toContain("&amp;amp;");
    expect(out).toContain("docs/tricky &lt;zh&gt;&amp;.txt");
    expect((out.match(/<script>/g) ?? []).length).toBe(1); // the report's own
  });

  it("is self-contained: no external URL, a CSP that forbids the network", () => {
    expect(out).toMatch(/Content-Security-Policy" content="default-src 'none'/);
    expect(out).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(out).not.toMatch(/@import|url\(/);
    expect(out).not.toMatch(/\beval\(|new Function/);
  });

  it("highlights the exact characters of each finding", () => {
    expect(out).toMatch(/价格是<mark class="sev-warning" data-f="1" title="[^"]*">5<\/mark>/);
    expect(out).toMatch(/<mark class="sev-error" data-f="2"[^>]*>第二行\n接着写<\/mark>/);
    expect(out).toMatch(/<mark class="sev-info" data-f="3"[^>]*>𠀀<\/mark>/);
    expect(out).toMatch(/<mark class="sev-error whole" data-f="4"[^>]*>这一句没有译文。<\/mark>/);
    for (let k = 1; k <= 5; k++) expect(out).toContain(`href="#f-${k}"`);
  });
});

describe("several document pairs (two folders) in one document of each format", async () => {
  const { MANY_FORMATS } = await import("../src/report/index.js");
  await prepareFormats();
  const pairs = [tricky(), build({
    source: { path: "b.zh.txt", lang: "zh", text: "我们今天去北京。\n", sentences: ["我们今天去北京。"] },
    target: { path: "b.en.txt", lang: "en", text: "We go to Beijing today.\nExtra.\n", sentences: ["We go to Beijing today.", "Extra."] },
    beads: [[[0], [0]], [[], [1]]],
    findings: [{ rule: "addition", severity: "error", message: "English sentence 2 has no source", target: [1] }],
  })];
  const o = { color: false, width: 100, toolVersion: "1.0.0", cwd: "/" };

  it("SARIF: one run with the results of every pair", () => {
    const log = JSON.parse(MANY_FORMATS.sarif!(pairs, o)) as { runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> };
    expect(validateSarif(log)).toBe(true);
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0]!.results).toHaveLength(6);
    expect(log.runs[0]!.results[5]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe("b.en.txt");
  });

  it("JUnit: a testsuite per pair", () => {
    const out = MANY_FORMATS.junit!(pairs, o);
    wellFormed(out);
    expect(out.match(/<testsuite /g)).toHaveLength(2);
    expect(out).toMatch(/<testsuites name="tandem" tests="\d+" failures="3"/);
  });

  it("HTML: one page, a table per pair, finding ids unique across pairs", () => {
    const out = MANY_FORMATS.html!(pairs, o);
    expect(out.match(/<table class="beads">/g)).toHaveLength(2);
    expect(out.match(/<html/g)).toHaveLength(1);
    const ids = [...out.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(out).toContain('id="f-6"');
  });

  it("TMX and TSV: one memory, one table", () => {
    const tmx = MANY_FORMATS.tmx!(pairs, o);
    wellFormed(tmx);
    expect(tmx.match(/<tu>/g)).toHaveLength(4);
    const tsv = MANY_FORMATS.tsv!(pairs, o);
    expect(tsv.match(/^source\t/gm)).toHaveLength(1);
  });

  it("two folders end to end: one SARIF run, one JUnit file, one HTML page", () => {
    const dir = mkdtempSync(join(tmpdir(), "tandem-folders-"));
    writeFolders(dir, {
      "zh/a.txt": "我们今天去北京。\n天气很好。\n",
      "en/a.txt": "We go to Beijing today.\nThe weather is fine.\n",
      "zh/b.txt": "会议于2021年3月召开。\n",
      "en/b.txt": "The meeting was held in March 2021.\n",
    });
    const r = tandem(["check", "zh", "en", "--format", "sarif:o.sarif", "--format", "junit:o.xml", "--format", "html:o.html"], { cwd: dir });
    expect([0, 1]).toContain(r.code);
    const sarif = JSON.parse(readFileSync(join(dir, "o.sarif"), "utf8")) as { runs: unknown[] };
    expect(validateSarif(sarif)).toBe(true);
    expect(sarif.runs).toHaveLength(1);
    const junit = readFileSync(join(dir, "o.xml"), "utf8");
    wellFormed(junit);
    expect(junit.match(/<testsuite /g)).toHaveLength(2);
    expect(readFileSync(join(dir, "o.html"), "utf8").match(/<!DOCTYPE html>/g)).toHaveLength(1);
  });
});
