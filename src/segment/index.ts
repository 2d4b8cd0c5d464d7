// Documents → sentences, with offsets into the original text and line/column positions.

import type { Document, Lang, Sentence, SentenceKind, Side } from "../model/types.js";
import { splitChinese } from "./chinese.js";
import { splitEnglish } from "./english.js";
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
  const re = /\r\n|\r|\n/g;
  let from = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    spans.push([from, m.index]);
    from = m.index + m[0].length;
  }
  if (from < text.length) spans.push([from, text.length]);
  return spans;
}

export function segment(doc: Document, side: Side, options: SegmentOptions = {}): Sentence[] {
  const lines = new LineIndex(doc.text, doc.baseLine);
  const out: Sentence[] = [];
  const push = (start: number, end: number, forceBlank = false): void => {
    const text = doc.text.slice(start, end);
    out.push({
      side,
      index: out.length,
      text,
      start,
      end,
      startPos: lines.position(start),
      endPos: lines.position(end),
      kind: forceBlank ? "blank" : sentenceKind(text),
    });
  };
  for (const [a, b] of lineSpans(doc.text)) {
    const line = doc.text.slice(a, b);
    if (options.presplit) {
      let s = a;
      let e = b;
      while (s < e && /\s/.test(doc.text[s]!)) s++;
      while (e > s && /\s/.test(doc.text[e - 1]!)) e--;
      if (s === e) push(a, a, true);
      else push(s, e);
      continue;
    }
    if (line.trim() === "") continue;
    for (const [s, e] of splitParagraph(line, doc.lang)) push(a + s, a + e);
  }
  return out;
}
