// End to end: several outputs in one run, the CI gate, the config file and baselines.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { createBaseline, createBaselineMany, matchBaseline, matchBaselineMany, parseBaseline } from "../src/baseline/index.js";
import { validateConfig } from "../src/cli/config.js";
import { SEED, tandem } from "./helpers.js";
import { build, tricky, TRICKY_EN, TRICKY_ZH, writeLopsidedPair } from "./report-fixtures.js";

const tmp = (): string => mkdtempSync(join(tmpdir(), "tandem-report-"));
// A pair that has error-level additions and a coverage below 1 whatever the aligner decides.
const PAIR = writeLopsidedPair(tmp());
const P = [PAIR.zh, PAIR.en];
const pairFacts = (() => {
  const out = JSON.parse(tandem(["check", ...P, "--format", "json"]).stdout) as { findings: Array<{ severity: string }>; summary: { coverage: number } };
  return { errors: out.findings.filter((f) => f.severity === "error").length, coverage: out.summary.coverage };
})();

describe("several outputs in one run", () => {
  it("writes terminal to stdout and each FORMAT:FILE to its file", () => {
    const dir = tmp();
    const r = tandem(["check", ...P, "--format", "terminal", "--format", `sarif:${dir}/out.sarif`, "--format", `html:${dir}/report.html`, "--format", `junit:${dir}/junit.xml`, "--format", `markdown:${dir}/summary.md`]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Summary: /);
    expect(JSON.parse(readFileSync(join(dir, "out.sarif"), "utf8")).version).toBe("2.1.0");
    expect(readFileSync(join(dir, "report.html"), "utf8")).toMatch(/^<!DOCTYPE html>/);
    expect(XMLValidator.validate(readFileSync(join(dir, "junit.xml"), "utf8"))).toBe(true);
    expect(readFileSync(join(dir, "summary.md"), "utf8")).toMatch(/^## tandem/);
  });

  it("sends -o to the one plain format", () => {
    const dir = tmp();
    const r = tandem(["check", ...P, "--format", "json", "-o", `${dir}/a.json`, "--format", `github:${dir}/gh.txt`]);
    expect(r.stdout).toBe("");
    expect(JSON.parse(readFileSync(join(dir, "a.json"), "utf8")).version).toBe(1);
    expect(readFileSync(join(dir, "gh.txt"), "utf8")).toMatch(/^::(error|warning) file=/m);
  });

  it("writes several align formats too", () => {
    const dir = tmp();
    const r = tandem(["align", SEED, "--format", `tmx:${dir}/a.tmx`, "--format", "tsv"]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe("source\ttarget\tscore\tsource_ids\ttarget_ids");
    expect(XMLValidator.validate(readFileSync(join(dir, "a.tmx"), "utf8"))).toBe(true);
  });

  const usage: Array<[string, (dir: string) => string[], RegExp]> = [
    ["two formats on standard output", () => ["check", SEED, "--format", "json", "--format", "sarif"], /only one output can go to standard output/],
    ["-o with two plain formats", (d) => ["check", SEED, "--format", "json", "--format", "sarif", "-o", `${d}/x`], /-o .*applies to one plain --format/],
    ["the same file for two formats", (d) => ["check", SEED, "--format", `json:${d}/x`, "--format", `sarif:${d}/x`], /named as the output of two formats/],
    ["an unknown format with a path", (d) => ["check", SEED, "--format", `pdf:${d}/x.pdf`], /--format pdf: unknown format/],
    ["an output that is the input", () => ["check", SEED, "--format", "terminal", "--format", `html:${SEED}`], /refusing to overwrite an input file/],
    ["a baseline update onto the input", () => ["check", SEED, "--update-baseline", SEED], /refusing to overwrite an input file/],
    ["a baseline update onto a report", (d) => ["check", SEED, "--format", `json:${d}/x`, "--update-baseline", `${d}/x`], /x: named as two outputs/],
  ];
  for (const [what, args, message] of usage) {
    it(`rejects ${what} with exit 2, writing nothing`, () => {
      const dir = tmp();
      const before = readFileSync(SEED, "utf8");
      const r = tandem(args(dir));
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(readFileSync(SEED, "utf8")).toBe(before);
      expect(existsSync(join(dir, "x"))).toBe(false);
    });
  }
});

describe("the gate", () => {
  it("fails on errors by default and passes with --fail-on never", () => {
    expect(pairFacts.errors).toBeGreaterThan(0);
    expect(tandem(["check", ...P, "--format", "json"]).code).toBe(1);
    expect(tandem(["check", ...P, "--format", "json", "--fail-on", "never"]).code).toBe(0);
    expect(tandem(["check", ...P, "--format", "json", "--fail-on", "warning"]).code).toBe(1);
  });

  it("passes a clean pair", () => {
    const dir = tmp();
    writeFileSync(join(dir, "zh.txt"), "我们今天去北京。\n");
    writeFileSync(join(dir, "en.txt"), "We go to Beijing today.\n");
    const r = tandem(["check", join(dir, "zh.txt"), join(dir, "en.txt"), "--format", "json", "--fail-on", "warning"]);
    expect(JSON.parse(r.stdout).findings.filter((f: { severity: string }) => f.severity !== "info")).toEqual([]);
    expect(r.code).toBe(0);
  });

  it("says why on stderr when the report does not", () => {
    const r = tandem(["check", ...P, "--format", "json"]);
    expect(r.stderr).toMatch(/tandem: gate failed: \d+ errors? \(--fail-on error\)/);
  });

  it("fails under --min-coverage", () => {
    expect(pairFacts.coverage).toBeLessThan(1);
    const above = tandem(["check", ...P, "--format", "json", "--fail-on", "never", "--min-coverage", String(pairFacts.coverage)]);
    expect(above.code).toBe(0);
    const below = tandem(["check", ...P, "--format", "json", "--fail-on", "never", "--min-coverage", "100%"]);
    expect(below.code).toBe(1);
    expect(below.stderr).toMatch(/coverage \d+\.\d% is below --min-coverage 100%/);
  });

  for (const [flag, value] of [["--fail-on", "sometimes"], ["--min-coverage", "1.5"], ["--min-coverage", "most"]] as const) {
    it(`rejects ${flag} ${value} with exit 2`, () => {
      const r = tandem(["check", SEED, flag, value]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`${flag} ${value}`);
    });
  }
});

describe("the config file", () => {
  const project = (files: Record<string, string>): string => {
    const dir = tmp();
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(dir, name, ".."), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    return dir;
  };

  it("is found from the working directory upward, and the command line wins", () => {
    const dir = project({ "tandem.config.json": JSON.stringify({ failOn: "never", format: "json" }), "sub/deeper/.keep": "" });
    const r = tandem(["check", ...P], { cwd: join(dir, "sub", "deeper") });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).version).toBe(1);
    expect(tandem(["check", ...P, "--fail-on", "error"], { cwd: dir }).code).toBe(1);
    expect(tandem(["check", SEED, "--format", "terminal"], { cwd: dir }).stdout).toMatch(/Summary:/);
  });

  it("reads .tandemrc.json and the tandem key of package.json", () => {
    expect(tandem(["check", ...P, "-f", "json"], { cwd: project({ ".tandemrc.json": '{"failOn":"never"}' }) }).code).toBe(0);
    expect(tandem(["check", ...P, "-f", "json"], { cwd: project({ "package.json": '{"name":"x","tandem":{"failOn":"never"}}' }) }).code).toBe(0);
    expect(tandem(["check", ...P, "-f", "json"], { cwd: project({ "package.json": '{"name":"x"}' }) }).code).toBe(1);
  });

  it("turns rules off and changes their severity", () => {
    const off = project({ "tandem.config.json": JSON.stringify({ rules: { addition: "off" } }) });
    const a = JSON.parse(tandem(["check", ...P, "-f", "json"], { cwd: off }).stdout) as { findings: Array<{ rule: string }> };
    expect(a.findings.filter((f) => f.rule === "addition")).toEqual([]);
    const warn = project({ "cfg.json": JSON.stringify({ rules: { addition: { severity: "warning" } } }) });
    const b = tandem(["check", ...P, "-f", "json", "--config", join(warn, "cfg.json")]);
    const findings = (JSON.parse(b.stdout) as { findings: Array<{ rule: string; severity: string }> }).findings.filter((f) => f.rule === "addition");
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.severity === "warning")).toBe(true);
  });

  const bad: Array<[string, string, RegExp]> = [
    ["an unknown key", '{"failon":"never"}', /tandem\.config\.json: failon: unknown key/],
    ["an unknown rule", '{"rules":{"spelling":"off"}}', /tandem\.config\.json: rules\.spelling: unknown rule/],
    ["a bad severity", '{"rules":{"addition":"fatal"}}', /tandem\.config\.json: rules\.addition: "fatal" is not/],
    ["a bad failOn", '{"failOn":"always"}', /tandem\.config\.json: failOn: "always" is not/],
    ["a bad minCoverage", '{"minCoverage":98}', /tandem\.config\.json: minCoverage: 98 is not a number from 0 to 1/],
    ["a bad format", '{"format":["pdf"]}', /tandem\.config\.json: format: "pdf": unknown format/],
    ["a format named like an object's member", '{"format":["constructor"]}', /tandem\.config\.json: format: "constructor": unknown format/],
    ["broken JSON", '{"failOn":', /tandem\.config\.json: is not valid JSON/],
  ];
  for (const [what, text, message] of bad) {
    it(`rejects ${what} naming the file and the key (exit 2)`, () => {
      const r = tandem(["check", SEED], { cwd: project({ "tandem.config.json": text }) });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
    });
  }

  it("rejects a missing --config file", () => {
    const r = tandem(["check", SEED, "--config", "/nonexistent/tandem.json"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nonexistent\/tandem\.json/);
  });

  it("validates in the library too, resolving paths against the config file", () => {
    const c = validateConfig({ glossary: "terms.tsv", from: "zh", to: "en", minCoverage: 0.98, format: ["terminal", "sarif:out/x.sarif", "json:-"] }, "/p/tandem.config.json");
    expect(c).toMatchObject({ glossary: "/p/terms.tsv", from: "zh", to: "en", minCoverage: 0.98, format: ["terminal", "sarif:/p/out/x.sarif", "json:-"] });
  });
});

