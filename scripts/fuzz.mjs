#!/usr/bin/env node
// Fuzzing `tandem check`: random bytes and random structured documents (text pairs, bilingual files,
// Markdown, TSV, TMX, XLIFF, each sometimes mangled) for a given number of seconds. Reports every crash
// (an internal error, a signal, an exit code other than 0, 1 or 2, a stack trace or several lines on
// stderr with exit 2), every hang (over 10 s for an input of up to 100 kB) and every exit other than 2 on
// garbage (random bytes). Not part of CI: `npm run fuzz -- 600` runs it for ten minutes.
//
// usage: node scripts/fuzz.mjs [SECONDS=60] [--seed N] [--jobs N] [--keep DIR] [--fast]
//
// Each input runs as its own `tandem check` process; --fast instead keeps one worker process per job that
// calls the CLI's main() again and again (several times as many inputs; a hang or crash still kills only
// that worker, which is started anew).

import { fork, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir, availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const args = process.argv.slice(2);
if (args[0] === "--worker") await worker();
const fast = args.includes("--fast") && (args.splice(args.indexOf("--fast"), 1), true);
const flag = (name, fallback) => {
  const k = args.indexOf(name);
  return k >= 0 ? args.splice(k, 2)[1] : fallback;
};
let seed = Number(flag("--seed", Date.now() % 2 ** 31));
const jobs = Number(flag("--jobs", Math.max(1, availableParallelism())));
const keep = flag("--keep", join(process.cwd(), "fuzz-failures"));
const seconds = Number(args[0] ?? 60);
const BIN = fileURLToPath(new URL("../bin/tandem.js", import.meta.url));
const HANG_MS = 10_000;

// A small, seedable PRNG (mulberry32), so a failure can be replayed with --seed.
const startSeed = seed;
function rand() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (n) => Math.floor(rand() * n);
const pick = (xs) => xs[int(xs.length)];
const repeat = (n, f) => Array.from({ length: n }, f).join("");

const ZH_WORDS = ["我们", "今天", "北京", "城市", "发展", "人民", "天气", "经济", "报告", "研究", "文化", "历史", "学生", "老师", "政府", "公司", "技术", "市场"];
const EN_WORDS = ["we", "today", "Beijing", "city", "growth", "people", "weather", "economy", "report", "study", "culture", "history", "Mr.", "Dr.", "U.S.", "e.g.", "3.5", "2021", "No.", "etc."];
const ZH_PUNCT = ["。", "！", "？", "……", "，", "；", "：", "“", "”", "《", "》", "（", "）", "、", "."];
const EN_PUNCT = [".", "!", "?", "...", ",", ";", ":", '"', "'", "(", ")", " - ", ". . .", "?!"];
const NUMBERS = ["12", "3.14", "1,000", "２０２１", "三千", "50%", "1990年", "No. 5", "0.5", "七十二"];
const WEIRD = ["\u0301", "\u200b", "\ufeff", "\u3000", "\t", "\r", "\r\n", "\u2028", "&amp;", "<", ">", "<<", "\\", "\ud800", "🙂", "Ａ", "\u0000", "\u001b[31m", "𠀀"];

function zhSentence() {
  const n = 1 + int(rand() < 0.1 ? 200 : 12);
  return repeat(n, () => (rand() < 0.15 ? pick(NUMBERS) : rand() < 0.1 ? pick(ZH_PUNCT) : pick(ZH_WORDS))) + pick(["。", "！", "？", "。”", "……", ""]);
}
function enSentence() {
  const n = 1 + int(rand() < 0.1 ? 150 : 15);
  const s = repeat(n, () => " " + (rand() < 0.15 ? pick(NUMBERS) : rand() < 0.08 ? pick(EN_PUNCT) : pick(EN_WORDS))).trim();
  return s.charAt(0).toUpperCase() + s.slice(1) + pick([".", "!", "?", '."', "...", ""]);
}
function paragraphs(sentence, count) {
  const out = [];
  for (let i = 0; i < count; i++) {
    out.push(repeat(1 + int(4), () => sentence() + (rand() < 0.3 ? " " : "")));
    if (rand() < 0.2) out.push("");
  }
  return out.join(pick(["\n", "\r\n", "\n\n"]));
}
function mangle(text) {
  let t = text;
  const times = int(4);
  for (let i = 0; i < times; i++) {
    const at = int(t.length + 1);
    const what = int(6);
    if (what === 0) t = t.slice(0, at); // truncate
    else if (what === 1) t = t.slice(0, at) + pick(WEIRD) + t.slice(at);
    else if (what === 2) t = t.slice(0, at) + t.slice(at + int(50));
    else if (what === 3) t = t.slice(0, at) + repeat(int(2000), () => pick([".", "1", " ", '"', "《", "(", "<", "&", "#", "*", "-", "|"])) + t.slice(at);
    else if (what === 4) t = t.slice(0, at) + t.slice(int(t.length)); // splice
    else t = t + t.slice(0, int(t.length)); // duplicate
  }
  return t;
}
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
const pairs = (n) => Array.from({ length: n }, () => [rand() < 0.05 ? "" : zhSentence(), rand() < 0.05 ? "" : enSentence()]);

/** A case: files to write and the arguments (file names are relative to the case folder). */
const GENERATORS = {
  garbage() {
    const bytes = Buffer.alloc(1 + int(rand() < 0.2 ? 100_000 : 4000));
    for (let i = 0; i < bytes.length; i++) bytes[i] = int(256);
    return { files: { "a.txt": bytes, "b.txt": Buffer.from(enSentence()) }, args: ["a.txt", "b.txt"], garbage: true };
  },
  textPair() {
    const zh = paragraphs(zhSentence, 1 + int(rand() < 0.1 ? 300 : 20));
    const en = paragraphs(enSentence, 1 + int(rand() < 0.1 ? 300 : 20));
    return { files: { "zh.txt": rand() < 0.3 ? mangle(zh) : zh, "en.txt": rand() < 0.3 ? mangle(en) : en }, args: ["zh.txt", "en.txt", ...(rand() < 0.2 ? ["--presplit"] : [])] };
  },
  bilingual() {
    const zh = paragraphs(zhSentence, 1 + int(10));
    const en = paragraphs(enSentence, 1 + int(10)).split("\n").map((l) => (l ? "<<" + l : l)).join("\n");
    const t = zh + "\n" + en;
    return { files: { "bi.txt": rand() < 0.4 ? mangle(t) : t }, args: ["bi.txt"] };
  },
  markdown() {
    const md = (sentence) => repeat(1 + int(8), () => pick([`# ${sentence()}\n\n`, `- ${sentence()}\n`, `1. ${sentence()}\n`, `${sentence()} **${sentence()}** [x](http://a.b/${int(9)})\n\n`, "```\ncode\n```\n", `| ${sentence()} | ${sentence()} |\n|---|---|\n`, `> ${sentence()}\n\n`]));
    return { files: { "zh.md": rand() < 0.3 ? mangle(md(zhSentence)) : md(zhSentence), "en.md": md(enSentence) }, args: ["zh.md", "en.md"] };
  },
  tsv() {
    const t = pairs(1 + int(60)).map(([a, b]) => `${a}\t${b}`).join("\n") + "\n";
    return { files: { "p.tsv": rand() < 0.4 ? mangle(t) : t }, args: ["p.tsv"] };
  },
  tmx() {
    const tus = pairs(1 + int(40)).map(([a, b], i) => `<tu tuid="${i}"><tuv xml:lang="zh-CN"><seg>${esc(a)}</seg></tuv><tuv xml:lang="en"><seg>${rand() < 0.2 ? `<ph>&lt;b/&gt;</ph>` : ""}${esc(b)}</seg></tuv></tu>`).join("\n");
    const t = `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="zh-CN" datatype="plaintext"/><body>\n${tus}\n</body></tmx>\n`;
    return { files: { "m.tmx": rand() < 0.5 ? mangle(t) : t }, args: ["m.tmx"] };
  },
  xliff() {
    const v2 = rand() < 0.5;
    const units = pairs(1 + int(30)).map(([a, b], i) =>
      v2
        ? `<unit id="u${i}"><segment id="s1" state="translated"><source>${esc(a)}</source><target>${esc(b)}</target></segment>${rand() < 0.3 ? `<segment id="s2"><source>${esc(zhSentence())}</source></segment>` : ""}</unit>`
        : `<trans-unit id="${i}"><source>${esc(a)}</source><target state="new">${esc(b)}</target><note>n${i}</note></trans-unit>`,
    );
    const t = v2
      ? `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh" trgLang="en"><file id="f">\n${units.join("\n")}\n</file></xliff>`
      : `<xliff version="1.2"><file source-language="zh" target-language="en" datatype="plaintext" original="x"><body>\n${units.join("\n")}\n</body></file></xliff>`;
    return { files: { "x.xlf": rand() < 0.5 ? mangle(t) : t }, args: ["x.xlf"] };
  },
  folders() {
    const files = {};
    const n = 1 + int(4);
    for (let i = 0; i < n; i++) {
      if (rand() < 0.9) files[`zh/f${i}.txt`] = paragraphs(zhSentence, 1 + int(8));
      if (rand() < 0.9) files[`en/${rand() < 0.5 ? `f${i}.txt` : `f${i}.en.txt`}`] = paragraphs(enSentence, 1 + int(8));
    }
    files["zh/.keep"] = "";
    files["en/.keep"] = "";
    return { files, args: ["zh", "en"] };
  },
  deepXml() {
    const depth = 1 + int(3000);
    const t = `<tmx version="1.4"><body><tu><tuv xml:lang="zh"><seg>${"<hi>".repeat(depth)}好。${"</hi>".repeat(rand() < 0.8 ? depth : int(depth))}</seg></tuv></tu></body></tmx>`;
    return { files: { "d.tmx": t }, args: ["d.tmx"] };
  },
  adversarial() {
    const run = pick([".", "1", " ", '"', "。", "…", "《", "(", "a.", "1.", "Mr. ", "<<", "\t", "e.g.", "http://", "a@b.", "*", "_", "[", "]("]);
    const t = "开始" + run.repeat(Math.floor(100_000 / run.length)) + "结束。";
    return { files: { "zh.txt": t, "en.txt": "Start " + run.repeat(Math.floor(50_000 / run.length)) + " end." }, args: ["zh.txt", "en.txt"] };
  },
};
const NAMES = Object.keys(GENERATORS);

/** --fast: a child that runs main() for each case the parent sends, capturing its output. */
async function worker() {
  const { main } = await import(new URL("../dist/cli/main.js", import.meta.url).href);
  process.on("message", async ({ dir, argv }) => {
    process.chdir(dir);
    let stderr = "";
    let stdoutBytes = 0;
    const out = process.stdout.write.bind(process.stdout);
    const err = process.stderr.write.bind(process.stderr);
    process.stdout.write = (chunk) => ((stdoutBytes += Buffer.byteLength(chunk)), true);
    process.stderr.write = (chunk) => ((stderr += chunk), true);
    let code;
    try {
      code = await main(["node", "tandem", ...argv]);
    } catch (e) {
      stderr += `internal error (thrown out of main): ${e?.stack ?? e}`;
      code = -1;
    } finally {
      process.stdout.write = out;
      process.stderr.write = err;
    }
    process.send({ code, stderr, stdoutBytes });
  });
  await new Promise(() => {});
}

let children = [];
function runInWorker(slot, dir, argv) {
  return new Promise((resolveRun) => {
    if (!children[slot]) {
      const started = fork(fileURLToPath(import.meta.url), ["--worker"], { stdio: ["ignore", "ignore", "pipe", "ipc"], env: { ...process.env, NO_COLOR: "1" } });
      started.deadOutput = "";
      started.stderr?.on("data", (d) => (started.deadOutput = (started.deadOutput + d).slice(-2000)));
      children[slot] = started;
    }
    const child = children[slot];
    const started = Date.now();
    const done = (r) => {
      clearTimeout(timer);
      child.removeAllListeners("message");
      child.removeAllListeners("exit");
      resolveRun({ dir, ms: Date.now() - started, argv: [BIN, ...argv], ...r });
    };
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      children[slot] = undefined;
      done({ code: null, signal: "SIGKILL", stderr: "", stdoutBytes: 0 });
    }, HANG_MS);
    child.once("message", (m) => done({ signal: null, ...m }));
    child.once("exit", (code, signal) => {
      children[slot] = undefined;
      done({ code, signal, stderr: `worker died: ${child.deadOutput}`, stdoutBytes: 0 });
    });
    child.send({ dir, argv });
  });
}

