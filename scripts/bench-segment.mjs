#!/usr/bin/env node
// The figures behind two choices of the design card (README, "How it works"):
//  - English sentences: tandem's rule-based splitter against wink-nlp (+ wink-eng-lite-web-model) on
//    pySBD's 48 English golden rules in ../shared/golden/segmentation, and their load times;
//  - Chinese words: @node-rs/jieba against segmentit, start-up and the time to cut 1 MB of Chinese.
// Usage: npm run bench:segment
import { readFileSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const golden = join(root, "..", "shared", "golden", "segmentation", "en_golden_rules.json");

if (existsSync(golden)) {
  const cases = JSON.parse(readFileSync(golden, "utf8"));
  const score = (split) => cases.filter((c) => JSON.stringify(split(c.input)) === JSON.stringify(c.expected)).length;
  let t = performance.now();
  const { splitEnglish } = await import(join(root, "dist", "segment", "english.js"));
  const oursLoad = performance.now() - t;
  const ours = score((s) => splitEnglish(s).map(([a, b]) => s.slice(a, b)));
  t = performance.now();
  const winkNLP = require("wink-nlp");
  const model = require("wink-eng-lite-web-model");
  const nlp = winkNLP(model, ["sbd"]);
  const winkLoad = performance.now() - t;
  const wink = score((s) => nlp.readDoc(s).sentences().out().map((x) => x.trim()));
  console.log(`English golden rules: tandem ${ours}/${cases.length} (load ${oursLoad.toFixed(0)} ms), wink-nlp ${wink}/${cases.length} (load ${winkLoad.toFixed(0)} ms)`);
}

const sample = "北京在权威全球城市排行榜中位居前列，综合实力处于世界领先水平。2021年是具有里程碑意义的一年。";
const mb = sample.repeat(Math.ceil((1 << 20) / (sample.length * 3)));
for (const name of ["jieba", "segmentit"]) {
  let t = performance.now();
  let cut;
  if (name === "jieba") {
    const { Jieba } = require("@node-rs/jieba");
    const { dict } = require("@node-rs/jieba/dict");
    const j = Jieba.withDict(dict);
    cut = (s) => j.cut(s, false);
  } else {
    const { Segment, useDefault } = require("segmentit");
    const seg = useDefault(new Segment());
    cut = (s) => seg.doSegment(s, { simple: true });
  }
  const init = performance.now() - t;
  t = performance.now();
  const words = cut(mb).length;
  const ms = performance.now() - t;
  console.log(`${name.padEnd(10)} start ${init.toFixed(0).padStart(5)} ms, 1 MB in ${ms.toFixed(0).padStart(5)} ms (${words} words); "2021年" → ${JSON.stringify(cut("2021年"))}`);
}
