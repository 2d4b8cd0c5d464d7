// English sentence boundaries, rule-based.
//
// wink-nlp's sentence splitter passes 29 of the 48 golden rules in ../shared/golden/segmentation and
// costs about 215 ms to load its model; these rules pass 48 of 48 and load in no time (see README).
// The splitter returns offsets into the paragraph it was given, never copies.

import { linkSpans } from "./links.js";

/** Abbreviations after which a capitalised word usually continues the sentence (titles, references). */
const TITLES = new Set([
  "mr", "mrs", "ms", "dr", "prof", "st", "mt", "ft", "sen", "rep", "gov", "gen", "col", "lt", "capt",
  "sgt", "rev", "hon", "fr", "pres", "supt", "messrs", "mme", "mlle", "no", "nos", "fig", "figs",
  "vol", "vols", "ch", "chap", "art", "p", "pp", "vs", "v", "cf", "e.g", "i.e", "viz", "approx", "ca",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "sr", "jr",
  "ave", "blvd", "rd", "eq", "eqs", "sec", "dept", "univ", "assn", "bros", "ed", "eds", "op", "al",
]);

/** Abbreviations that may end a sentence: split only when a usual sentence opener follows. */
const ENDING_ABBREVIATIONS = new Set(["co", "inc", "ltd", "corp", "etc", "llc", "plc", "esq", "jr", "sr", "cie"]);

/** Words that often begin a sentence: after an ambiguous abbreviation, they tip the balance to a split. */
const OPENERS = new Set([
  "i", "it", "he", "she", "we", "they", "you", "the", "a", "an", "this", "that", "these", "those",
  "there", "here", "how", "what", "when", "where", "why", "who", "which", "but", "and", "so", "yet",
  "mr", "mrs", "ms", "dr", "in", "on", "at", "if", "as", "my", "our", "their", "his", "her", "its",
  "your", "then", "however", "also", "after", "before", "for", "one", "some", "many", "most", "all",
  "no", "not", "to", "with", "while", "although", "though", "since", "because", "today", "now",
]);

const CLOSERS = "\"'”’»)]}";
const OPENERS_PUNCT = "\"'“‘«([{";

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
function isLower(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}
function isDigit(ch: string): boolean {
  return ch >= "0" && ch <= "9";
}
/** White space, and U+200B, which stands for markup (an inline tag, "**") in a reader's view. */
function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && (ch === "\u200b" || /\s/.test(ch));
}

/** Spans inside which no sentence ends: URLs and e-mail addresses (their final full stop excluded). */
const protectedSpans = linkSpans;

const LIST_MARKER = /(^|\s)([•⁃▪‣◦*–-]\s*)?(\d{1,3}|[a-z])(\.\)|\)|\.)(?=\s)/g;

/** Starts of list items when a paragraph is an inline list ("1) a 2) b", "a. x b. y"). */
function listItems(text: string): { starts: number[]; markerEnds: number[] } {
  const first = /^\s*([•⁃▪‣◦*–-]\s*)?(\d{1,3}|[a-z])(\.\)|\)|\.)\s/.exec(text);
  if (!first) return { starts: [], markerEnds: [] };
  const bullet = first[1]?.trim() ?? "";
  const style = first[3];
  const value = (s: string): number => (isDigit(s[0]!) ? Number(s) : s.charCodeAt(0) - 96);
  let expected = value(first[2]!) + 1;
  const starts: number[] = [];
  const markerEnds = [first.index + first[0].length - 1];
  LIST_MARKER.lastIndex = 0;
  for (let m = LIST_MARKER.exec(text); m; m = LIST_MARKER.exec(text)) {
    const at = m.index + m[1]!.length;
    if (at <= first.index + first[0].length - 1) continue;
    if ((m[2]?.trim() ?? "") !== bullet || m[4] !== style) continue;
    if (value(m[3]!) !== expected) continue;
    starts.push(at);
    markerEnds.push(m.index + m[0].length);
    expected++;
  }
  return { starts, markerEnds };
}

/** The word just before position `end` (exclusive), back to white space or an opening bracket/quote. */
function wordBefore(text: string, end: number): { word: string; start: number } {
  let s = end;
  while (s > 0 && !isSpace(text[s - 1]) && !OPENERS_PUNCT.includes(text[s - 1]!)) s--;
  return { word: text.slice(s, end), start: s };
}

function firstLetterAfter(text: string, at: number): { ch: string; word: string } {
  let i = at;
  while (i < text.length && OPENERS_PUNCT.includes(text[i]!)) i++;
  const m = /^[\p{L}\p{N}]+/u.exec(text.slice(i, i + 40));
  return { ch: text[i] ?? "", word: m ? m[0] : "" };
}

/**
 * Decides whether a full stop ending `word` (the word without its final stop) ends a sentence, given
 * that the next word starts with a capital letter.
 */