/** Writes a case's files, some text files re-encoded as UTF-16 (LE or BE, with or without a BOM). */
function writeCase(dir, c) {
  for (const [name, content] of Object.entries(c.files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    let bytes = typeof content === "string" ? Buffer.from(content) : content;
    if (typeof content === "string" && rand() < 0.1) {
      const le = Buffer.from((rand() < 0.5 ? "\ufeff" : "") + content, "utf16le");
      bytes = rand() < 0.5 ? le : Buffer.from(le).swap16();
    }
    c.files[name] = bytes; // so that a saved failure holds the very bytes that were run
    writeFileSync(path, bytes);
  }
}

function runCase(c, slot) {
  if (fast) {
    const dir = mkdtempSync(join(tmpdir(), "tandem-fuzz-"));
    writeCase(dir, c);
    return runInWorker(slot, dir, ["check", ...c.args, "--format", "json", ...(rand() < 0.5 ? ["--no-dictionary"] : [])]);
  }
  return new Promise((resolveRun) => {
    const dir = mkdtempSync(join(tmpdir(), "tandem-fuzz-"));
    writeCase(dir, c);
    const argv = [BIN, "check", ...c.args, "--format", "json", ...(rand() < 0.5 ? ["--no-dictionary"] : [])];
    const started = Date.now();
    const child = spawn(process.execPath, argv, { cwd: dir, env: { ...process.env, NO_COLOR: "1" }, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    let stdoutBytes = 0;
    child.stdout.on("data", (d) => (stdoutBytes += d.length));
    child.stderr.on("data", (d) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), HANG_MS);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolveRun({ dir, code, signal, stderr, stdoutBytes, ms: Date.now() - started, argv });
    });
  });
}