describe("baselines", () => {
  it("records today's findings, then reports only new ones and names the stale entries", () => {
    const dir = tmp();
    const zh = join(dir, "zh.txt");
    const en = join(dir, "en.txt");
    writeFileSync(zh, "我们今天去北京。\n天气很好。\n");
    writeFileSync(en, "We go to Beijing today.\nThe weather is fine.\nThis sentence was added by the translator.\n");
    const baseline = join(dir, "tandem-baseline.json");

    const first = tandem(["check", zh, en, "--format", "json", "--update-baseline", baseline]);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/baseline .*: recorded [1-9]\d* findings?/);
    expect(JSON.parse(first.stdout).findings).toEqual([]);
    const recorded = JSON.parse(readFileSync(baseline, "utf8")) as { version: number; entries: Array<{ rule: string; fingerprint: string; justification?: string }> };
    expect(recorded.version).toBe(1);
    expect(recorded.entries.some((e) => /addition/.test(e.rule))).toBe(true);

    // A justification survives an update.
    recorded.entries[0]!.justification = "The client asked for this sentence.";
    writeFileSync(baseline, JSON.stringify(recorded));
    tandem(["check", zh, en, "--format", "json", "--update-baseline", baseline]);
    expect((JSON.parse(readFileSync(baseline, "utf8")) as typeof recorded).entries[0]!.justification).toBe("The client asked for this sentence.");

    // Same text, lines moved: nothing new.
    writeFileSync(en, "\n\nWe go to Beijing today.\nThe weather is fine.\nThis sentence was added by the translator.\n");
    writeFileSync(zh, "\n\n我们今天去北京。\n天气很好。\n");
    const same = tandem(["check", zh, en, "--format", "json", "--baseline", baseline]);
    expect(same.code).toBe(0);
    expect(same.stderr).toMatch(/\d+ known findings? not reported, 0 new/);

    // A new addition is reported; the old one, now fixed, is stale.
    writeFileSync(en, "We go to Beijing today.\nThe weather is fine.\nAnother sentence appeared out of nowhere.\n");
    const next = tandem(["check", zh, en, "--format", "json", "--fail-on", "warning", "--baseline", baseline]);
    expect(next.code).toBe(1);
    const found = JSON.parse(next.stdout) as { findings: Array<{ rule: string; message: string }>; summary: { findings: { error: number } } };
    expect(found.findings.map((f) => f.message).join("\n")).toMatch(/Another sentence/);
    expect(found.findings.map((f) => f.message).join("\n")).not.toMatch(/added by the translator/);
    expect(found.summary.findings.error).toBe(found.findings.filter((f) => (f as { severity?: string }).severity === "error").length);
    expect(found.findings.length).toBeGreaterThan(0);
    expect(next.stderr).toMatch(/no longer match|no longer matches/);
    expect(next.stderr).toMatch(/addition [0-9a-f]{16}:1 .*added by the translator/);
  });

  it("names stale entries in the terminal summary and in JSON's summary.baseline, not only on stderr", () => {
    const dir = tmp();
    const zh = join(dir, "zh.txt");
    const en = join(dir, "en.txt");
    writeFileSync(zh, "我们今天去北京。\n天气很好。\n");
    writeFileSync(en, "We go to Beijing today.\nThe weather is fine.\nThis sentence was added by the translator.\n");
    const baseline = join(dir, "base.json");
    expect(tandem(["check", zh, en, "--format", "json", "--update-baseline", baseline]).code).toBe(0);
    const recorded = (JSON.parse(readFileSync(baseline, "utf8")) as { entries: unknown[] }).entries.length;
    expect(recorded).toBeGreaterThan(0);
    const known = tandem(["check", zh, en, "--baseline", baseline]);
    expect(known.stdout).toMatch(new RegExp(`Baseline: ${recorded} known findings? not shown \\(.*base\\.json\\)\n`));
    expect(known.stdout).not.toMatch(/no longer match/);
    // The addition is fixed: every entry is stale.
    writeFileSync(en, "We go to Beijing today.\nThe weather is fine.\n");
    const term = tandem(["check", zh, en, "--baseline", baseline]);
    expect(term.stdout).toMatch(new RegExp(`Baseline: 0 known findings not shown .*, ${recorded} baseline entr(y no longer matches|ies no longer match) \\(run --update-baseline\\)`));
    expect(term.stderr).toMatch(/no longer match/);
    const json = JSON.parse(tandem(["check", zh, en, "--format", "json", "--baseline", baseline]).stdout) as {
      summary: { baseline?: { file: string; suppressed: number; stale: number; staleEntries: Array<{ rule: string; message?: string }> } };
    };
    expect(json.summary.baseline).toMatchObject({ file: baseline, suppressed: 0, stale: recorded });
    expect(json.summary.baseline!.staleEntries.map((e) => e.message).join("\n")).toMatch(/added by the translator/);
    // Without a baseline the summary has no such key (the JSON contract is unchanged).
    expect(JSON.parse(tandem(["check", zh, en, "--format", "json"]).stdout).summary.baseline).toBeUndefined();
  });

  it("rejects a missing or broken baseline with exit 2", () => {
    const dir = tmp();
    expect(tandem(["check", SEED, "--baseline", join(dir, "none.json")]).stderr).toMatch(/none\.json: no such baseline file/);
    writeFileSync(join(dir, "bad.json"), '{"version":1,"entries":[{"rule":1}]}');
    const r = tandem(["check", SEED, "--baseline", join(dir, "bad.json")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.json: entries\[0\]: needs string "rule" and "fingerprint"/);
  });

  it("matches by rule and text with an occurrence counter (library)", () => {
    const r = tricky();
    const b = createBaseline(r);
    expect(b.entries).toHaveLength(r.findings.length);
    expect(parseBaseline(JSON.stringify(b), "b.json")).toEqual(b);
    expect(matchBaseline(b, r, r.findings)).toMatchObject({ kept: [], stale: [] });
    // Two identical findings on identical sentences: the counter tells them apart.
    const twice = build({
      source: { path: "a", lang: "zh", text: "同一句。同一句。", sentences: ["同一句。", "同一句。"] },
      target: { path: "b", lang: "en", text: "x", sentences: ["x"] },
      beads: [[[0], []], [[1], []], [[], [0]]],
      findings: [
        { rule: "omission", severity: "error", message: "m", source: [0] },
        { rule: "omission", severity: "error", message: "m", source: [1] },
      ],
    });
    const tb = createBaseline(twice);
    expect(tb.entries.map((e) => e.fingerprint.split(":")[1])).toEqual(["1", "2"]);
    const one = matchBaseline({ ...tb, entries: tb.entries.slice(0, 1) }, twice, twice.findings);
    expect(one.kept).toHaveLength(1);
  });
});

