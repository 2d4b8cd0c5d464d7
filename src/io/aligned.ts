// What the readers of already aligned files (TSV, TMX, XLIFF) give: two documents over the same file,
// each with a view that shows only its side, and blocks that say which unit (pair) each segment is in.

import type { Block, Document, Lang, SentenceMeta } from "../model/types.js";

export interface Segment {
  start: number;
  end: number;
}

export interface AlignedUnit {
  source: Segment[];
  target: Segment[];
  meta?: SentenceMeta;
}

export interface AlignedFile {
  format: "tsv" | "tmx" | "xliff";
  /** Languages the file declares, as written (zh-CN, en-US), when it declares them. */
  sourceLang?: string;
  targetLang?: string;
  units: AlignedUnit[];
  sourceView: string;
  targetView: string;
}

/** zh-CN, zh_Hant, ZH → zh; en-GB → en; anything else undefined. */
export function langOfCode(code: string | undefined): Lang | undefined {
  const base = code?.toLowerCase().split(/[-_]/)[0];
  return base === "zh" || base === "cmn" || base === "yue" ? "zh" : base === "en" ? "en" : undefined;
}

export function alignedDocuments(file: string, text: string, aligned: AlignedFile, sourceLang: Lang, targetLang: Lang): { source: Document; target: Document } {
  const blocks = (side: "source" | "target"): Block[] =>
    aligned.units.flatMap((u, unit) => u[side].map((s) => ({ start: s.start, end: s.end, unit, split: false, ...(u.meta ? { meta: u.meta } : {}) })));
  return {
    source: { path: file, lang: sourceLang, text, baseOffset: 0, baseLine: 1, view: aligned.sourceView, blocks: blocks("source") },
    target: { path: file, lang: targetLang, text, baseOffset: 0, baseLine: 1, view: aligned.targetView, blocks: blocks("target") },
  };
}

/** `by` for every character of `s` but line ends: what markup becomes in a view. */
export function blankOut(s: string, by = " "): string {
  return /[\r\n]/.test(s) ? s.replace(/[^\r\n]/g, by) : by.repeat(s.length);
}

/** Spaces for everything but the given spans (line ends kept), so the view has the text's length. */
export function viewOf(text: string, spans: Segment[]): string {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = 0;
  for (const s of sorted) {
    if (s.start < at) continue;
    parts.push(blankOut(text.slice(at, s.start)), text.slice(s.start, s.end));
    at = s.end;
  }
  parts.push(blankOut(text.slice(at)));
  return parts.join("");
}
