// Inputs too big or too shapeless to align: refused with one line that says what is wrong.

import { InputError } from "../model/errors.js";

/** Files larger than this are refused before they are read. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
/** A side longer than this takes too long to align. */
export const MAX_CHARS = 16 * 1024 * 1024;
/** A line longer than this is not a paragraph of a document. */
export const MAX_LINE = 1_000_000;
/** Text longer than this with no sentence punctuation cannot be split into sentences. */
export const MIN_UNPUNCTUATED = 100_000;

const SENTENCE_PUNCTUATION = /[.!?。！？…｡;；]/;

function mb(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** Checks a side's text (plain text or Markdown) before segmentation. */
export function checkTextLimits(text: string, file: string, presplit = false): void {
  if (!presplit && text.length > MIN_UNPUNCTUATED && !SENTENCE_PUNCTUATION.test(text)) {
    throw new InputError(file, `has no sentence punctuation in ${text.length.toLocaleString("en")} characters, so it cannot be split into sentences (give --presplit if it holds one sentence a line)`);
  }
  let line = 1;
  let start = 0;
  const tooLong = (end: number): InputError =>
    new InputError(file, `line ${line} is ${mb(end - start)} long (${(end - start).toLocaleString("en")} characters); tandem reads lines of up to ${MAX_LINE.toLocaleString("en")} characters`);
  if (!text.includes("\r")) {
    // Line feeds only, the usual case: indexOf finds them sooner than a loop over every unit.
    for (let i = text.indexOf("\n"); ; i = text.indexOf("\n", start)) {
      const end = i < 0 ? text.length : i;
      if (end - start > MAX_LINE) throw tooLong(end);
      if (i < 0) break;
      line++;
      start = i + 1;
    }
  } else {
    for (let i = 0; i <= text.length; i++) {
      const c = i < text.length ? text.charCodeAt(i) : 10;
      if (c !== 10 && c !== 13) continue;
      if (i - start > MAX_LINE) throw tooLong(i);
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      line++;
      start = i + 1;
    }
  }
  if (text.length > MAX_CHARS) throw new InputError(file, `is too long to align (${text.length.toLocaleString("en")} characters; at most ${MAX_CHARS.toLocaleString("en")})`);
}

export function checkFileSize(bytes: number, file: string): void {
  if (bytes > MAX_FILE_BYTES) throw new InputError(file, `is ${mb(bytes)}; tandem reads files of up to ${mb(MAX_FILE_BYTES)}`);
}

/** A sentence longer than this is text without punctuation, and comparing it costs too much. */
export const MAX_SENTENCE = 20_000;

/** Refuses a side with a sentence too long to align, naming its line. */
export function checkSentenceLengths(sentences: ReadonlyArray<{ start: number; end: number; startPos: { line: number } }>, file: string): void {
  for (const s of sentences) {
    const n = s.end - s.start;
    if (n > MAX_SENTENCE) {
      throw new InputError(file, `line ${s.startPos.line} holds a sentence of ${n.toLocaleString("en")} characters (missing punctuation?); tandem aligns sentences of up to ${MAX_SENTENCE.toLocaleString("en")} characters`);
    }
  }
}
