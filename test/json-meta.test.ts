// The JSON contract, the HTML page and SARIF keep what aligned files say of their segments.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { ROOT, tandem } from "./helpers.js";

describe("JSON output of an XLIFF file", () => {
  it("carries each segment's id, state and notes", () => {
    const dir = mkdtempSync(join(tmpdir(), "tandem-xlf-"));
    const file = join(dir, "doc.xlf");
    writeFileSync(
      file,
      `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="zh-CN" trgLang="en-US">
 <file id="f1"><unit id="u1"><notes><note>Check the date</note></notes>
  <segment id="s1" state="translated"><source>我们今天去北京。</source><target>We go to Beijing today.</target></segment>
 </unit></file>
</xliff>`,
    );
    const r = tandem(["check", file, "--format", "json"]);
    const out = JSON.parse(r.stdout) as { target: { segments: Array<{ meta?: { id?: string; state?: string; notes?: string[] } }> } };
    expect(out.target.segments[0]!.meta).toEqual({ id: "u1/s1", state: "translated", notes: ["Check the date"] });
  });
});

// A unit whose id and note could break out of HTML, and whose target gets a number wrong (a finding).
const TRICKY_XLIFF = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="zh-CN" trgLang="en-US">
 <file id="f1">
  <unit id="u&lt;1&gt;"><notes><note>Ask &quot;legal&quot; &amp; <![CDATA[<script>alert(1)</script>]]></note></notes>
   <segment id="s1" state="reviewed"><source>我们在2019年买了3个苹果。</source><target>We bought 5 apples in 2018.</target></segment>
  </unit>
  <unit id="u2"><segment id="s1" state="initial"><source>天气很好。</source><target>The weather is fine.</target></segment></unit>
 </file>
</xliff>`;

describe("HTML and SARIF output of an XLIFF file", () => {
  const dir = mkdtempSync(join(tmpdir(), "tandem-xlf-"));
  const file = join(dir, "doc.xlf");
  writeFileSync(file, TRICKY_XLIFF);
  tandem(["check", file, "--format", `html:${join(dir, "r.html")}`, "--format", `sarif:${join(dir, "r.sarif")}`, "--fail-on", "never", "--all"]);

  it("shows each bead's id, state and note in HTML, escaped", () => {
    const page = readFileSync(join(dir, "r.html"), "utf8");
    expect(page).toContain('<span class="seg-id" title="segment id">u&lt;1&gt;/s1</span>');
    expect(page).toContain('<span class="seg-state" title="state">reviewed</span>');
    expect(page).toContain("Ask &quot;legal&quot; &amp; &lt;script&gt;alert(1)&lt;/script&gt;");
    expect(page).not.toContain("<script>alert(1)");
    expect(page).toContain('<span class="seg-id" title="segment id">u2/s1</span>');
    // Once a bead: both sides share the unit's metadata.
    expect(page.split('title="segment id">u2/s1<').length - 1).toBe(1);
  });

  it("puts them in the SARIF result's properties, and the log stays valid SARIF 2.1.0", () => {
    const log = JSON.parse(readFileSync(join(dir, "r.sarif"), "utf8")) as { runs: Array<{ results: Array<{ ruleId: string; properties: { segments?: unknown } }> }> };
    const results = log.runs[0]!.results;
    const numbers = results.find((r) => r.ruleId === "number-mismatch");
    expect(numbers, JSON.stringify(results.map((r) => r.ruleId))).toBeDefined();
    expect(numbers!.properties.segments).toEqual([{ id: "u<1>/s1", state: "reviewed", notes: ['Ask "legal" & <script>alert(1)</script>'] }]);
    const schema = JSON.parse(readFileSync(join(ROOT, "test", "fixtures", "sarif-schema-2.1.0.json"), "utf8")) as object;
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    (addFormats as unknown as (a: Ajv) => void)(ajv);
    const validate = ajv.compile(schema);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
  });
});
