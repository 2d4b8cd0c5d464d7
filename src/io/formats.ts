// Which kind of input a file is: by its extension first, then by its content.

import { isBilingual } from "./bilingual.js";

export type InputFormat = "text" | "bilingual" | "markdown" | "tsv" | "tmx" | "xliff";
export const INPUT_FORMATS: InputFormat[] = ["text", "bilingual", "markdown", "tsv", "tmx", "xliff"];
/** Formats that hold both sides already aligned: no search, the checks run per pair. */
export const ALIGNED_FORMATS: InputFormat[] = ["tsv", "tmx", "xliff"];

const BY_EXTENSION: Record<string, InputFormat> = {
  tmx: "tmx",
  xlf: "xliff",
  xliff: "xliff",
  sdlxliff: "xliff",
  mxliff: "xliff",
  tsv: "tsv",
  tab: "tsv",
  md: "markdown",
  markdown: "markdown",
  mdown: "markdown",
  mkd: "markdown",
};

export function formatByExtension(path: string): InputFormat | undefined {
  const m = /\.([A-Za-z]+)$/.exec(path);
  return m ? BY_EXTENSION[m[1]!.toLowerCase()] : undefined;
}

const MARKDOWN_SIGNS = /^(?: {0,3}#{1,6}[ \t]+\S| {0,3}(?:```|~~~)| {0,3}[-*+][ \t]+\S.*\n {0,3}[-*+][ \t]+\S)|\]\([^()\s]{1,500}\)/m;

export function looksLikeMarkdown(text: string): boolean {
  return MARKDOWN_SIGNS.test(text.slice(0, 65536));
}

/** The format of a file given alone: an aligned file, or a bilingual text (perhaps in Markdown). */
export function detectFormat(path: string, text: string): InputFormat {
  const byExt = formatByExtension(path);
  if (byExt) return byExt;
  const head = text.slice(0, 4096);
  if (/^\s*</.test(head)) {
    if (/<tmx[\s>]/.test(head)) return "tmx";
    if (/<xliff[\s>]/.test(head)) return "xliff";
  }
  if (isBilingual(text)) return looksLikeMarkdown(text) ? "markdown" : "bilingual";
  const lines = head.split(/\r\n|\r|\n/).filter((l) => l.trim() !== "");
  if (lines.length > 0 && lines.filter((l) => l.includes("\t")).length >= Math.max(1, lines.length * 0.8)) return "tsv";
  return looksLikeMarkdown(text) ? "markdown" : "text";
}