describe("tricky text end to end", () => {
  it("escapes it in every format written by the CLI", () => {
    const dir = tmp();
    const zh = join(dir, "tricky <zh>.txt");
    const en = join(dir, "tricky & en.txt");
    writeFileSync(zh, TRICKY_ZH.join("\n") + "\n");
    writeFileSync(en, TRICKY_EN.join("\n") + "\n");
    const r = tandem(["check", zh, en, "--from", "zh", "--to", "en", "--format", `html:${dir}/r.html`, "--format", `junit:${dir}/j.xml`, "--format", `sarif:${dir}/s.sarif`, "--format", `github:${dir}/g.txt`]);
    expect([0, 1]).toContain(r.code);
    const html = readFileSync(join(dir, "r.html"), "utf8");
    expect(html).not.toContain("<script>window.__pwned");
    expect(html).not.toContain("</textarea>");
    expect(html).not.toContain('" onload="');
    expect(html).toContain("tricky &lt;zh&gt;.txt");
    expect(html).toContain("𠀀");
    expect(XMLValidator.validate(readFileSync(join(dir, "j.xml"), "utf8"))).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, "s.sarif"), "utf8")).version).toBe("2.1.0");
    const a = tandem(["align", zh, en, "--from", "zh", "--to", "en", "--format", "tmx"]);
    expect(a.code).toBe(0);
    expect(XMLValidator.validate(a.stdout)).toBe(true);
    expect(a.stdout).toContain("&lt;script&gt;");
    expect(a.stdout).not.toMatch(/[\u0001\u0008\uFFFE]/);
  });
});

