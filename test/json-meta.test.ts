// The JSON contract keeps what aligned files say of their segments.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tandem } from "./helpers.js";

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
