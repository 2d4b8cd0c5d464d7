// Synthetic results for the formatter tests: tricky text (quotes, ampersands, angle brackets, tabs,
// newlines, emoji, a 4-byte GB18030 character, characters XML 1.0 forbids), built without the pipeline.
import { writeFileSync } from "node:fs";
import type { Bead, Document, Finding, Lang, Range, Result, Sentence, Severity, Side } from "../src/model/types.js";
import { summarize } from "../src/pipeline.js";
import { LineIndex } from "../src/segment/positions.js";

function sentences(doc: Document, side: Side, texts: string[]): Sentence[] {
  const idx = new LineIndex(doc.text, doc.baseLine);
  let from = 0;
  return texts.map((t, index) => {
    const start = doc.text.indexOf(t, from);
    if (start < 0) throw new Error(`sentence not in text: ${t}`);
    from = start + t.length;
    return { side, index, text: t, start, end: from, startPos: idx.position(start), endPos: idx.position(from), kind: "text" };
  });
}

export interface Spec {
  source: { path: string; lang: Lang; text: string; sentences: string[] };
  target: { path: string; lang: Lang; text: string; sentences: string[] };
  beads: Array<[number[], number[], number?]>;
  findings: Array<{ rule: string; severity: Severity; message: string; source?: [number, string?]; target?: [number, string?]; suggestion?: string }>;
}

export function build(spec: Spec): Result {
  const source: Document = { path: spec.source.path, lang: spec.source.lang, text: spec.source.text, baseOffset: 0, baseLine: 1 };
  const target: Document = { path: spec.target.path, lang: spec.target.lang, text: spec.target.text, baseOffset: 0, baseLine: 1 };
  const S = sentences(source, "source", spec.source.sentences);
  const T = sentences(target, "target", spec.target.sentences);
  const beads: Bead[] = spec.beads.map(([s, t, score]) => ({ source: s, target: t, score: score ?? (s.length && t.length ? 0.8 : 0) }));
  const ref = (doc: Document, sents: Sentence[], at: [number, string?] | undefined) => {
    if (!at) return { sentences: [], ranges: [] };
    const s = sents[at[0]]!;
    const idx = new LineIndex(doc.text, doc.baseLine);
    const a = at[1] === undefined ? s.start : doc.text.indexOf(at[1], s.start);
    if (a < 0) throw new Error(`range text not found: ${at[1]}`);
    const b = at[1] === undefined ? s.end : a + at[1].length;
    const range: Range = { start: a, end: b, startPos: idx.position(a), endPos: idx.position(b) };
    return { sentences: [at[0]], ranges: [range] };
  };
  const findings: Finding[] = spec.findings.map((f) => ({
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    source: ref(source, S, f.source),
    target: ref(target, T, f.target),
    ...(f.suggestion ? { suggestion: f.suggestion } : {}),
  }));
  return { source, target, sourceSentences: S, targetSentences: T, beads, findings, summary: summarize(S, T, beads, findings) };
}

const ZH = [
  "他说：“<script>window.__pwned=1</script>”&amp; 价格是5<6>4。",
  "表格\t里有制表符，第二行\n接着写。",
  "生僻字𠀀和表情😀都在，控制符\u0001\u0008也在。",
  "这一句没有译文。",
];
const EN = [
  'He said "<script>window.__pwned=1</script>" &amp; the price is 7<6>4.',
  "The table\thas a tab, the second line\ncontinues.",
  'A rare character 𠀀 and an emoji 😀 " onload="window.__pwned=2" x=\'</textarea>\' \uFFFE end.',
  "Added: 100% of 50,000 items; see a:b, c.",
];

/** zh → en, two files; findings on every tricky spot. */
export function tricky(): Result {
  return build({
    source: { path: "docs/tricky <zh>&.txt", lang: "zh", text: ZH.join("\n") + "\n", sentences: ZH },
    target: { path: "docs/tricky \"en\".txt", lang: "en", text: EN.join("\n") + "\n", sentences: EN },
    beads: [
      [[0], [0], 0.91],
      [[1], [1], 0.77],
      [[2], [2], 0.12],
      [[3], [], 0],
      [[], [3], 0],
    ],
    findings: [
      { rule: "number-mismatch", severity: "warning", message: 'Number 5 in the source is 7 in the translation: "<b>&amp;"', source: [0, "5"], target: [0, "7"], suggestion: "5 < 6" },
      { rule: "omission", severity: "error", message: "Partial omission: 第二行\n接着写", source: [1, "第二行\n接着写"] },
      { rule: "untranslated", severity: "info", message: "Rare character 𠀀 copied as is", source: [2, "𠀀"], target: [2, "𠀀"] },
      { rule: "omission", severity: "error", message: "Chinese sentence 4 has no translation: 这一句没有译文。", source: [3] },
      { rule: "addition", severity: "error", message: "English sentence 4 has no source: Added: 100% of 50,000 items; see a:b, c.", target: [3] },
    ],
  });
}

export const TRICKY_ZH = ZH;
export const TRICKY_EN = EN;

/** A small zh/en pair with a wrong number and an English sentence that has no source, written to `dir`. */
export function writeDemoPair(dir: string): { zh: string; en: string } {
  const zh = `${dir}/demo.zh.txt`;
  const en = `${dir}/demo.en.txt`;
  writeFileSync(zh, "我们今天去北京。\n天气很好，气温是25度。\n会议于2021年3月召开，共有120名代表参加。\n");
  writeFileSync(en, "We go to Beijing today.\nThe weather is fine, the temperature is 52 degrees.\nThe meeting was held in March 2021 with 120 delegates.\nThis sentence was added by the translator and has no source at all.\n");
  return { zh, en };
}

/**
 * One Chinese sentence against seven English ones: beads join at most four sentences on a side, so at
 * least two English sentences stay unaligned (additions, coverage below 1) whatever the aligner decides.
 */
export function writeLopsidedPair(dir: string): { zh: string; en: string } {
  const zh = `${dir}/lopsided.zh.txt`;
  const en = `${dir}/lopsided.en.txt`;
  writeFileSync(zh, "我们今天去北京。\n");
  writeFileSync(
    en,
    [
      "We go to Beijing today.",
      "Penguins cannot fly, but they swim very well.",
      "The recipe needs three eggs and a cup of flour.",
      "Volcanoes on Iceland erupt every few years.",
      "My neighbour repairs old bicycles on Sundays.",
      "Jazz musicians often improvise long solos.",
      "The library closes at nine in the evening.",
    ].join("\n") + "\n",
  );
  return { zh, en };
}