describe("the gate (library)", async () => {
  const { evaluateGate, evaluateGateMany, parseCoverage, parseFailOn } = await import("../src/cli/gate.js");
  const summary = (error: number, warning: number, coverage: number) => ({ summary: { beads: 1, coverage, findings: { error, warning, info: 3 }, byRule: {} } });

  it("fails at or over --fail-on and under --min-coverage", () => {
    expect(evaluateGate(summary(0, 2, 1), { failOn: "error" }).pass).toBe(true);
    expect(evaluateGate(summary(0, 2, 1), { failOn: "warning" }).pass).toBe(false);
    expect(evaluateGate(summary(5, 2, 1), { failOn: "never" }).pass).toBe(true);
    expect(evaluateGate(summary(0, 0, 0.97), { failOn: "error", minCoverage: 0.98 })).toMatchObject({ pass: false, reasons: ["coverage 97.0% is below --min-coverage 98%"] });
    expect(evaluateGate(summary(0, 0, 0.98), { failOn: "error", minCoverage: 0.98 }).pass).toBe(true);
  });

  it("sums the findings of many pairs into one line and names the pairs under --min-coverage, ten at most", () => {
    const results = [summary(2, 1, 1), summary(0, 4, 0.9), summary(3, 0, 1), ...Array.from({ length: 12 }, () => summary(0, 0, 0.5))];
    const names = results.map((_, k) => `doc${k}.txt`);
    const errors = evaluateGateMany(results, names, { failOn: "error", minCoverage: 0.95 });
    expect(errors.pass).toBe(false);
    expect(errors.reasons[0]).toBe("5 errors in 2 of 15 pairs (--fail-on error)");
    expect(errors.reasons[1]).toBe("doc1.txt: coverage 90.0% is below --min-coverage 95%");
    expect(errors.reasons).toHaveLength(1 + 10 + 1);
    expect(errors.reasons.at(-1)).toBe("3 more pairs under --min-coverage");
    expect(evaluateGateMany(results.slice(0, 3), names, { failOn: "warning" }).reasons).toEqual(["5 errors and 5 warnings in 3 of 3 pairs (--fail-on warning)"]);
    // One pair: the one-pair wording, without pair counts.
    expect(evaluateGateMany([summary(1, 0, 1)], ["a"], { failOn: "error" }).reasons).toEqual(["1 error (--fail-on error)"]);
    expect(evaluateGateMany([summary(0, 1, 1), summary(0, 0, 1)], ["a", "b"], { failOn: "error" }).pass).toBe(true);
  });

  it("parses its flags", () => {
    expect(parseCoverage("0.98")).toBe(0.98);
    expect(parseCoverage("98%")).toBeCloseTo(0.98);
    expect(parseCoverage(".5")).toBe(0.5);
    expect(() => parseCoverage("-1")).toThrow(/--min-coverage -1/);
    expect(parseFailOn("warning")).toBe("warning");
    expect(() => parseFailOn("info")).toThrow(/--fail-on info/);
  });
});

