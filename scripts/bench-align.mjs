#!/usr/bin/env node
// Aligns every document of a benchmark set in one process and scores it against gold.
// Usage: npm run bench:align -- DIR [--scorer PATH] [--param key=value ...] [--no-dictionary] [--holdout NAME]
//   DIR: a set laid out as ../shared/bench/data/NAME (meta.json, src/, tgt/, gold/, optional units/).
//   --scorer: the scorer to use (default ../shared/bench/score.mjs beside the project).
//   Prints exact/strict/null figures over the set, and separately for the held-out document.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const flag = (name) => { const i = args.indexOf(name); return i >= 0 ? args.splice(i, 2)[1] : undefined; };
const params = {};
for (let i = args.indexOf("--param"); i >= 0; i = args.indexOf("--param")) {
  const [k, v] = args.splice(i, 2)[1].split("=");
  params[k] = Number(v);
}
const scorerPath = resolve(flag("--scorer") ?? join(root, "..", "shared", "bench", "score.mjs"));
const holdout = flag("--holdout") ?? "006";
const noDict = args.includes("--no-dictionary");
const quiet = args.includes("--quiet");
const dir = resolve(args.find((a) => !a.startsWith("--")) ?? "");
if (!existsSync(join(dir, "meta.json"))) {
  console.error("usage: npm run bench:align -- DIR [--scorer PATH] [--param key=value] [--no-dictionary]");
  process.exit(2);
}
const { score, parseBeads, mergeByUnits } = await import(pathToFileURL(scorerPath).href);
const { align } = await import(pathToFileURL(join(root, "dist/align/index.js")).href);
const { segment } = await import(pathToFileURL(join(root, "dist/segment/index.js")).href);
const { loadDictionary } = await import(pathToFileURL(join(root, "dist/io/dictionary-file.js")).href);
const { emptyDictionary } = await import(pathToFileURL(join(root, "dist/align/dictionary.js")).href);
const { wordSegmenter } = await import(pathToFileURL(join(root, "dist/segment/words.js")).href);

const meta = JSON.parse(readFileSync(join(dir, "meta.json"), "utf8"));
const segmenterName = flag("--word-segmenter") ?? "dictionary"; // as the CLI
const dictionary = noDict ? emptyDictionary() : loadDictionary();
const { dictionarySegmenter } = await import(pathToFileURL(join(root, "dist/align/maxmatch.js")).href);
const resources = { dictionary, words: segmenterName === "dictionary" ? dictionarySegmenter(dictionary) : wordSegmenter(segmenterName) };
const pairs = [];
const t0 = performance.now();
for (const name of readdirSync(join(dir, "src")).sort()) {
  const doc = (side, lang) => ({ path: name, lang, text: readFileSync(join(dir, side, name), "utf8"), baseOffset: 0, baseLine: 1 });
  const S = segment(doc("src", meta.src), "source", { presplit: true });
  const T = segment(doc("tgt", meta.tgt), "target", { presplit: true });
  const beads = align(S, T, meta.src, meta.tgt, resources, params).map((b) => [b.source, b.target]);
  const gold = parseBeads(readFileSync(join(dir, "gold", `${name}.align`), "utf8"));
  let test = beads;
  if (existsSync(join(dir, "units"))) {
    const u = (side) => readFileSync(join(dir, "units", side, name), "utf8").split(/\r?\n/);
    test = mergeByUnits(beads, u("src"), u("tgt"));
  }
  pairs.push({ name, gold, test });
}
const ms = performance.now() - t0;
const line = (label, r) =>
  `${label.padEnd(12)} exact P ${r.exact.precision.toFixed(3)} R ${r.exact.recall.toFixed(3)} F1 ${r.exact.f1.toFixed(3)}  strict F1 ${r.strict.f1.toFixed(3)}  null P ${r.null.precision.toFixed(3)} R ${r.null.recall.toFixed(3)} (${r.null.found}/${r.null.goldSentences}, ${r.null.testSentences} flagged)`;
if (!quiet) for (const p of pairs) console.log(line(p.name, score([p])));
const tuning = pairs.filter((p) => p.name !== holdout);
if (pairs.length > 1 && tuning.length < pairs.length) {
  console.log(line("tuning", score(tuning)));
  console.log(line(`held-out ${holdout}`, score(pairs.filter((p) => p.name === holdout))));
}
console.log(line(`all (${pairs.length})`, score(pairs)));
console.log(`${meta.src}→${meta.tgt}, aligned in ${ms.toFixed(0)} ms, words by ${resources.words.name}${noDict ? " (no dictionary)" : ""}${Object.keys(params).length ? ` params ${JSON.stringify(params)}` : ""}`);