function periodEndsSentence(word: string, prevWord: string, next: string): boolean {
  const lower = word.toLowerCase();
  const bare = lower.replace(/^[^\p{L}\p{N}]+/u, "");
  if (/^[a-z](\.[a-z])+$/i.test(bare)) {
    // Multi-period abbreviations: lower-case ones (a.m., e.g.) continue; capitals (U.S.) end a sentence
    // only before a usual opener ("in the U.S. How about you?" against "the U.S. Government").
    if (word === lower) return false;
    return OPENERS.has(next.toLowerCase());
  }
  if (/^\p{Lu}$/u.test(bare.toUpperCase()) && /^\p{Lu}$/u.test(word.replace(/^[^\p{L}]+/u, ""))) {
    // A single capital: an initial after a capitalised name ("Albert I. Jones"), else a word ("you and I.").
    return !/^\p{Lu}/u.test(prevWord);
  }
  if (TITLES.has(bare) && !ENDING_ABBREVIATIONS.has(bare)) return false;
  if (ENDING_ABBREVIATIONS.has(bare)) return OPENERS.has(next.toLowerCase());
  return true;
}

/** Sentence spans [start, end) of one paragraph of English, trimmed of white space. */
export function splitEnglish(text: string): Array<[number, number]> {
  const cuts = new Set<number>();
  const protect = protectedSpans(text);
  // Clusters are visited left to right, so one pointer walks the sorted spans: linear, not spans × clusters.
  let p = 0;
  const inProtected = (i: number): boolean => {
    while (p < protect.length && protect[p]![1] <= i) p++;
    for (let k = p; k < protect.length && protect[k]![0] <= i; k++) if (i < protect[k]![1]) return true;
    return false;
  };
  const list = listItems(text);
  for (const at of list.starts) cuts.add(at);
  const markerEnds = new Set(list.markerEnds);

  const n = text.length;
  let i = 0;
  while (i < n) {
    const ch = text[i]!;
    if (ch !== "." && ch !== "!" && ch !== "?" && ch !== "…") {
      i++;
      continue;
    }
    // The cluster of terminal marks, allowing single spaces inside a spaced ellipsis (". . .").
    const clusterStart = i;
    let j = i;
    let dots = 0;
    let spaced = false;
    for (;;) {
      const c = text[j];
      if (c === "." || c === "!" || c === "?" || c === "…") {
        if (c === ".") dots++;
        if (c === "…") dots += 3;
        j++;
      } else if (c === " " && text[j + 1] === "." && text[j - 1] === "." && (text[j + 2] === " " || text[j + 2] === "." || j + 2 >= n || CLOSERS.includes(text[j + 2]!))) {
        spaced = true;
        j++;
      } else break;
    }
    const clusterEnd = j;
    i = clusterEnd;
    if (inProtected(clusterStart)) continue;
    if (markerEnds.has(clusterEnd) || markerEnds.has(clusterEnd + 1)) continue; // "1." or "1.)" of a list
    let k = clusterEnd;
    while (k < n && CLOSERS.includes(text[k]!)) k++;
    if (k < n && !isSpace(text[k])) continue; // "Jr.'s", "3.5", "what I mean...see"
    let next = k;
    while (next < n && isSpace(text[next])) next++;
    if (next >= n) continue; // the paragraph's end is a boundary anyway
    const { ch: nextCh, word: nextWord } = firstLetterAfter(text, next);
    const cluster = text.slice(clusterStart, clusterEnd);
    const hasBang = /[!?]/.test(cluster);
    const precededBySpace = clusterStart > 0 && isSpace(text[clusterStart - 1]);
    if (text[clusterStart - 1] === "[" || text[clusterStart - 1] === "(") continue; // "[...]"

    if (hasBang) {
      if (isLower(nextCh)) continue; // "Yahoo! in the department"
      cuts.add(k);
      continue;
    }
    if (dots >= 2) {
      // Ellipses: three dots continue a sentence unless followed by a capital (unspaced) ; four end it.
      if (dots >= 4) {
        if (isLower(nextCh)) continue;
        if (spaced && !precededBySpace) {
          cuts.add(clusterStart + 1); // "compounds. . . . The" → "compounds." + ". . . The"
          continue;
        }
        cuts.add(k);
        continue;
      }
      if (spaced || isLower(nextCh) || nextCh === "") continue;
      if (isUpper(nextCh) && nextWord !== "I") cuts.add(k);
      continue;
    }
    // A single full stop.
    if (isLower(nextCh) || isDigit(nextCh)) continue;
    if (!isUpper(nextCh) && !OPENERS_PUNCT.includes(text[next]!) && text[next] !== ".") {
      if (!/\p{L}/u.test(nextCh)) {
        cuts.add(k); // "(Smith 55)." or a symbol: a new sentence
        continue;
      }
      // A letter without case (Han, kana): a new sentence.
      cuts.add(k);
      continue;
    }
    const { word, start } = wordBefore(text, clusterStart);
    const prev = wordBefore(text, Math.max(0, start - 1)).word.replace(/[^\p{L}]/gu, "");
    if (periodEndsSentence(word, prev, nextWord)) cuts.add(k);
  }
  return spansFromCuts(text, [...cuts].sort((a, b) => a - b));
}

/** Turns cut positions into trimmed, non-empty spans covering the text. */
export function spansFromCuts(text: string, cuts: number[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    let a = from;
    let b = cut;
    while (a < b && isSpace(text[a])) a++;
    while (b > a && isSpace(text[b - 1])) b--;
    if (b > a) spans.push([a, b]);
    from = cut;
  }
  return spans;
}