describe("baselines over two folders", () => {
  it("records every pair in one file and finds nothing stale when nothing changed", () => {
    const dir = tmp();
    mkdirSync(join(dir, "zh"));
    mkdirSync(join(dir, "en"));
    for (const name of ["a", "b"]) {
      writeFileSync(join(dir, "zh", `${name}.txt`), "我们今天去北京。\n");
      // The same added sentence in both pairs: identical fingerprints, two entries.
      writeFileSync(join(dir, "en", `${name}.txt`), "We go to Beijing today.\nPenguins cannot fly, but they swim very well.\nThe recipe needs three eggs.\nVolcanoes erupt.\nJazz is fun.\nThe library closes at nine.\n");
    }
    const first = tandem(["check", "zh", "en", "--format", "json", "--update-baseline", "base.json"], { cwd: dir });
    expect(first.code).toBe(0);
    const entries = (JSON.parse(readFileSync(join(dir, "base.json"), "utf8")) as { entries: Array<{ fingerprint: string }> }).entries;
    expect(entries.length).toBeGreaterThanOrEqual(2);
    expect(entries.length % 2).toBe(0);
    const again = tandem(["check", "zh", "en", "--format", "json", "--baseline", "base.json"], { cwd: dir });
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(new RegExp(`${entries.length} known findings not reported, 0 new`));
    expect(again.stderr).not.toMatch(/stale/);
    // Fix one pair: its entries, and only those, are stale.
    writeFileSync(join(dir, "en", "b.txt"), "We go to Beijing today.\n");
    const fixed = tandem(["check", "zh", "en", "--format", "json", "--baseline", "base.json"], { cwd: dir });
    expect(fixed.stderr).toMatch(new RegExp(`${entries.length / 2} known findings? not reported, 0 new`));
    expect(fixed.stderr).toMatch(new RegExp(`${entries.length / 2} entr(y|ies) no longer match`));
  });
});