function judge(c, r) {
  const size = Object.values(c.files).reduce((n, f) => n + Buffer.byteLength(f), 0);
  if (r.signal === "SIGKILL" && r.ms >= HANG_MS) return size <= 200_000 ? `hang (over ${HANG_MS / 1000} s, ${size} bytes)` : undefined;
  if (r.signal) return `killed by ${r.signal}`;
  if (/internal error/.test(r.stderr)) return `crash: ${r.stderr.trim().split("\n")[0]}`;
  if (![0, 1, 2].includes(r.code)) return `exit ${r.code}`;
  if (r.code === 2) {
    const lines = r.stderr.trim().split("\n").filter((l) => !/no file of the same name/.test(l));
    if (lines.length !== 1 || !lines[0].startsWith("tandem: ")) return `exit 2 without one clear line: ${JSON.stringify(r.stderr.slice(0, 300))}`;
    if (/\n\s+at /.test(r.stderr)) return "stack trace without --verbose";
  }
  if (r.code !== 2 && r.stdoutBytes === 0) return "no output on success";
  // A few random bytes can be valid GB18030 text ("P筁"); from 64 bytes on, garbage must be refused.
  if (c.garbage && r.code !== 2 && size - (c.files["b.txt"]?.length ?? 0) >= 64) return `exit ${r.code} on garbage`;
  return undefined;
}

