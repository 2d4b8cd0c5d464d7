// Two folders: the JSON report of several pairs is built in one pass; it must be the very text that
// joining the pairs' own JSON reports gives (the general path every other text format takes).
import { describe, expect, it } from "vitest";
import { joinSections, sectionFormats } from "../src/cli/sections.js";
import { ALIGN_FORMATS, CHECK_FORMATS, prepareFormats } from "../src/report/index.js";
import { tricky } from "./report-fixtures.js";

describe("sectionFormats json", () => {
  it("equals the joined JSON reports of the pairs, for check and align", async () => {
    await prepareFormats(["json"]);
    const results = [tricky(), tricky(), tricky()];
    results[1] = { ...results[1]!, findings: [] };
    const files = [["zh/a.txt", "en/a.txt"], ["zh/b.txt", "en/b.txt"], ["zh/c.txt", "en/c.txt"]];
    const options = { color: false, width: 80, toolVersion: "0.0.0" };
    for (const known of [CHECK_FORMATS, ALIGN_FORMATS]) {
      const joined = joinSections(results.map((r, k) => ({ label: files[k]!.join(" ⇄ "), files: files[k]!, text: known.json!(r, options) })));
      expect(sectionFormats(known, results, files).json!(results[0]!, options)).toBe(joined);
    }
  });
});
