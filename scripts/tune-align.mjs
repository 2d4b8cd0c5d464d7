#!/usr/bin/env node
// Calibrates the aligner's constants from data by coordinate search, instead of setting them by hand.
// Usage: node scripts/tune-align.mjs SET_DIR... [--holdout NAME] [--start '{"k":v}'] [--keys a,b,c] [--rounds N]
// The objective is the mean over sets of exact-bead F1 plus a quarter of the null-bead F1 (untranslated
// sentences matter to users more than their share of beads). The held-out document is never scored.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const flag = (name, d) => { const i = args.indexOf(name); return i >= 0 ? args.splice(i, 2)[1] : d; };
const holdout = flag("--holdout", "006");
let params = JSON.parse(flag("--start", "{}"));
const keys = flag("--keys", "").split(",").filter(Boolean);
const rounds = Number(flag("--rounds", "2"));
const nullWeight = Number(flag("--null-weight", "0.25"));
const sets = args.map((a) => resolve(a));
const { score, parseBeads } = await import(pathToFileURL(join(root, "..", "shared", "bench", "score.mjs")).href);
const { align, DEFAULT_PARAMS } = await import(pathToFileURL(join(root, "dist/align/index.js")).href);
const { segment } = await import(pathToFileURL(join(root, "dist/segment/index.js")).href);
const { loadDictionary } = await import(pathToFileURL(join(root, "dist/io/dictionary-file.js")).href);
const { wordSegmenter } = await import(pathToFileURL(join(root, "dist/segment/words.js")).href);
const resources = { dictionary: loadDictionary(), words: wordSegmenter() };

const docs = [];
for (const dir of sets) {
  const meta = JSON.parse(readFileSync(join(dir, "meta.json"), "utf8"));
  for (const name of readdirSync(join(dir, "src")).sort()) {
    if (name === holdout && readdirSync(join(dir, "src")).length > 1) continue;
    const doc = (side, lang) => ({ path: name, lang, text: readFileSync(join(dir, side, name), "utf8"), baseOffset: 0, baseLine: 1 });
    docs.push({ set: dir, meta, S: segment(doc("src", meta.src), "source", { presplit: true }), T: segment(doc("tgt", meta.tgt), "target", { presplit: true }), gold: parseBeads(readFileSync(join(dir, "gold", `${name}.align`), "utf8")) });
  }
}
function evaluate(p) {
  const bySet = new Map();
  for (const d of docs) {
    const test = align(d.S, d.T, d.meta.src, d.meta.tgt, resources, p).map((b) => [b.source, b.target]);
    if (!bySet.has(d.set)) bySet.set(d.set, []);
    bySet.get(d.set).push({ gold: d.gold, test });
  }
  let total = 0;
  const parts = [];
  for (const [set, pairs] of bySet) {
    const r = score(pairs);
    const nul = r.null.goldSentences ? r.null.f1 : 0;
    total += r.exact.f1 + nullWeight * nul;
    parts.push(`${set.split("/").pop()} ${r.exact.f1.toFixed(3)}/${nul.toFixed(2)}`);
  }
  return { value: total / bySet.size, text: parts.join("  ") };
}
let best = evaluate(params);
console.log("start", best.value.toFixed(4), best.text, JSON.stringify(params));
for (let r = 0; r < rounds; r++) {
  for (const k of keys) {
    const base = params[k] ?? DEFAULT_PARAMS[k];
    const trials = [...new Set([0.5, 0.75, 1.33, 2].map((f) => base * f).concat([base + 0.05, base - 0.05, base + 0.1, base - 0.1]).map((v) => Number(v.toPrecision(3))))];
    for (const v of trials) {
      const trial = { ...params, [k]: v };
      const e = evaluate(trial);
      if (e.value > best.value + 1e-4) {
        best = e;
        params = trial;
        console.log(`  ${k}=${v}`, e.value.toFixed(4), e.text);
      }
    }
  }
  console.log(`round ${r + 1}`, best.value.toFixed(4), best.text, JSON.stringify(params));
}