describe("a baseline over two folders is keyed by file", () => {
  it("matches an entry only in the file it was recorded for", () => {
    const dir = tmp();
    // Two pairs that differ only in the sentences the translator added (enough that they stay additions).
    const ADDED = "Penguins cannot fly, but they swim very well.\nThe recipe needs three eggs.\nVolcanoes erupt.\nJazz is fun.\nThe library closes at nine.\n";
    const write = (a: string, b: string): void => {
      writeFileSync(join(dir, "en", "a.txt"), `We go to Beijing today.\n${a}`);
      writeFileSync(join(dir, "en", "ch1", "b.txt"), `We go to Beijing today.\n${b}`);
    };
    mkdirSync(join(dir, "zh", "ch1"), { recursive: true });
    mkdirSync(join(dir, "en", "ch1"), { recursive: true });
    writeFileSync(join(dir, "zh", "a.txt"), "我们今天去北京。\n");
    writeFileSync(join(dir, "zh", "ch1", "b.txt"), "我们今天去北京。\n");
    write(ADDED, "");
    const first = tandem(["check", "zh", "en", "--format", "json", "--update-baseline", "base.json"], { cwd: dir });
    expect(first.code).toBe(0);
    const entries = (JSON.parse(readFileSync(join(dir, "base.json"), "utf8")) as { entries: Array<{ rule: string; file?: string; message: string }> }).entries;
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e) => e.file === "a.txt")).toBe(true);
    // Nothing changed: nothing new, nothing stale.
    const again = tandem(["check", "zh", "en", "--format", "json", "--baseline", "base.json"], { cwd: dir });
    expect(again.code).toBe(0);
    expect(again.stderr).not.toMatch(/stale/);
    // The same sentences move to the other file (in a subfolder): there they are new, and a.txt's entries are stale.
    write("", ADDED);
    const moved = tandem(["check", "zh", "en", "--format", "json", "--fail-on", "warning", "--baseline", "base.json"], { cwd: dir });
    expect(moved.code).toBe(1);
    type Section = { files: string[]; findings: Array<{ rule: string; message: string }>; summary: { baseline: { suppressed: number; stale: number; staleEntries: Array<{ file?: string }> } } };
    const sections = (JSON.parse(moved.stdout) as { sections: Section[] }).sections;
    const a = sections.find((x) => x.files[0]!.endsWith("a.txt"))!;
    const b = sections.find((x) => x.files[0]!.endsWith("b.txt"))!;
    expect(b.findings.map((f) => f.rule).sort()).toEqual(entries.map((e) => e.rule).sort());
    expect(b.summary.baseline.suppressed).toBe(0);
    expect(a.summary.baseline.stale).toBe(entries.length);
    expect(a.summary.baseline.staleEntries.every((e) => e.file === "a.txt")).toBe(true);
    expect(moved.stderr).toMatch(/[a-z-]+ [0-9a-f]{16}:\d+ \(a\.txt\) /);
    // Its pair's path in the folder, with /, keys a file in a subfolder.
    tandem(["check", "zh", "en", "--format", "json", "--update-baseline", "base.json"], { cwd: dir });
    const keyed = (JSON.parse(readFileSync(join(dir, "base.json"), "utf8")) as { entries: Array<{ file?: string }> }).entries;
    expect(keyed.length).toBe(entries.length);
    expect(keyed.every((e) => e.file === "ch1/b.txt")).toBe(true);
  });

  it("still lets an entry without a file (recorded before) match in any pair (library)", () => {
    const r = tricky();
    expect(r.findings.length).toBeGreaterThan(0);
    const b = createBaseline(r);
    expect(b.entries.every((e) => e.file === undefined)).toBe(true);
    const [one, two] = matchBaselineMany(b, [{ ...r, findings: [] }, r], ["x.txt", "y.txt"]);
    expect(two!.kept).toEqual([]);
    expect(one!.stale).toEqual([]);
    const keyed = createBaselineMany([r], undefined, ["x.txt"]);
    expect(matchBaselineMany(keyed, [r], ["y.txt"])[0]!.suppressed).toEqual([]);
    expect(matchBaselineMany(keyed, [r], ["x.txt"])[0]!.kept).toEqual([]);
    expect(parseBaseline(JSON.stringify(keyed), "b.json")).toEqual(keyed);
  });
});

