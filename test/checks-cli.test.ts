// End to end: the seed's report through the real CLI, --rules and --glossary.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, SEED, tandem } from "./helpers.js";

interface Out {
  findings: Array<{ rule: string; message: string; source: { sentences: number[] }; target: { sentences: number[]; ranges: unknown[] } }>;
}
const run = (args: string[]): Out => JSON.parse(tandem(["check", SEED, "--format", "json", ...args]).stdout) as Out;

describe("the seed's QA report", () => {
  const out = run([]);
  const rules = (id: string) => out.findings.filter((f) => f.rule === id);
  it("shows the addition, the partial addition of the last sentence and the typography, and no number alarm", () => {
    expect(rules("addition").map((f) => f.target.sentences)).toContainEqual([2]);
    const partial = rules("partial-addition");
    expect(partial.some((f) => f.message.includes("The report puts forward that"))).toBe(true);
    expect(rules("typography").length).toBeGreaterThanOrEqual(5);
    expect(rules("typography").some((f) => f.message.includes("words glued together"))).toBe(true);
    expect(rules("number-mismatch")).toEqual([]);
    expect(rules("untranslated")).toEqual([]);
  });
  it("groups typography per sentence: one finding a sentence, every spot a range", () => {
    const ids = rules("typography").map((f) => f.target.sentences[0]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Math.max(...rules("typography").map((f) => f.target.ranges.length))).toBeGreaterThan(5);
  });
});

describe("--rules and --glossary", () => {
  it("runs only the rules listed, or all but those with a minus", () => {
    expect(new Set(run(["--rules", "typography"]).findings.map((f) => f.rule))).toEqual(new Set(["typography"]));
    expect(run(["--rules", "-typography"]).findings.some((f) => f.rule === "typography")).toBe(false);
  });
  it("rejects an unknown rule with exit 2", () => {
    const r = tandem(["check", SEED, "--rules", "nonsense"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown rule "nonsense"/);
  });
  it("checks glossary terms from a TSV file", () => {
    const dir = mkdtempSync(join(tmpdir(), "tandem-gloss-"));
    const file = join(dir, "terms.tsv");
    writeFileSync(file, "# term\ttranslations\n国际交往中心\tinternational exchange center\n双奥之城\tdual Olympic city|city of two Olympics\n");
    const findings = run(["--glossary", file, "--rules", "terminology"]).findings;
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.message.includes("双奥之城"))).toBe(true);
  });
  it("names an unreadable glossary and exits 2", () => {
    const r = tandem(["check", SEED, "--glossary", "/nonexistent/terms.tsv"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nonexistent\/terms.tsv: cannot read the glossary/);
  });
});

/**
 * The one false finding left on them, known and not yet answered: an opinion column's "法规既已出台，关键
 * 在于落实。" rendered "Now that the regulations are in place, what matters is enforcing them.", whose
 * words CC-CEDICT does not connect (法规 is "legislation, statute", 落实 "implement, carry out"): the pair
 * check reports a pair that shares nothing. Listed so that any other finding, or this one's end, shows.
 */
const KNOWN_FALSE: Record<"political" | "news", string[]> = {
  political: [
    "020: omission: Chinese sentence 14 has no English translation:",
    "020: addition: English sentence 15 has no Chinese source:",
  ],
  news: [],
};

describe("the documents written for tandem (fixtures/bench): faithful translations of reports, news and speeches", () => {
  // Each a translation checked sentence by sentence when it was written: whatever tandem reports on
  // them is a false alarm on a good translation, of the kind the issue forbids.
  for (const [set, from, to] of [["political", "zh", "en"], ["news", "en", "zh"]] as const) {
    it(`draw no finding but the one known: ${set} (${from} → ${to})`, () => {
      const dir = join(ROOT, "fixtures", "bench", set);
      const r = tandem(["check", join(dir, "src"), join(dir, "tgt"), "--presplit", "--from", from, "--to", to, "--format", "json"]);
      expect(r.code).toBe(KNOWN_FALSE[set].length ? 1 : 0);
      const out = JSON.parse(r.stdout) as { sections: Array<{ files: string[]; findings: Array<{ rule: string; message: string }> }> };
      expect(out.sections.length).toBeGreaterThanOrEqual(4);
      const found = out.sections.flatMap((s) => s.findings.map((f) => `${basename(s.files[0]!)}: ${f.rule}: ${f.message.split("“")[0]!.trim()}`));
      expect(found).toEqual(KNOWN_FALSE[set]);
    });
  }
});

/**
 * The monetary-policy release written for tandem (fixtures/bench/political/011) with the English line
 * that `find` picks replaced: runs `rules` on it, and gives the findings and the line's index.
 */
function releaseWithLine(find: (line: string) => boolean, replacement: string, rules: string): { findings: Out["findings"]; line: number } {
  const dir = join(ROOT, "fixtures", "bench", "political");
  const tmp = mkdtempSync(join(tmpdir(), "tandem-011-"));
  const tgt = readFileSync(join(dir, "tgt", "011"), "utf8").split("\n");
  const line = tgt.findIndex(find);
  tgt[line] = replacement;
  writeFileSync(join(tmp, "tgt"), tgt.join("\n"));
  const r = tandem(["check", join(dir, "src", "011"), join(tmp, "tgt"), "--presplit", "--from", "zh", "--to", "en", "--format", "json", "--rules", rules]);
  return { findings: (JSON.parse(r.stdout) as Out).findings, line };
}

