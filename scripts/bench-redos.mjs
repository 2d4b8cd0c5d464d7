#!/usr/bin/env node
// Measures that segmentation, reading and checking take time linear in the length of adversarial text
// (long runs of dots, digits, spaces, quotes, markup): each stage runs on 25, 50, 100 and 200 kB (best of
// three), and the growth exponent log2(t(200 kB) / t(25 kB)) / 3 is reported: 1 is linear, 2 quadratic.
// Over 1.4 with at least 100 ms at 200 kB is flagged as super-linear, and over 40 ms per kB at any size
// as slow. Run it on an idle machine; needs
// `npm run build` first. Exit 1 when anything is flagged.
//
// usage: node scripts/bench-redos.mjs [--quick]

const D = new URL("../dist/", import.meta.url).href;
const { segment } = await import(D + "segment/index.js");
const { foldForMatching } = await import(D + "segment/normalize.js");
const { readMarkdown } = await import(D + "io/markdown.js");
const { readTsv } = await import(D + "io/tsv.js");
const { parseXml, validateXml } = await import(D + "io/xml.js");
const { detectLanguage } = await import(D + "io/language.js");
const { chineseNumbers, englishNumbers } = await import(D + "align/numbers.js");
const { contentStems } = await import(D + "align/stem.js");
const { check } = await import(D + "pipeline.js");
const { loadDictionary } = await import(D + "io/dictionary-file.js");
const { wordSegmenter } = await import(D + "segment/words.js");

const quick = process.argv.includes("--quick");
// More than this per kB of input at any size is flagged too (200 kB in 8 s).
const SLOW_MS_PER_KB = 40;
const RUNS = [".", "1", " ", '"', "。", "…", "“", "《", "(", "a.", "A. ", "Mr. ", ". . ", "1,", "$1,", "mid-1", "A1 ", "１", "<<", "\t", "*", "_", "[", "](", "- ", "|", "&amp;", "<", "http://a", "a@", "www.", "\u0301", "三千", "近1成", "1分1秒1", "1:11.1 ", "+1 1 ", "下午4点", "1 1/2 ", "A-1 ", "I. A", "key words"];
const SIZES = quick ? [50_000, 100_000] : [25_000, 50_000, 100_000, 200_000];
const resources = { dictionary: loadDictionary(), words: wordSegmenter("jieba") };
const fill = (run, n) => run.repeat(Math.ceil(n / run.length)).slice(0, n);
const doc = (text, lang, extra = {}) => ({ path: "adversarial", lang, text, baseOffset: 0, baseLine: 1, ...extra });
const wrap = (t) => t.replace(/[^]{5000}/g, "$&\n");
const attempt = (f) => {
  try {
    f();
  } catch (e) {
    if (e?.name !== "InputError") throw e;
  }
};

const STAGES = {
  "fold": (zh) => foldForMatching(zh),
  "segment zh": (zh) => segment(doc(zh, "zh"), "source"),
  "segment en": (_zh, en) => segment(doc(en, "en"), "target"),
  "markdown": (zh) => {
    const md = readMarkdown(zh);
    segment(doc(zh, "zh", { view: md.view, blocks: md.blocks }), "source");
  },
  "tsv": (zh, en) => attempt(() => readTsv(`${zh}\t${en}\n`, "x.tsv")),
  "xml": (zh) => {
    const xml = `<a>${zh.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</a>`;
    validateXml(xml, "x", "XML");
    parseXml(xml, "x");
  },
  "language+numbers": (zh, en) => (detectLanguage(en), chineseNumbers(zh), englishNumbers(en), contentStems(en)),
  "check (5 kB lines)": (zh, en) => check(doc(wrap(zh), "zh"), doc(wrap(en), "en"), resources),
  // English as the source too, its figures gone from the translation: some checks read only the
  // source side's clauses (partial-omission's phrases of a lost number).
  "check en→zh, figures lost": (zh, en) => check(doc(wrap(en), "en"), doc(wrap(zh.replace(/\d/g, "")), "zh"), resources),
};

function time(f) {
  const start = performance.now();
  f();
  return performance.now() - start;
}

let flagged = 0;
const rows = [];
for (const run of RUNS) {
  for (const [stage, f] of Object.entries(STAGES)) {
    const times = SIZES.map((n) => {
      const zh = "开始" + fill(run, n) + "结束。";
      const en = "Start " + fill(run, n) + " end.";
      return Math.min(time(() => f(zh, en)), time(() => f(zh, en)), time(() => f(zh, en)));
    });
    const last = times[times.length - 1];
    const first = times[0];
    const exponent = Math.log2(Math.max(last, 1) / Math.max(first, 1)) / Math.log2(SIZES[SIZES.length - 1] / SIZES[0]);
    const superLinear = exponent > 1.4 && last > 100;
    // Slow at any size, whatever the growth: 25 kB of "mid-1" once took 17 s and 200 kB 0.7 s, an
    // exponent below 0 (a bead of thousands of words a side, which longer lines split).
    const slow = SIZES.some((n, k) => times[k] > (SLOW_MS_PER_KB * n) / 1000);
    if (superLinear || slow) flagged++;
    rows.push({ run: JSON.stringify(run), stage, ms: times.map((t) => t.toFixed(1)).join(" / "), exponent: exponent.toFixed(2), flag: superLinear ? "SUPER-LINEAR" : slow ? "SLOW" : "" });
  }
}
const widths = ["run", "stage", "ms", "exponent"].map((k) => Math.max(k.length, ...rows.map((r) => r[k].length)));
console.log(`sizes: ${SIZES.map((n) => `${n / 1000} kB`).join(" / ")}`);
console.log(["run", "stage", "ms", "exponent"].map((k, i) => k.padEnd(widths[i])).join("  "));
for (const r of rows) if (r.flag || !process.argv.includes("--flagged")) console.log([r.run, r.stage, r.ms, r.exponent].map((v, i) => v.padEnd(widths[i])).join("  ") + (r.flag ? `  ${r.flag}` : ""));
console.log(`${rows.length} stage × run measurements, ${flagged} super-linear or slow`);
process.exitCode = flagged ? 1 : 0;
