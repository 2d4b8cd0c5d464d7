#!/usr/bin/env node
// Speed and memory of whole tandem processes, each figure beside its target (issue 7).
// Usage: npm run bench:speed [-- --runs N] [--only seed,bible,scale,batch] [--max 100000]
// Wall time is the median of N runs of the whole process (cold start to exit); peak memory is the
// maximum resident set size reported by /usr/bin/time (when present).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = join(root, "bin", "tandem.js");
const args = process.argv.slice(2);
const opt = (name, d) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : d;
};
const runs = Number(opt("--runs", "5"));
const only = new Set(opt("--only", "seed,bible,scale,batch").split(","));
const maxSize = Number(opt("--max", "100000"));
const shared = join(root, "..", "shared", "bench", "data");
const haveTime = existsSync("/usr/bin/time");

function run(argv, env = {}) {
  const cmd = haveTime ? "/usr/bin/time" : process.execPath;
  const full = haveTime ? ["-f", "%M", process.execPath, bin, ...argv] : [bin, ...argv];
  const t0 = performance.now();
  const r = spawnSync(cmd, full, { encoding: "utf8", maxBuffer: 1 << 30, env: { ...process.env, NO_COLOR: "1", ...env } });
  const ms = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`tandem ${argv.join(" ")} exited ${r.status}: ${r.stderr.slice(-500)}`);
  const rssKb = haveTime ? Number(/(\d+)\s*$/.exec(r.stderr.trim())?.[1] ?? NaN) : NaN;
  return { ms, mb: rssKb / 1024 };
}

function measure(argv, n = runs) {
  const all = [];
  for (let k = 0; k < n; k++) all.push(run(argv));
  const ms = all.map((x) => x.ms).sort((a, b) => a - b);
  return { ms: ms[Math.floor(ms.length / 2)], mb: Math.max(...all.map((x) => x.mb)) };
}

const rows = [];
function report(what, got, target, unit, higherIsBetter = false) {
  const ok = higherIsBetter ? got >= target : got <= target;
  rows.push({ what, got, target, unit, ok });
  const digits = unit === "s" || unit === "×" ? 2 : 0;
  console.log(`${what.padEnd(52)} ${got.toFixed(digits).padStart(8)} ${unit}   target ${higherIsBetter ? "≥" : "≤"} ${target} ${unit}   ${ok ? "ok" : "MISSED"}`);
}

console.log(`node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? "?"}), ${runs} runs each, median wall time\n`);

if (only.has("seed")) {
  run(["check", join(root, "fixtures", "seed.txt"), "--format", "json"]); // warm the file cache
  const r = measure(["check", join(root, "fixtures", "seed.txt"), "--format", "json"], Math.max(runs, 7));
  report("check fixtures/seed.txt, cold start to exit", r.ms, 250, "ms");
  report("  peak memory", r.mb, 250, "MB");
}

if (only.has("bible") && existsSync(join(shared, "bible"))) {
  const r = measure(["align", join(shared, "bible", "src", "001"), join(shared, "bible", "tgt", "001"), "--presplit", "--from", "en", "--to", "zh", "--format", "beads"]);
  report("align bible 5,000 × 6,301 --presplit", r.ms / 1000, 0.8, "s");
  report("  peak memory", r.mb, 250, "MB");
}

