// Documents → sentences, with offsets into the original text and line/column positions.

import type { Block, Document, Lang, Sentence, SentenceKind, Side } from "../model/types.js";
import { splitChinese } from "./chinese.js";
import { splitEnglish } from "./english.js";
import { foldForMatching } from "./normalize.js";
import { LineIndex } from "./positions.js";

export interface SegmentOptions {
  /** One sentence a line; blank lines are sentences too, so ids equal line numbers (0-based). */
  presplit?: boolean;
}

const KEYWORDS = /^(?:key\s*words?|index terms|关键词|关键字|關鍵詞|关 键 词)\s*[:：]/i;

export function sentenceKind(text: string): SentenceKind {
  if (text.trim() === "") return "blank";
  if (KEYWORDS.test(text.trim())) return "keywords";
  return "text";
}

/** Splits one paragraph into sentence spans, by language. */
export function splitParagraph(text: string, lang: Lang): Array<[number, number]> {
  return lang === "zh" ? splitChinese(text) : splitEnglish(text);
}

/** Line spans [start, end) of a text, without their line ends. */
export function lineSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let from = 0;
  if (!text.includes("\r")) {
    // Line feeds only, the usual case: indexOf finds them for a tenth of what exec() costs a line.
    for (let nl = text.indexOf("\n"); nl >= 0; nl = text.indexOf("\n", from)) {
      spans.push([from, nl]);
      from = nl + 1;
    }
  } else {
    const re = /\r\n|\r|\n/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      spans.push([from, m.index]);
      from = m.index + m[0].length;
    }
  }
  if (from < text.length) spans.push([from, text.length]);
  return spans;
}

export function segment(doc: Document, side: Side, options: SegmentOptions = {}): Sentence[] {
  const lines = new LineIndex(doc.text, doc.baseLine);
  // Segmentation and matching read the folded view; offsets are the same in the user's text.
  const view = foldForMatching(doc.view ?? doc.text);
  const out: Sentence[] = [];
  // Tuples are read by index and optional fields added after: this runs once a line (10⁴ times for a
  // long presplit document), mostly before it is optimized, where destructuring walks an iterator and a
  // spread copies an object.
  const push = (from: number, to: number, forceBlank = false, block?: Block): void => {
    // Splitters trim white space; markup at a sentence's edge belongs to no sentence either.
    let start = from;
    let end = to;
    if (!forceBlank) {
      const span = trimSpan(view, from, to);
      start = span[0];
      end = span[1];
      if (start === end) return;
    }
    const text = view.slice(start, end);
    const kind = forceBlank ? "blank" : (block?.kind ?? sentenceKind(text));
    const sentence: Sentence = {
      side,
      index: out.length,
      text,
      start,
      end,
      startPos: lines.position(start),
      endPos: lines.position(end),
      kind: kind === "heading" && sentenceKind(text) === "keywords" ? "keywords" : kind,
    };
    if (block?.unit !== undefined) sentence.unit = block.unit;
    if (block?.meta) sentence.meta = block.meta;
    out.push(sentence);
  };
  if (doc.blocks) {
    for (const block of doc.blocks) {
      if (block.split) {
        // A Markdown paragraph may wrap over several lines: split it as one paragraph.
        const [s, e] = trimSpan(view, block.start, block.end);
        if (s === e) continue;
        for (const [a, b] of splitParagraph(view.slice(s, e), doc.lang)) push(s + a, s + b, false, block);
        continue;
      }
      const [s, e] = trimSpan(view, block.start, block.end);
      if (s < e) push(s, e, false, block);
    }
    return out;
  }
  if (!options.presplit) {
    // Plain text: each line a paragraph.
    for (const [a, b] of lineSpans(view)) {
      const line = view.slice(a, b);
      if (line.trim() === "") continue;
      for (const [s, e] of splitParagraph(line, doc.lang)) push(a + s, a + e);
    }
    return out;
  }
  const spans = lineSpans(view);
  for (let k = 0; k < spans.length; k++) {
    const a = spans[k]![0];
    const b = spans[k]![1];
    const trimmed = trimSpan(view, a, b);
    if (trimmed[0] === trimmed[1]) push(a, a, true);
    else push(trimmed[0], trimmed[1]);
  }
  return out;
}

/** White space, and U+200B, which stands for markup in a reader's view (io/xml.ts MARKUP). */
const EDGE = /[\s\u200b]/;

function trimSpan(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && EDGE.test(text[s]!)) s++;
  while (e > s && EDGE.test(text[e - 1]!)) e--;
  return [s, e];
}
