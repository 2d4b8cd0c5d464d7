#!/usr/bin/env node
// Measures the QA rules on errors planted by ../shared/bench/inject.mjs, over several seeds, summed,
// and the findings on the untouched published translations (all false alarms unless the translator
// erred). Usage: npm run bench:qa [-- --seeds 1,2,3,4,5] [--sets mac-dev,aca,political,news]
// political (zh→en, a provincial report) and news (en→zh, a typhoon report) are short documents written
// for tandem (fixtures/bench/): held-out checks on the genres the issue names, not used for tuning.
// mac-dev gets --per-doc 3 with aca's English as foreign additions, aca --per-doc 10 with mac-dev's
// Chinese (additions must be in the target language).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bench = join(root, "..", "shared", "bench");
const args = process.argv.slice(2);
const flag = (name, d) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : d; };
const seeds = flag("--seeds", "1,2,3,4,5").split(",").map(Number);
const sets = flag("--sets", "mac-dev,aca,political,news").split(",");
const plan = {
  "mac-dev": { perDoc: 3, foreign: join(bench, "data", "aca", "src", "001"), dir: join(bench, "data", "mac-dev") },
  aca: { perDoc: 10, foreign: join(bench, "data", "mac-dev", "src", "001"), dir: join(bench, "data", "aca") },
  political: { perDoc: 3, foreign: join(bench, "data", "aca", "src", "001"), dir: join(root, "fixtures", "bench", "political") },
  news: { perDoc: 3, foreign: join(bench, "data", "mac-dev", "src", "002"), dir: join(root, "fixtures", "bench", "news") },
};
const RULES = ["untranslated", "number-mismatch", "omission", "addition", "partial-omission"];
const work = mkdtempSync(join(tmpdir(), "tandem-qa-"));
const node = process.execPath;
const cli = join(root, "bin", "tandem.js");

/** Runs the CLI on each document of a set folder, writing NNN.json reports into out. */
function checkAll(dir, out) {
  const meta = JSON.parse(readFileSync(join(dir, "meta.json"), "utf8"));
  mkdirSync(out, { recursive: true });
  for (const n of readdirSync(join(dir, "src")).sort()) {
    let json;
    try {
      json = execFileSync(node, [cli, "check", join(dir, "src", n), join(dir, "tgt", n), "--presplit", "--from", meta.src, "--to", meta.tgt, "--format", "json"], { encoding: "utf8", maxBuffer: 1 << 28, stdio: ["ignore", "pipe", "ignore"] });
    } catch (e) {
      if (e.status !== 1) throw e;
      json = e.stdout;
    }
    writeFileSync(join(out, `${n}.json`), json);
  }
  return meta;
}

try {
  console.log(`seeds ${seeds.join(", ")}; recall over planted errors, false alarms per 1,000 source sentences`);
  for (const set of sets) {
    const total = Object.fromEntries(RULES.map((r) => [r, { planted: 0, found: 0, wrong: 0 }]));
    let sentences = 0;
    for (const seed of seeds) {
      const inj = join(work, `${set}-${seed}`);
      execFileSync(node, [join(bench, "inject.mjs"), plan[set].dir, inj, "--seed", String(seed), "--per-doc", String(plan[set].perDoc), "--foreign", plan[set].foreign], { stdio: "ignore" });
      const reports = join(work, `${set}-${seed}-out`);
      checkAll(inj, reports);
      const r = JSON.parse(execFileSync(node, [join(bench, "score-qa.mjs"), inj, reports, "--json"], { encoding: "utf8" }));
      sentences += r.sourceSentences;
      for (const rule of RULES) {
        total[rule].planted += r.rules[rule].planted;
        total[rule].found += r.rules[rule].found;
        total[rule].wrong += r.rules[rule].wrong;
      }
    }
    // The published translation, untouched: every finding of these rules is a false alarm or the translator's own slip.
    const clean = join(work, `${set}-clean-out`);
    const dir = plan[set].dir;
    checkAll(dir, clean);
    const counts = Object.fromEntries(RULES.map((r) => [r, 0]));
    const other = {};
    let cleanSentences = 0;
    for (const n of readdirSync(join(dir, "src"))) {
      cleanSentences += readFileSync(join(dir, "src", n), "utf8").replace(/\n$/, "").split("\n").length;
      for (const f of JSON.parse(readFileSync(join(clean, `${n}.json`), "utf8")).findings) {
        if (f.rule in counts) counts[f.rule]++;
        else other[f.rule] = (other[f.rule] ?? 0) + 1;
      }
    }
    console.log(`\n${set}: ${sentences} source sentences injected over ${seeds.length} seeds; ${cleanSentences} published`);
    console.log("rule              recall            false alarms (injected)   findings on published text");
    for (const rule of RULES) {
      const t = total[rule];
      const rec = t.planted ? (t.found / t.planted).toFixed(2) : "–";
      console.log(`${rule.padEnd(17)} ${`${rec} (${t.found}/${t.planted})`.padEnd(17)} ${((1000 * t.wrong) / sentences).toFixed(1).padEnd(25)} ${((1000 * counts[rule]) / cleanSentences).toFixed(1)}`);
    }
    for (const [rule, c] of Object.entries(other).sort()) console.log(`${rule.padEnd(17)} ${"".padEnd(17)} ${"".padEnd(25)} ${((1000 * c) / cleanSentences).toFixed(1)}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