describe("a clause of a monetary-policy release cut with its figure (fixtures/bench/political/011)", () => {
  // 三季度末，广义货币（M2）余额为312.6万亿元，同比增长7.2%。 translated without its middle clause: some of
  // that clause's words (为, 元) find a counterpart elsewhere in the bead by chance.
  it("is reported as a passage left out, with its figure, not as a number changed", () => {
    const got = releaseWithLine((t) => t.includes("312.6 trillion"), "At the end of the third quarter, up 7.2 percent year on year.", "partial-omission,number-mismatch").findings;
    expect(got.map((f) => f.rule)).toEqual(["partial-omission"]);
    expect(got[0]!.message).toContain("312.6万亿");
    expect(got[0]!.message).toContain("广义货币");
  });
});

describe("a sentence of a monetary-policy release replaced by one from elsewhere (fixtures/bench/political/011)", () => {
  // The release pairs "one" (one-year, one percentage point) with its figures so often that the
  // document's learnt associations tie it to 利率, 下调, 15, 基点…: the plain count finds them all in any
  // English sentence with "one" in it; counted one for one, a single word.
  it("is reported as an omission and an addition", () => {
    const { findings: got, line } = releaseWithLine(
      (t) => t.startsWith("On the same day, the operating rate on seven-day reverse repos"),
      "In the end, no one form of music is better than any other, and each has its own place.",
      "omission,addition",
    );
    expect(got.map((f) => f.rule).sort()).toEqual(["addition", "omission"]);
    expect(got.find((f) => f.rule === "omission")!.message).toContain("七天期逆回购");
    expect(got.find((f) => f.rule === "addition")!.target.sentences).toEqual([line]);
  });
});

/**
 * A document of fixtures/bench with its translation edited by `edit` (the whole text), checked with
 * `rules`: the findings.
 */
function checkEdited(set: "political" | "news", doc: string, edit: (tgt: string) => string, rules: string): Out["findings"] {
  const dir = join(ROOT, "fixtures", "bench", set);
  const [from, to] = set === "political" ? ["zh", "en"] : ["en", "zh"];
  const tmp = mkdtempSync(join(tmpdir(), `tandem-${doc}-`));
  writeFileSync(join(tmp, "tgt"), edit(readFileSync(join(dir, "tgt", doc), "utf8")));
  const r = tandem(["check", join(dir, "src", doc), join(tmp, "tgt"), "--presplit", "--from", from!, "--to", to!, "--format", "json", "--rules", rules]);
  return (JSON.parse(r.stdout) as Out).findings;
}

/** A text without its first line that `find` picks. */
const withoutLine = (find: (line: string) => boolean) => (text: string): string => {
  const lines = text.split("\n");
  lines.splice(lines.findIndex(find), 1);
  return lines.join("\n");
};

describe("a sentence left out after one the translator split in two (fixtures/bench/political/021)", () => {
  // 中国进出口银行将为南北铁路一期工程提供…45亿元…的优惠贷款。 lost its translation; the sentence before it
  // (萨里纳港扩建项目总投资约12亿美元，建成后年吞吐能力将由800万吨提升至2000万吨。) was translated as two.
  // The aligner pairs the lost sentence with the second half, whose numbers are the first sentence's.
  it("is the omission reported, and the split sentence loses no passage", () => {
    const got = checkEdited("political", "021", withoutLine((t) => t.startsWith("The Export-Import Bank of China will provide")), "omission,partial-omission,number-mismatch");
    expect(got.map((f) => `${f.rule}:${f.source.sentences.join()}`)).toEqual(["omission:22"]);
    expect(got[0]!.message).toContain("45亿元");
  });
});

describe("a sentence of figures left out beside one on the same topic (fixtures/bench/news/014)", () => {
  // The earnings release's "Non-GAAP net income was $960 million, or $1.62 per diluted share, up 17% …"
  // without its translation: the aligner merges it with the GAAP sentence before it, whose translation
  // holds all its words (net income, per diluted share, up … from the prior-year period).
  it("is an omission: a translator who merges two sentences keeps the figures of both", () => {
    const got = checkEdited("news", "014", withoutLine((t) => t.startsWith("非GAAP净利润为9.60亿美元")), "omission,number-mismatch");
    expect(got.map((f) => `${f.rule}:${f.source.sentences.join()}`)).toEqual(["omission:6"]);
    expect(got[0]!.message).toContain("Non-GAAP net income");
  });
  it("is an omission beside a sentence without figures too, when the translation has none (fixtures/bench/news/013)", () => {
    // The football report's '"We had 11 against 10 for almost half an hour and we should have won the
    // game."' left untranslated: the aligner merges it with the manager's quotation before it.
    const got = checkEdited("news", "013", withoutLine((t) => t.includes("以11人对10人")), "omission,partial-omission,number-mismatch");
    expect(got.map((f) => `${f.rule}:${f.source.sentences.join()}`)).toEqual(["omission:24"]);
  });
});

describe("a phrase cut with its figures from a long English clause (fixtures/bench/news/017)", () => {
  // "… with a resolution of 2,796 x 1,290 pixels and an adaptive refresh rate that ranges from 1Hz to
  // 120Hz, …" is one clause (its commas are a number's); the translation lost 支持1Hz至120Hz自适应刷新率.
  it("is reported as that phrase left out, its figure with it, not as a number missing", () => {
    const got = checkEdited("news", "017", (t) => t.replace("支持1Hz至120Hz自适应刷新率，", ""), "partial-omission,number-mismatch");
    expect(got.map((f) => `${f.rule}:${f.source.sentences.join()}`)).toEqual(["partial-omission:10"]);
    expect(got[0]!.message).toContain("and an adaptive refresh rate that ranges from 1Hz to 120Hz");
  });
});