describe("a GB18030 file with a 4-byte character", () => {
  it("keeps 𠀀 intact through HTML, TMX and SARIF columns", () => {
    const dir = tmp();
    // 中文𠀀中文。 in GB18030: 𠀀 (U+20000) is the four bytes 95 32 82 36.
    writeFileSync(join(dir, "zh.txt"), Buffer.from([0xd6, 0xd0, 0xce, 0xc4, 0x95, 0x32, 0x82, 0x36, 0xd6, 0xd0, 0xce, 0xc4, 0xa1, 0xa3, 0x0a]));
    writeFileSync(join(dir, "en.txt"), "Chinese text.\nA sentence the translator added with no source at all.\n");
    const files = [join(dir, "zh.txt"), join(dir, "en.txt"), "--encoding", "gb18030,utf-8", "--from", "zh", "--to", "en"];
    const r = tandem(["check", ...files, "--format", `html:${dir}/r.html`, "--format", `sarif:${dir}/s.sarif`]);
    expect(r.stderr).not.toMatch(/internal error/);
    expect(readFileSync(join(dir, "r.html"), "utf8")).toContain("中文𠀀中文。");
    const tmx = tandem(["align", ...files, "--format", "tmx"]);
    expect(tmx.stdout).toContain("<seg>中文𠀀中文。</seg>");
    const sarif = JSON.parse(readFileSync(join(dir, "s.sarif"), "utf8")) as { runs: Array<{ columnKind: string }> };
    expect(sarif.runs[0]!.columnKind).toBe("utf16CodeUnits");
  });
});

describe("markup input (TMX) shown as text", () => {
  it("decodes entities and drops inline tags once, in TMX and HTML output", () => {
    const dir = tmp();
    writeFileSync(
      join(dir, "in.tmx"),
      `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="zh-CN" datatype="plaintext"/>
<body>
<tu><tuv xml:lang="zh-CN"><seg>价格 &lt; 5 &amp; 更多<ph>{1}</ph>。</seg></tuv><tuv xml:lang="en-US"><seg>Price &lt; 5 &amp; more<ph>{1}</ph>.</seg></tuv></tu>
</body></tmx>
`,
    );
    const tmx = tandem(["align", join(dir, "in.tmx"), "--format", "tmx"]);
    expect(tmx.code).toBe(0);
    expect(tmx.stdout).toContain("<seg>价格 &lt; 5 &amp; 更多。</seg>");
    expect(tmx.stdout).toContain("<seg>Price &lt; 5 &amp; more.</seg>");
    tandem(["check", join(dir, "in.tmx"), "--format", `html:${dir}/r.html`]);
    const html = readFileSync(join(dir, "r.html"), "utf8");
    expect(html).toContain("Price &lt; 5 &amp; more.");
    expect(html).not.toContain("&amp;lt;");
    expect(html).not.toContain("\u200b");
  });
});
