// The shared types of the pipeline: read → segment → align → check → report.

export type Lang = "zh" | "en";
export type Side = "source" | "target";
export type Severity = "error" | "warning" | "info";

/** A position in a text: 1-based line and column (columns count UTF-16 code units, as editors do). */
export interface Position {
  line: number;
  column: number;
}

/** A range of a text, as offsets (0-based, end exclusive) and as positions. */
export interface Range {
  start: number;
  end: number;
  startPos: Position;
  endPos: Position;
}

/** One input text: what the user gave, decoded, with where it came from. */
export interface Document {
  /** The path the user gave, or a label such as "seed.txt (source part)". */
  path: string;
  lang: Lang;
  /** The whole decoded text that offsets point into. */
  text: string;
  /** Offset of this document's text within the file it was read from (bilingual files). */
  baseOffset: number;
  /** Line number (1-based) in the file of the first character of `text`. */
  baseLine: number;
  /**
   * What segmentation and matching read, when it differs from `text`: the same length, with markup
   * (Markdown, XML tags, the other side of a TSV/TMX/XLIFF file) blanked to spaces, so that every offset
   * into it is an offset into `text`.
   */
  view?: string;
  /** Spans of `text` the reader already knows to be units (pre-aligned segments, Markdown blocks). */
  blocks?: Block[];
}

/** A span of a document found by its reader: one pre-aligned segment, or one Markdown block. */
export interface Block {
  start: number;
  end: number;
  /** Pre-aligned input: the translation unit (pair) it belongs to; blocks of one unit share a bead. */
  unit?: number;
  /** Split into sentences (Markdown paragraphs) or keep whole (pre-aligned segments, headings). */
  split: boolean;
  kind?: SentenceKind;
  meta?: SentenceMeta;
}

/** What an aligned file says about a segment: its id, state and notes (XLIFF, TMX). */
export interface SentenceMeta {
  id?: string;
  state?: string;
  notes?: string[];
}

export type SentenceKind = "text" | "blank" | "keywords" | "heading";

export interface Sentence {
  side: Side;
  index: number;
  /**
   * The sentence as written, trimmed of surrounding white space; always `end - start` long, so offsets
   * into it map to the document. Markup is blanked and full-width letters and digits folded to ASCII
   * (see segment/normalize.ts): the original is `document.text.slice(start, end)`.
   */
  text: string;
  /** Offsets into the document's text, end exclusive. */
  start: number;
  end: number;
  /** 1-based positions in the user's file (after the document's base line). */
  startPos: Position;
  endPos: Position;
  kind: SentenceKind;
  /** Pre-aligned input: the unit (pair) the sentence came in. */
  unit?: number;
  meta?: SentenceMeta;
}

export interface Bead {
  source: number[];
  target: number[];
  /** Similarity of the two sides, 0..1; 0 for a bead with an empty side. */
  score: number;
}

export interface SideRef {
  sentences: number[];
  ranges: Range[];
}

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  source: SideRef;
  target: SideRef;
  suggestion?: string;
}

export interface SideSummary {
  path: string;
  lang: Lang;
  sentences: number;
  aligned: number;
}

export interface Summary {
  beads: number;
  /** Share of source and target sentences (blank lines aside) that are aligned to something. */
  coverage: number;
  findings: Record<Severity, number>;
  byRule: Record<string, number>;
  /** What a baseline (--baseline, --update-baseline) did to the findings; absent without one. */
  baseline?: BaselineSummary;
}

/** A baseline's effect on one result: the findings it hid and its entries that matched nothing. */
export interface BaselineSummary {
  /** The baseline file, as the user named it. */
  file: string;
  /** Known findings not reported. */
  suppressed: number;
  /** Entries that no finding matches any more (fixed, or the sentence was edited): refresh the file. */
  stale: number;
  staleEntries: Array<{ rule: string; fingerprint: string; file?: string; message?: string }>;
}

export interface Result {
  source: Document;
  target: Document;
  sourceSentences: Sentence[];
  targetSentences: Sentence[];
  beads: Bead[];
  findings: Finding[];
  summary: Summary;
}
