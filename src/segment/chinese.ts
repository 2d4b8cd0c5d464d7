// Chinese sentence boundaries: 。！？ and ……, ASCII ? and !, a "." right after a Han character;
// closing quotes and brackets stay with their sentence; no boundary inside 《》 or brackets.

import { spansFromCuts } from "./english.js";

const HAN = /\p{Script=Han}/u;
const TERMINALS = "。！？!?…｡";
const CLOSERS = "”’」』）)》〉】〕]\"'";
const OPEN_NEST = "《〈（(【〔[";
const CLOSE_NEST = "》〉）)】〕]";

export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && HAN.test(ch);
}

/** Sentence spans [start, end) of one paragraph of Chinese, trimmed of white space. */
export function splitChinese(text: string): Array<[number, number]> {
  const cuts: number[] = [];
  let depth = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const ch = text[i]!;
    if (OPEN_NEST.includes(ch)) {
      depth++;
      i++;
      continue;
    }
    if (CLOSE_NEST.includes(ch)) {
      if (depth > 0) depth--;
      i++;
      // A bracketed sentence of its own, "（注：见下。）", ends where its bracket closes.
      if (depth === 0 && TERMINALS.includes(text[i - 2] ?? "")) cuts.push(i);
      continue;
    }
    const isStop = TERMINALS.includes(ch) || (ch === "." && isHan(text[i - 1]) && !/[0-9.]/.test(text[i + 1] ?? ""));
    if (!isStop) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && (TERMINALS.includes(text[j]!) || text[j] === ".")) j++;
    if (depth > 0) {
      i = j;
      continue;
    }
    // Closing quotes and brackets belong to the sentence they close.
    while (j < n && CLOSERS.includes(text[j]!)) j++;
    cuts.push(j);
    i = j;
  }
  return spansFromCuts(text, cuts);
}