const deadline = Date.now() + seconds * 1000;
const stats = { tried: 0, byKind: {}, exits: {}, failures: 0, slowest: 0 };
const failures = [];
async function fuzzer(slot) {
  while (Date.now() < deadline) {
    const kind = pick(NAMES);
    const caseSeed = seed;
    const c = GENERATORS[kind]();
    const r = await runCase(c, slot);
    stats.tried++;
    stats.byKind[kind] = (stats.byKind[kind] ?? 0) + 1;
    stats.exits[r.code ?? r.signal] = (stats.exits[r.code ?? r.signal] ?? 0) + 1;
    stats.slowest = Math.max(stats.slowest, r.ms);
    const problem = judge(c, r);
    if (problem) {
      stats.failures++;
      const saved = join(keep, `${kind}-${caseSeed}`);
      mkdirSync(saved, { recursive: true });
      writeCase(saved, c);
      writeFileSync(join(saved, "README.txt"), `${problem}\nargs: ${r.argv.slice(1).join(" ")}\nstderr:\n${r.stderr}\n`);
      failures.push(`${kind}: ${problem} (saved in ${saved})`);
      process.stderr.write(`FAIL ${kind}: ${problem}\n`);
    }
    rmSync(r.dir, { recursive: true, force: true });
  }
}
process.stderr.write(`fuzzing tandem check for ${seconds} s with ${jobs} jobs${fast ? " (in-process workers)" : ""}, seed ${startSeed}\n`);
await Promise.all(Array.from({ length: jobs }, (_, slot) => fuzzer(slot)));
for (const child of children) child?.kill();
console.log(JSON.stringify({ seed: startSeed, seconds, ...stats }, null, 2));
for (const f of failures) console.log(f);
console.log(`${stats.tried} inputs tried, ${stats.failures} failures`);
process.exitCode = stats.failures > 0 ? 1 : 0;
