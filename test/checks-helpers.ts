// Builds a document of 1-1 beads from sentence pairs and runs rules on it, without files or the CLI.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseDictionary } from "../src/align/dictionary.js";
import type { AlignResources } from "../src/align/index.js";
import { runChecks, type RuleSetting } from "../src/checks/index.js";
import { RULES } from "../src/checks/registry.js";
import type { Bead, Finding, Lang, Sentence } from "../src/model/types.js";
import { wordSegmenter } from "../src/segment/words.js";
import { ROOT } from "./helpers.js";

/** Twelve plain, closely translated pairs written for the tests: a document the evidence rules learn their rates from. */
export const PLAIN_PAIRS: Array<[string, string]> = [
  ["我们今天早上去公园散步。", "We went for a walk in the park this morning."],
  ["老师在教室里给学生上课。", "The teacher gave the students a lesson in the classroom."],
  ["他每天晚上都看书学习。", "He reads and studies every evening."],
  ["这个城市的经济发展很快。", "The economy of this city is developing fast."],
  ["她喜欢在周末去市场买水果。", "She likes going to the market to buy fruit at the weekend."],
  ["医生建议病人多喝水，早点睡觉。", "The doctor advised the patient to drink more water and go to bed early."],
  ["政府计划在明年修建三座新学校。", "The government plans to build three new schools next year."],
  ["农民在田里种了很多玉米和小麦。", "The farmers planted a lot of corn and wheat in the fields."],
  ["我的哥哥在一家银行工作。", "My elder brother works at a bank."],
  ["孩子们在河边钓鱼，玩得很开心。", "The children were fishing by the river and having a great time."],
  ["这家工厂去年生产了两万辆汽车。", "This factory produced twenty thousand cars last year."],
  ["图书馆的新大楼将在九月开放。", "The library's new building will open in September."],
];

let res: AlignResources | undefined;
/** The built dictionary (npm run build) and jieba. */
export function resources(): AlignResources {
  return (res ??= { dictionary: parseDictionary(readFileSync(join(ROOT, "dist", "data", "cedict-gloss.utf16"), "utf16le")), words: wordSegmenter() });
}

export function sentences(texts: string[], side: "source" | "target"): { list: Sentence[]; text: string } {
  let at = 0;
  const list = texts.map((text, index) => {
    const s: Sentence = { side, index, text, start: at, end: at + text.length, startPos: { line: index + 1, column: 1 }, endPos: { line: index + 1, column: text.length + 1 }, kind: text ? "text" : "blank" };
    at += text.length + 1;
    return s;
  });
  return { list, text: texts.join("\n") };
}

export interface Run {
  findings: Finding[];
}

/** Runs the named rules (only those) on 1-1 beads of `pairs`, or on the beads given. */
export function check(
  pairs: Array<[string, string]>,
  rules: string[],
  options: { from?: Lang; to?: Lang; beads?: Bead[]; settings?: Record<string, Partial<RuleSetting>>; targets?: string[] } = {},
): Finding[] {
  const src = sentences(pairs.map((p) => p[0]), "source");
  const tgt = sentences(options.targets ?? pairs.map((p) => p[1]), "target");
  const beads = options.beads ?? pairs.map((_, i) => ({ source: [i], target: [i], score: 0.8 }));
  const settings: Record<string, Partial<RuleSetting>> = {};
  for (const r of RULES) settings[r.id] = { enabled: rules.includes(r.id), ...(options.settings?.[r.id] ?? {}) };
  return runChecks(
    { source: src.list, target: tgt.list, sourceText: src.text, targetText: tgt.text, sourceBaseLine: 1, targetBaseLine: 1, sourceLang: options.from ?? "zh", targetLang: options.to ?? "en", beads, resources: resources() },
    settings,
  );
}

/** A fixture: "source ⇥ target ⇥ {rule} {rule}" lines, "# zh en" (or "# en zh") first. */
export function readFixture(name: string): { from: Lang; to: Lang; pairs: Array<[string, string]>; expected: string[][] } {
  const lines = readFileSync(join(ROOT, "fixtures", "checks", name), "utf8").split("\n");
  const langs = /^#\s*(zh|en)\s+(zh|en)/.exec(lines[0] ?? "");
  const pairs: Array<[string, string]> = [];
  const expected: string[][] = [];
  for (const line of lines) {
    if (!line.trim() || line.startsWith("#")) continue;
    const [s = "", t = "", marks = ""] = line.split("\t");
    pairs.push([s, t]);
    expected.push([...marks.matchAll(/\{([a-z-]+)\}/g)].map((m) => m[1]!));
  }
  return { from: (langs?.[1] ?? "zh") as Lang, to: (langs?.[2] ?? "en") as Lang, pairs, expected };
}
