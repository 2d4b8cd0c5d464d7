// Markdown: headings, list items and table cells are blocks (sentences) of their own, paragraphs are
// split into sentences; markup (heading marks, list markers, emphasis, link targets, HTML tags, code
// fences, front matter) is blanked in the view (whole lines with spaces, inline markup with MARKUP), so it is ignored for matching while every offset still
// points into the user's file. A line-by-line reading of the common cases, not a full CommonMark parser.

import type { Block } from "../model/types.js";
import { blankOut } from "./aligned.js";
import { decodeEntitiesSameLength, MARKUP } from "./xml.js";

export interface MarkdownView {
  view: string;
  blocks: Block[];
}

const ATX = /^( {0,3})(#{1,6})(?=\s|$)/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const THEMATIC = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const LIST = /^([ \t]*(?:>[ \t]?)*[ \t]*)([-*+]|\d{1,9}[.)])([ \t]+(?:\[[ xX]\][ \t]+)?|$)/;
const QUOTE = /^[ \t]*(?:>[ \t]?)+/;
const REFERENCE = /^ {0,3}\[[^\]\n]{1,999}\]:[ \t]*\S/;
const TABLE_RULE = /^[ \t]*\|?[ \t]*:?-{1,}:?[ \t]*(?:\|[ \t]*:?-{1,}:?[ \t]*)*\|?[ \t]*$/;
// Inline markup. Quantifiers are bounded so that no pattern rescans a long line from many starts.
const INLINE = [
  /<!--[^]{0,2000}?-->/g, // comments on one line
  /<\/?[A-Za-z][A-Za-z0-9-]{0,30}(?:\s[^<>\n]{0,500})?\/?>/g, // HTML tags
  /<(?:https?|mailto|ftp):[^<>\s]{1,2000}>/g, // autolinks
  /\]\([^()\s]{0,2000}(?:[ \t]+"[^"\n]{0,500}")?\)/g, // link and image targets
  /\]\[[^\]\n]{0,200}\]/g, // reference links
  /!?\[/g, // link and image openers
  /\\(?=[!-/:-@[-`{-~])/g, // backslash escapes
  /\*+|~~|`+/g, // emphasis, strikethrough, code spans
  /(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, // underscores at word edges, not snake_case
];

function blank(s: string): string {
  return blankOut(s);
}

/** Inline markup inside a sentence becomes MARKUP (not white space), keeping the line's length. */
function inline(line: string): string {
  let out = decodeEntitiesSameLength(line);
  for (const re of INLINE) out = out.replace(re, (m) => blankOut(m, MARKUP));
  return out;
}

export function readMarkdown(text: string): MarkdownView {
  const lines: Array<[number, number, number]> = []; // start, end (without line end), next line start
  const re = /\r\n|\r|\n/g;
  let from = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    lines.push([from, m.index, m.index + m[0].length]);
    from = m.index + m[0].length;
  }
  if (from < text.length) lines.push([from, text.length, text.length]);

  const parts: string[] = [];
  const blocks: Block[] = [];
  let paragraph: Block | undefined;
  const close = (): void => {
    if (paragraph) blocks.push(paragraph);
    paragraph = undefined;
  };
  let fence: string | undefined;
  let comment = false;
  let k = 0;
  // Front matter: a first line "---" up to the next "---" or "...".
  if (lines.length > 1 && text.slice(lines[0]![0], lines[0]![1]) === "---") {
    const endAt = lines.findIndex(([a, b], i) => i > 0 && /^(---|\.\.\.)$/.test(text.slice(a, b)));
    if (endAt > 0) {
      parts.push(blank(text.slice(0, lines[endAt]![2])));
      k = endAt + 1;
    }
  }
  for (; k < lines.length; k++) {
    const [a, b, next] = lines[k]!;
    const line = text.slice(a, b);
    const eol = text.slice(b, next);
    const emit = (v: string): void => void parts.push(v, eol);
    if (fence !== undefined) {
      const m = FENCE.exec(line);
      if (m && m[1]![0] === fence[0] && m[1]!.length >= fence.length && line.trim() === m[1]) fence = undefined;
      emit(blank(line));
      continue;
    }
    if (comment) {
      if (line.includes("-->")) comment = false;
      emit(blank(line));
      continue;
    }
    if (/^\s*<!--/.test(line) && !line.includes("-->")) {
      close();
      comment = true;
      emit(blank(line));
      continue;
    }
    const f = FENCE.exec(line);
    if (f) {
      close();
      fence = f[1]!;
      emit(blank(line));
      continue;
    }
    if (line.trim() === "") {
      close();
      emit(line);
      continue;
    }
    const h = ATX.exec(line);
    if (h) {
      close();
      // The closing sequence of #s, if any, is markup too.
      const body = line.slice(h[0].length).replace(/[ \t]+#+[ \t]*$/, (m) => blank(m));
      emit(blank(h[0]) + inline(body));
      blocks.push({ start: a, end: b, split: false, kind: "heading" });
      continue;
    }
    if (paragraph && SETEXT.test(line) && paragraph.kind === undefined) {
      paragraph = { ...paragraph, split: false, kind: "heading" };
      close();
      emit(blank(line));
      continue;
    }
    if (THEMATIC.test(line) || REFERENCE.test(line) || TABLE_RULE.test(line) && line.includes("-") && line.includes("|")) {
      close();
      emit(blank(line));
      continue;
    }
    if (/^[ \t]*\|/.test(line)) {
      close();
      // A table row: each cell a block.
      const v = inline(line).replace(/\|/g, " ");
      emit(v);
      let cell = a;
      for (let i = 0; i <= line.length; i++) {
        if (i === line.length || line[i] === "|") {
          if (a + i > cell) blocks.push({ start: cell, end: a + i, split: true });
          cell = a + i + 1;
        }
      }
      continue;
    }
    const l = LIST.exec(line);
    if (l) {
      close();
      emit(blank(l[0]) + inline(line.slice(l[0].length)));
      paragraph = { start: a + l[0].length, end: b, split: true };
      continue;
    }
    const q = QUOTE.exec(line);
    const body = q ? blank(q[0]) + inline(line.slice(q[0].length)) : inline(line);
    emit(body);
    if (paragraph) paragraph.end = b;
    else paragraph = { start: a, end: b, split: true };
  }
  close();
  return { view: parts.join(""), blocks };
}