// Synthetic documents: Chinese–English sentence pairs made from dictionary words (varied, not repeated),
// with some sentences left untranslated and some added, one sentence a line.
function synthetic(n, seed = 7) {
  let s = seed;
  const rand = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  const tsv = readFileSync(join(root, "dist", "data", "cedict-gloss.utf16"), "utf16le").split("\n");
  const vocab = [];
  for (const line of tsv) {
    const [w, stems] = line.split("\t");
    if (!w || !stems || !/^[\u4e00-\u9fff]{2,3}$/.test(w)) continue;
    const g = stems.split(" ").filter((x) => x.length > 3);
    if (g.length) vocab.push([w, g[0]]);
    if (vocab.length >= 20000) break;
  }
  const zh = [];
  const en = [];
  for (let i = 0; i < n; i++) {
    const k = 3 + Math.floor(rand() * 10);
    const words = Array.from({ length: k }, () => vocab[Math.floor(rand() * vocab.length)]);
    const z = words.map((w) => w[0]).join("") + "。";
    const e = words.map((w) => w[1]).join(" ") + ".";
    const r = rand();
    if (r < 0.01) zh.push(z); // omission
    else if (r < 0.02) (zh.push(z), en.push(e), en.push(vocab[Math.floor(rand() * vocab.length)][1] + " was added here by the translator.")); // addition
    else if (r < 0.3) {
      // a 1-2 split
      const h = Math.ceil(words.length / 2);
      zh.push(z);
      en.push(words.slice(0, h).map((w) => w[1]).join(" ") + ".");
      en.push(words.slice(h).map((w) => w[1]).join(" ") + ".");
    } else (zh.push(z), en.push(e));
  }
  return { zh: zh.join("\n") + "\n", en: en.join("\n") + "\n", m: en.length };
}

if (only.has("scale")) {
  const dir = mkdtempSync(join(tmpdir(), "tandem-scale-"));
  console.log("");
  const table = [];
  for (const n of [12500, 25000, 50000, 100000].filter((x) => x <= maxSize)) {
    const doc = synthetic(n);
    writeFileSync(join(dir, "zh.txt"), doc.zh);
    writeFileSync(join(dir, "en.txt"), doc.en);
    const r = measure(["align", join(dir, "zh.txt"), join(dir, "en.txt"), "--presplit", "--from", "zh", "--to", "en", "--format", "beads"], 1);
    table.push({ n, m: doc.m, ...r });
    console.log(`  synthetic ${String(n).padStart(6)} × ${String(doc.m).padStart(6)}: ${(r.ms / 1000).toFixed(2).padStart(6)} s, ${r.mb.toFixed(0).padStart(5)} MB, ${((r.ms / n) * 1000).toFixed(0)} µs a sentence`);
  }
  const last = table[table.length - 1];
  if (last?.n === 100000) {
    report("align synthetic 100,000 × ~130,000 --presplit", last.ms / 1000, 15, "s");
    report("  peak memory", last.mb, 1024, "MB");
  }
  if (table.length >= 2) {
    const a = table[0];
    const b = table[table.length - 1];
    const exponent = Math.log(b.ms / a.ms) / Math.log(b.n / a.n);
    console.log(`  growth: time ∝ n^${exponent.toFixed(2)} (1 = linear, 2 = quadratic)`);
  }
  rmSync(dir, { recursive: true, force: true });
}

if (only.has("batch")) {
  const dir = mkdtempSync(join(tmpdir(), "tandem-batch-"));
  mkdirSync(join(dir, "zh"));
  mkdirSync(join(dir, "en"));
  for (let k = 0; k < 200; k++) {
    const doc = synthetic(60 + (k % 40), 100 + k);
    const name = `doc${String(k).padStart(3, "0")}.txt`;
    writeFileSync(join(dir, "zh", name), doc.zh);
    writeFileSync(join(dir, "en", name), doc.en);
  }
  const argv = ["check", join(dir, "zh"), join(dir, "en"), "--from", "zh", "--to", "en", "--presplit", "--format", "json"];
  const one = measure([...argv, "--jobs", "1"], Math.min(runs, 3));
  const all = measure([...argv], Math.min(runs, 3));
  console.log(`\n  batch of 200 pairs: 1 worker ${(one.ms / 1000).toFixed(2)} s, all ${cpus().length} cores ${(all.ms / 1000).toFixed(2)} s`);
  report("batch 200 pairs: speed-up of all cores over one", one.ms / all.ms, 1.7, "×", true);
  // No copy of every pair's indexes may outlive its check: memory stays that of a few pairs.
  report("  peak memory, one worker", one.mb, 1000, "MB");
  report("  peak memory, all cores", all.mb, 1000, "MB");
  rmSync(dir, { recursive: true, force: true });
}

const missed = rows.filter((r) => !r.ok).length;
console.log(`\n${rows.length - missed} of ${rows.length} figures within target`);
