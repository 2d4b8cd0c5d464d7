import { chineseNumbers, englishNumbers, PHONE, type NumberMention } from "../align/numbers.js";
import { chineseFeatures, englishFeatures } from "../align/features.js";
import { BeadScorer } from "../align/score.js";
import type { Bead, Lang, Sentence } from "../model/types.js";
import { LANGUAGE_NAME } from "./describe.js";
import { numberOption, type CheckContext, type Rule } from "./types.js";
import { hasUnit, sameMeasure } from "./units.js";

// Numbers compared by value, whatever the script: 二十大 = 20th, 3.5亿 = 350 million, 百分之十五 = 15%.
// Only numbers written in digits raise an alarm: numerals in words (三四个, "a dozen", "second") are
// too often idiom or rough counts, so they serve to match a number but never to accuse one.

export interface Mention {
  mention: NumberMention;
  sentence: Sentence;
  /** As written in the sentence. */
  text: string;
}

/**
 * Whether the dictionary explains most of `these` sentences by `others` (unweighted gloss coverage
 * of content words, at least 0.5 over at least four words).
 */
function explained(these: Sentence[], others: Sentence[], ctx: CheckContext): boolean {
  const r = ctx.resources;
  if (!r || !these.length || !others.length) return false;
  const zhThese = (these[0]!.side === "source" ? ctx.sourceLang : ctx.targetLang) === "zh";
  const [zhS, enS] = zhThese ? [these, others] : [others, these];
  const join = (xs: Sentence[]): Sentence => ({ ...xs[0]!, text: xs.map((x) => x.text).join(" ") });
  const zh = chineseFeatures([join(zhS)], r.dictionary, r.words);
  const en = englishFeatures([join(enS)], r.dictionary);
  const size = zhThese ? zh.tokens[0]!.length : en.stems[0]!.length;
  if (size < 4) return false;
  const c = new BeadScorer(zh, en, r.dictionary.stemCount, { lengthSigma: 1, lengthWeight: 0 }).coverage(0, 1, 0, 1);
  return (zhThese ? c.zh : c.en) >= 0.5;
}

export function numbersIn(sentence: Sentence, lang: Lang): Mention[] {
  const found = lang === "zh" ? chineseNumbers(sentence.text) : englishNumbers(sentence.text);
  return found.map((mention) => ({ mention, sentence, text: sentence.text.slice(mention.start, mention.end) }));
}

/** The same number, however written: equal values, or a decade written short (80年代 = the 1980s). */
export function sameValue(a: number, b: number): boolean {
  if (Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))) return true;
  // A rounded copy: 2.726 for 2.7255 (within half a unit, so no further than 0.5 apart: the decimal
  // places are counted only then, as this runs for every pair of numbers compared).
  if (Math.abs(a - b) <= 0.5 + 1e-12) {
    const pa = decimalPlaces(a);
    const pb = decimalPlaces(b);
    const p = Math.min(pa, pb);
    if (p > 0 && pa !== pb && Math.abs(a - b) <= 0.5 * 10 ** -p + 1e-12) return true;
  }
  const [small, big] = a < b ? [a, b] : [b, a];
  return Number.isInteger(small) && small >= 10 && small < 100 && (big === 1900 + small || big === 2000 + small);
}

/** How many decimal places a number is written with (2.7255: 4), counted without making a string. */
function decimalPlaces(x: number): number {
  let scaled = Math.abs(x);
  for (let p = 0; p < 12; p++) {
    if (Math.abs(scaled - Math.round(scaled)) <= 1e-9 * Math.max(1, scaled)) return p;
    scaled *= 10;
  }
  return 12;
}

/** Two mentions of one value, either by the value it reads as or by the other it may stand for (6 p.m. = 18时). */
export function sameMention(a: NumberMention, b: NumberMention): boolean {
  if (sameValue(a.value, b.value)) return true;
  if (a.also !== undefined && sameValue(a.also, b.value)) return true;
  return b.also !== undefined && (sameValue(a.value, b.also) || (a.also !== undefined && sameValue(a.also, b.also)));
}

/** Words that carry a small number without a numeral: "a day" = 一天, 双方 = both sides. */
const SMALL_ZH: Record<number, RegExp> = {
  1: /[一壹单單独獨首]/,
  2: /[二两兩双雙俩倆贰]/,
  3: /[三叁仨]/,
  4: /[四肆]/, 5: /[五伍]/, 6: /[六陆]/, 7: /[七柒]/, 8: /[八捌]/, 9: /[九玖]/, 10: /[十拾]/,
};
const SMALL_EN: Record<number, RegExp> = {
  1: /\b(?:a|an|one|single|once|first|alone|sole|only)\b/i,
  2: /\b(?:two|both|pair|couple|twice|double|second|twin|dual)\b/i,
  3: /\b(?:three|third|thrice|triple|trio)\b/i,
  10: /\b(?:ten|tenth|decade)\b/i,
};

function mentionsSmall(value: number, sentences: Sentence[], lang: Lang): boolean {
  const re = (lang === "zh" ? SMALL_ZH : SMALL_EN)[value];
  return re !== undefined && sentences.some((s) => re.test(s.text));
}

/** "2." or "(3)" opening a sentence numbers a list item, which translations renumber or drop. */
function listMarker(x: Mention): boolean {
  const before = x.sentence.text.slice(0, x.mention.start);
  const after = x.sentence.text.slice(x.mention.end, x.mention.end + 1);
  return /^[\s(（\[]*$/.test(before) && /^[.、)）\]]/.test(after) && Number.isInteger(x.mention.value) && x.mention.value < 100;
}

export interface Side {
  lang: Lang;
  sentences: Sentence[];
  numbers: Mention[];
}

/**
 * The digit numbers of each side that no number of the other side equals. Values are compared as
 * sets: a translation may say "chapter 9" once where its source says it twice.
 */
export function unmatched(a: Side, b: Side): { a: Mention[]; b: Mention[] } {
  const loose = (mine: Side, other: Side): Mention[] => {
    const anyNear = candidates(other);
    return mine.numbers.filter(
      (x) =>
        x.mention.form === "digits" &&
        !anyNear(x, (y) => (sameMention(x.mention, y.mention) && !timeAndShare(x.mention, y.mention)) || converted(x, mine.lang, y, other.lang)) &&
        !writtenAlike(x, other.sentences),
    );
  };
  const la = loose(a, b);
  const lb = loose(b, a);
  // What a cut at a thousands separator left of a number is no number of its own: "4,300 trips …,
  // 600 more" that lost its middle clause reads "4, 600 more", and the number is missing, not 4.
  // (Only digits alone can be such a piece, with decimals only after the comma, and only a number of
  // 1,000 or more be cut: 19,845.62 leaves 845.62.)
  const pieces = (xs: Mention[]): Mention[] => xs.filter((x) => /^\d+(?:\.\d+)?$/.test(x.text));
  const wholes = (ys: Mention[]): Mention[] => ys.filter((y) => y.mention.value >= 1000);
  const pa = new Set(pieces(la));
  const pb = new Set(pieces(lb));
  const wa = wholes(la);
  const wb = wholes(lb);
  return { a: la.filter((x) => !(pa.has(x) && wb.some((y) => fragmentOf(x, y)))), b: lb.filter((x) => !(pb.has(x) && wa.some((y) => fragmentOf(x, y)))) };
}

/**
 * Whether a mention of a side that may be the same number as x, or the same measure, passes `test`:
 * those with a unit, and those whose value (or other value) is within sameValue's margin of x's, or
 * of its other value, or 1900 or 2000 from it (a decade written short), nearest first. Only these are compared: a
 * bead is compared number by number, and a line of a thousand numbers would otherwise take a million
 * comparisons.
 */
export function candidates(side: Side): (x: Mention, test: (y: Mention) => boolean) => boolean {
  if (side.numbers.length <= 16) return (_x, test) => side.numbers.some(test);
  const keyed: Array<[number, Mention]> = [];
  for (const y of side.numbers) {
    if (Number.isFinite(y.mention.value)) keyed.push([y.mention.value, y]);
    if (y.mention.also !== undefined && Number.isFinite(y.mention.also)) keyed.push([y.mention.also, y]);
  }
  keyed.sort((p, q) => p[0] - q[0]);
  const values = Float64Array.from(keyed, (k) => k[0]);
  const withUnits = side.numbers.filter((y) => hasUnit(y, side.lang));
  // sameValue's margins: 1e-9 of the value, or for a rounded copy (both written with decimals) half a
  // unit of the first decimal place at most. A whole number is no rounded copy: 1 against a line of
  // 1.11s tests none of them. Equal values come first in their window, so a match is most often the
  // first mention tried.
  const within = (v: number, test: (y: Mention) => boolean): boolean => {
    const margin = Math.max(decimalPlaces(v) > 0 ? 0.05 : 0, 1e-9 * Math.max(1, Math.abs(v))) * 1.01 + 1e-9;
    let lo = 0;
    let hi = values.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[mid]! < v) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < values.length && values[k]! <= v + margin; k++) if (test(keyed[k]![1])) return true;
    for (let k = lo - 1; k >= 0 && values[k]! >= v - margin; k--) if (test(keyed[k]![1])) return true;
    return false;
  };
  return (x, test) => {
    if (withUnits.some(test)) return true;
    for (const v of x.mention.also === undefined ? [x.mention.value] : [x.mention.value, x.mention.also]) {
      if (!Number.isFinite(v)) continue;
      if (within(v, test)) return true;
      for (const d of [1900, 2000, -1900, -2000]) if (within(v + d, test)) return true;
    }
    return false;
  };
}

/** A time of day and a percentage: never one number ("2 p.m." is not the 2 of 2%). */
function timeAndShare(a: NumberMention, b: NumberMention): boolean {
  return Boolean((a.clock && b.percent) || (a.percent && b.clock));
}

/**
 * Digit mentions of side a beyond those the other side accounts for, value by value: a value written
 * twice in a and once in b leaves its second mention over.
 */
export function surplus(a: Side, b: Side): Mention[] {
  const out: Mention[] = [];
  const used = new Set<Mention>();
  // Every mention of a takes its match first ("Oct." takes the 10 of 10月), digits or not; only one in
  // digits left without a match of its own is surplus ("Oct. 10" for 10月8日: the day).
  const anyNear = candidates(b);
  for (const x of a.numbers) {
    let y: Mention | undefined;
    anyNear(x, (m) => !used.has(m) && sameMention(x.mention, m.mention) && (y = m) !== undefined);
    if (y) used.add(y);
    else if (x.mention.form === "digits" && anyNear(x, (m) => sameMention(x.mention, m.mention))) out.push(x);
  }
  return out;
}

/** Whether mention x is the digits before or after a thousands comma of y's value, cut there ("4," of 4,300; ",000" of 15,000). */
function fragmentOf(x: Mention, y: Mention): boolean {
  // Decimals only after the comma: "19,845.62" cut at its comma leaves 845.62.
  const [xi, xf] = x.text.split(".");
  if (!/^\d+(?:\.\d+)?$/.test(x.text) || !(y.mention.value >= 1000)) return false;
  const whole = String(Math.trunc(y.mention.value));
  const rest = whole.length - xi!.length;
  if (rest <= 0) return false;
  const text = x.sentence.text;
  // The digits before the comma leave groups of three behind them; those after it are such groups.
  if (xf === undefined && Number.isInteger(y.mention.value) && rest % 3 === 0 && whole.startsWith(xi!) && text[x.mention.end] === ",") return true;
  if (xi!.length % 3 !== 0 || text[x.mention.start - 1] !== ",") return false;
  const gap = (y.mention.value - x.mention.value) / 10 ** xi!.length;
  return gap > 0 && Math.abs(gap - Math.round(gap)) < 1e-6;
}

/** The same measure in another unit (斤 and tonnes, 亩 and hectares), when the two languages differ. */
function converted(x: Mention, xLang: Lang, y: Mention, yLang: Lang): boolean {
  if (xLang === yLang) return false;
  return xLang === "zh" ? sameMeasure(x, y) : sameMeasure(y, x);
}

/** Dotted numbers of three parts or more (2.2.4, 1.1.1): section and figure numbers, not values. */
const IDENTIFIER = /(?<![\d.．])\d+(?:[.．]\d+){2,}(?![.．]?\d)/g;

function identifiers(sentences: Sentence[]): Mention[] {
  const out: Mention[] = [];
  for (const sentence of sentences) {
    for (const m of sentence.text.matchAll(IDENTIFIER)) {
      out.push({ mention: { value: NaN, start: m.index, end: m.index + m[0].length, form: "digits" }, sentence, text: m[0] });
    }
  }
  return out;
}

/** Codes of letters and digits (X312, G20, C919), as written, the hyphen aside; not PM2.5's PM2. */
const CODE = /(?<![A-Za-z0-9.])([A-Z]{1,4})-?(\d{1,5})(?![\d.]?\d)(?![A-Za-z])/g;

/** Codes of digits and a letter or two, a model's or a satellite's (启明-1A, Qiming-1A, 737 MAX aside). */
const SUFFIX_CODE = /(?<![A-Za-z0-9.])(\d{1,4})([A-Z]{1,2})(?![A-Za-z0-9])/g;

function codes(sentences: Sentence[]): Array<Mention & { prefix: string }> {
  const out: Array<Mention & { prefix: string }> = [];
  for (const sentence of sentences) {
    if (!/[A-Z]/.test(sentence.text)) continue;
    for (const m of sentence.text.matchAll(CODE)) {
      out.push({ mention: { value: NaN, start: m.index, end: m.index + m[0].length, form: "digits" }, sentence, text: `${m[1]}${m[2]}`, prefix: m[1]! });
    }
    // The letters after the digits are the code's family: 1A pairs with 3A, not with 1B.
    for (const m of sentence.text.matchAll(SUFFIX_CODE)) {
      out.push({ mention: { value: NaN, start: m.index, end: m.index + m[0].length, form: "digits" }, sentence, text: m[0], prefix: `#${m[2]}` });
    }
  }
  // Telephone numbers, by their digits: +41 22 555 0147 pairs with +49 22 555 0147 as a changed one.
  for (const sentence of sentences) {
    if (!sentence.text.includes("+")) continue;
    for (const m of sentence.text.matchAll(PHONE)) {
      out.push({ mention: { value: NaN, start: m.index, end: m.index + m[0].length, form: "digits" }, sentence, text: m[0], prefix: "+" });
    }
  }
  return out;
}

/**
 * Identifiers of one side that the other does not have, when the other has one it lacks: a section
 * number changed ("2.2.4" became "10.2.4"), or a code with the same letters and other digits (the
 * road X312 became X313). An identifier only dropped or only added is not reported: translations drop
 * and add section numbers at will, and write G20 as 二十国集团.
 */
export function changedIdentifiers(a: Sentence[], b: Sentence[]): { a: Mention[]; b: Mention[] } {
  // Each side's identifiers that the other side does not write, by key.
  const only = <M extends Mention>(xs: M[], ys: M[], key: (m: M) => string): M[] => {
    const keys = new Set(ys.map(key));
    return xs.filter((m) => !keys.has(key(m)));
  };
  const section = (m: Mention): string => m.text.replace(/．/g, ".");
  const ia = identifiers(a);
  const ib = identifiers(b);
  const onlyA = only(ia, ib, section);
  const onlyB = only(ib, ia, section);
  const out = onlyA.length && onlyB.length ? { a: onlyA, b: onlyB } : { a: [] as Mention[], b: [] as Mention[] };
  // Codes pair only with codes of the same letters.
  const ca = codes(a);
  const cb = codes(b);
  // Telephone numbers by their digits alone (spaces and hyphens vary); codes as written.
  const key = (m: Mention & { prefix: string }): string => (m.prefix === "+" ? m.text.replace(/\D/g, "") : m.text);
  const lostA = only(ca, cb, key);
  const lostB = only(cb, ca, key);
  out.a.push(...lostA.filter((m) => lostB.some((x) => x.prefix === m.prefix)));
  out.b.push(...lostB.filter((m) => lostA.some((x) => x.prefix === m.prefix)));
  return out;
}

/** The same digits with other separators: equation (2-1) against （2.1）, 1.1.1 against 1-1-1. */
function writtenAlike(x: Mention, others: Sentence[]): boolean {
  const key = x.text.replace(/[.\-–—]/g, ".");
  if (!/\d\.\d/.test(key)) return false;
  const re = new RegExp(`(?<![\\d.])${key.replace(/\./g, "\\.")}(?![\\d.]\\d)`);
  return others.some((s) => re.test(s.text.replace(/(?<=\d)[.\-–—](?=\d)/g, ".")));
}

/**
 * Numbers that translators routinely drop or rewrite, which raise an alarm only when changed (a
 * number on the other side took their place), never for being merely absent: small counts, section
 * numbers opening a heading (1.1 什么是宇宙线？), centuries (18世纪 for "the century"), references
 * in brackets ((Giddens 1984, 364)).
 */
/**
 * Whether a number is one of a score or a ratio written with 比 or a colon (7比4, 1:1): translations
 * carry those whole, small as they are, and a changed one is an error (4-4 written 7比4, a 1:1 ratio
 * written 2:1). Not a range or a hyphen: Figure 2-1 and Equation (2-1) are references, which aca's
 * translation renumbers (number false alarms 0.7 -> 2.3 per 1,000 with them).
 */
function paired(x: Mention): boolean {
  const { text } = x.sentence;
  const before = text.slice(Math.max(0, x.mention.start - 3), x.mention.start);
  const after = text.slice(x.mention.end, x.mention.end + 3);
  return /\d\s*[:：比]\s*$/.test(before) || /^\s*[:：比]\s*\d/.test(after);
}

export function weak(x: Mention): boolean {
  const { text } = x.sentence;
  const { start, end, value } = x.mention;
  if (value < 10 && Number.isInteger(value) && !dayOfMonth(x) && !paired(x)) return true;
  if (century(x) || listMarker(x)) return true;
  if (/^[\s(（]*$/.test(text.slice(0, start)) && /^(?:\.\d+)*\.?\s*(?:\p{Script=Han}|[A-Z])/u.test(text.slice(end)) && value < 100) return true;
  const open = Math.max(text.lastIndexOf("(", start), text.lastIndexOf("（", start));
  if (open >= 0) {
    const close = text.slice(open).search(/[)）]/);
    const inside = close < 0 ? text.slice(open) : text.slice(open, open + close);
    if (open + inside.length >= end && /[A-Z\p{Script=Han}][\p{L}.]*(?:\s+et al\.?)?[,，]?\s*(1[5-9]|20)\d\d/u.test(inside)) return true;
  }
  return false;
}

/** A part of a number joined to another by a hyphen or a dot: Equation (2-1), section 1.2, not a range 6–59. */
function compound(x: Mention): boolean {
  const { text } = x.sentence;
  return /\d[-.]$/.test(text.slice(0, x.mention.start)) || /^[-.]\d/.test(text.slice(x.mention.end));
}

/** The day of a date (10月8日, Oct. 8, 8 October): no small count that a translation drops at will. */
function dayOfMonth(x: Mention): boolean {
  const before = x.sentence.text.slice(Math.max(0, x.mention.start - 12), x.mention.start);
  const after = x.sentence.text.slice(x.mention.end, x.mention.end + 12);
  if (/月\s*$/.test(before) && /^\s*[日号號]/.test(after)) return true;
  return /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)\s*$/.test(before) || /^\s*(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/.test(after);
}

/** 18世纪, "the eighteenth century": translations say "the century" or name it another way. */
export function century(x: Mention): boolean {
  return /^\s*(?:世纪|世紀|-?century|th century)/.test(x.sentence.text.slice(x.mention.end));
}

/** English month names (and news style's abbreviations); May and March open sentences as other words too. */
const MONTH_NAME = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)$/;

/** The months a side names: 10月 and 十月 (not 10个月, a duration), "October", "Oct." */
function monthsOf(x: Side): Mention[] {
  return x.numbers.filter((m) => {
    const after = m.sentence.text.slice(m.mention.end, m.mention.end + 1);
    if (x.lang === "zh") return after === "月" && Number.isInteger(m.mention.value) && m.mention.value >= 1 && m.mention.value <= 12;
    if (!MONTH_NAME.test(m.text)) return false;
    return !(/^(?:May|March)$/.test(m.text) && /^[\s"“'‘(]*$/.test(m.sentence.text.slice(0, m.mention.start)));
  });
}

/** Months of each side that the other does not name, when both name months and each has one over. */
function changedMonths(a: Side, b: Side): { a: Mention[]; b: Mention[] } | undefined {
  const ma = monthsOf(a);
  const mb = monthsOf(b);
  if (!ma.length || !mb.length) return undefined;
  const onlyA = ma.filter((m) => !mb.some((y) => y.mention.value === m.mention.value));
  const onlyB = mb.filter((m) => !ma.some((y) => y.mention.value === m.mention.value));
  return onlyA.length && onlyB.length ? { a: onlyA, b: onlyB } : undefined;
}

/** A bead side's sentences (blank ones left out) and the numbers they write. */
export function side(ids: number[], sentences: Sentence[], lang: Lang): Side {
  const ss = ids.map((i) => sentences[i]!).filter((s) => s.kind !== "blank");
  return { lang, sentences: ss, numbers: ss.flatMap((s) => numbersIn(s, lang)) };
}

/** Values written anywhere in the beads next to bead k: a number the aligner put one bead off. */
function nearbyValues(beads: Bead[], k: number, ctx: CheckContext, which: "source" | "target", reach: number): number[] {
  const out: number[] = [];
  const lang = which === "source" ? ctx.sourceLang : ctx.targetLang;
  const take = (j: number): void => {
    for (const id of beads[j]![which]) for (const m of numbersIn(ctx[which][id]!, lang)) out.push(m.mention.value, ...(m.mention.also === undefined ? [] : [m.mention.also]));
  };
  // A translation's sentence aligned with nothing does not use up the reach: the second half of a split
  // sentence may stand one sentence further off, past an added sentence between them. (Not the
  // source's: a number added to the translation is not vouched for by a source sentence further off.)
  for (const step of [-1, 1]) {
    let lone = 0;
    for (let j = k + step, n = 0; j >= 0 && j < beads.length && n < reach; j += step) {
      const passed = which === "target" && !beads[j]!.source.length && ++lone <= MAX_LONE_PASSED;
      if (!passed) n++;
      take(j);
    }
  }
  return out;
}
/** Translation sentences aligned with nothing passed, each way, without using up nearbyValues' reach. */
const MAX_LONE_PASSED = 1;

/**
 * The numbers of bead k that number-mismatch reports: source numbers missing from the translation and
 * target numbers not in the source (paired in order when both, as changed values); undefined when
 * there are none. `reach` and `minScore` are the rule's options. Worked out once per document and
 * options, for number-mismatch and partial-omission both.
 */
export function numberVerdict(ctx: CheckContext, k: number, reach = 1, minScore = 0.4): NumberVerdict | undefined {
  return ctx.shared(`number-verdicts:${reach}:${minScore}`, () => ctx.beads.map((_, i) => verdictOf(ctx, i, reach, minScore)))[k];
}

export interface NumberVerdict {
  missing: Mention[];
  extra: Mention[];
  s: Side;
  t: Side;
  /** A passage cut out between two numbers, which left their ends joined as one (see joinedNumber). */
  joined?: { number: Mention; from: Mention; to: Mention; lost: Mention[] };
}

/** Digits grouped by thousands, as an English translation writes them: 5800 → "5,800". */
function grouped(value: number): string {
  return value.toLocaleString("en-US", { maximumFractionDigits: 0, useGrouping: true });
}

/**
 * A number of the translation that joins the first digits of one missing source number to the last
 * digits of another: "deployed 5,800 repair staff and 1,200 vehicles" cut from the first number's
 * comma to the second's reads "deployed 5,200 vehicles" (or "in 2023, … 21,356" reads "in 2023,356").
 * No translator writes that number for either figure: the words between them were cut, which is
 * partial-omission's to report, not a value changed. inject.mjs cuts clauses at commas, thousands
 * commas among them, and so made 11 of the 13 number false alarms on four held-out reports written for
 * tandem (seeds 1-8).
 */
export function joinedNumber(missing: Mention[], x: Mention): [Mention, Mention] | undefined {
  const digits = /^\d{1,4}(?:,\d{3})+$/.exec(x.text.replace(/^\D+|\D+$/g, ""))?.[0];
  if (!digits || x.mention.value !== Number(digits.replace(/,/g, "")) || x.mention.percent) return undefined;
  const groups = digits.split(",");
  const whole = (m: Mention): boolean => Number.isInteger(m.mention.value) && m.mention.value > 0;
  for (let p = 1; p < groups.length; p++) {
    const head = groups.slice(0, p).join(",");
    const tail = groups.slice(p).join(",");
    const a = missing.find((m) => whole(m) && (String(m.mention.value) === head.replace(/,/g, "") || grouped(m.mention.value).startsWith(`${head},`)));
    const b = missing.find((m) => m !== a && whole(m) && grouped(m.mention.value).endsWith(`,${tail}`));
    if (a && b) return [a, b];
  }
  return undefined;
}

function verdictOf(ctx: CheckContext, k: number, reach: number, minScore: number): NumberVerdict | undefined {
  const bead = ctx.beads[k]!;
  if (!bead.source.length || !bead.target.length) return undefined;
  const s = side(bead.source, ctx.source, ctx.sourceLang);
  const t = side(bead.target, ctx.target, ctx.targetLang);
  const ids = changedIdentifiers(s.sentences, t.sentences);
  if (!s.numbers.length && !t.numbers.length && !ids.a.length) return undefined;
  const u = unmatched(s, t);
  // One number of the translation made of two of the source's: a passage cut out between them.
  const ends = u.b.length === 1 && u.a.length >= 2 ? joinedNumber(u.a, u.b[0]!) : undefined;
  if (ends) return { missing: [], extra: [], s, t, joined: { number: u.b[0]!, from: ends[0], to: ends[1], lost: u.a } };
  let missing = u.a;
  let extra = u.b;
  // A month changed is certain when both sides name months (10月 for "2 February"): month names, in
  // words, only vouch as numbers, and the day may pair the month's value by chance.
  const months = changedMonths(s, t);
  if (months) {
    missing = [...missing, ...months.a.filter((m) => !missing.includes(m))];
    extra = [...extra, ...months.b.filter((m) => !extra.includes(m))];
  }
  if (!missing.length && !extra.length && !ids.a.length) return undefined;
  // A number changed in place is certain; one only missing or only added may sit in a neighbour.
  // A century on one side does not pair with a real number on the other.
  if (missing.some(century) || extra.some(century)) {
    const m2 = missing.filter((m) => !century(m));
    const e2 = extra.filter((m) => !century(m));
    if (!(m2.length && e2.length)) (missing = m2, extra = e2);
  }
  if (!(missing.length && extra.length)) {
    // A number only missing or only added, in a bead that matches poorly, is more likely the
    // aligner's doing (a sentence put in the wrong bead) than the translator's.
    // Unless the side without the number is itself well explained by the other: then the bead
    // is right, and what is missing was cut from it ("增长7.8%" gone from a sentence that
    // otherwise says all the rest).
    if (bead.score < minScore && !(missing.length ? explained(t.sentences, s.sentences, ctx) : explained(s.sentences, t.sentences, ctx))) return undefined;
    // A small number dropped is no alarm, unless the translation writes another number once too often.
    let dropped = missing.filter((m) => weak(m) && !compound(m) && !mentionsSmall(m.mention.value, t.sentences, t.lang));
    missing = missing.filter((m) => !weak(m) && !mentionsSmall(m.mention.value, t.sentences, t.lang));
    extra = extra.filter((m) => !weak(m) && !mentionsSmall(m.mention.value, s.sentences, s.lang));
    // Numbers in words left unpaired on the other side: a conversion (六十公斤, "130 pounds") or a
    // rewording, not a number lost. A percentage (七成, 百分之十五) converts to nothing else, and the
    // number of a name (G20) is no quantity.
    const soft = (m: Mention, other: Side): boolean => (m.mention.form === "hanzi" || m.mention.form === "words") && !m.mention.percent && m.mention.value >= 10 && !other.numbers.some((y) => sameMention(y.mention, m.mention));
    const softS = s.numbers.filter((m) => soft(m, t));
    const softT = t.numbers.filter((m) => soft(m, s));
    if (softT.length) (missing = [], dropped = []);
    if (softS.length) extra = [];
    const nearT = nearbyValues(ctx.beads, k, ctx, "target", reach);
    const nearS = nearbyValues(ctx.beads, k, ctx, "source", reach);
    missing = missing.filter((m) => !nearT.some((v) => sameValue(v, m.mention.value)));
    dropped = dropped.filter((m) => !nearT.some((v) => sameValue(v, m.mention.value)));
    extra = extra.filter((m) => !nearS.some((v) => sameValue(v, m.mention.value)));
    // An ordinal added where the source names the thing by reference (本届全运会, "this Games"), whose
    // number the source gives elsewhere (第十六届全国运动会): "the 16th National Games" is the name.
    if (!missing.length && extra.length) {
      const named = sourceOrdinals(ctx);
      extra = extra.filter((m) => !(m.mention.ordinal && named.some((v) => sameValue(v, m.mention.value))));
    }
    // A number missing where the translation writes another one more often than the source does
    // ("until Oct. 16, lasting 16 days" for 10月8日 … 16天) was changed into it, not dropped.
    // A small number gone where one is over ("10天内为…10至59月龄" for "aged 6-59 months over 10 days")
    // was changed into it.
    if (missing.length && !extra.length) extra = surplus(t, s);
    else if (!missing.length && !extra.length && dropped.length) {
      const over = surplus(t, s);
      if (over.length) (missing = dropped, extra = over);
    }
  }
  // Section and figure numbers (2.2.4, 1-1-1) changed in place, after the numbers' own verdicts.
  missing = [...missing, ...ids.a];
  extra = [...extra, ...ids.b];
  if (!missing.length && !extra.length) return undefined;
  return { missing, extra, s, t };
}

/** The values of the ordinals anywhere in the source document (第十六届, "the 16th"). */
function sourceOrdinals(ctx: CheckContext): number[] {
  return ctx.shared("source-ordinals", () => [...new Set(ctx.source.flatMap((s) => numbersIn(s, ctx.sourceLang).filter((m) => m.mention.ordinal).map((m) => m.mention.value)))]);
}

export const numberMismatch: Rule = {
  id: "number-mismatch",
  description: "A number of the source is missing, changed or added in its translation (compared by value: 二十 = 20, 3.5亿 = 350 million, 百分之十五 = 15%).",
  defaultSeverity: "error",
  example: "源文 2021年 … 译文 in 2012 → number-mismatch: 2021 became 2012",
  options: {
    reach: "beads on each side searched for a number the aligner may have put one bead off (default 1)",
    minScore: "least bead similarity for reporting a number only missing or only added (default 0.4); a changed number is always reported",
  },
  run(ctx) {
    const reach = numberOption(ctx.options, "reach", 1);
    const minScore = numberOption(ctx.options, "minScore", 0.4);
    const src = LANGUAGE_NAME[ctx.sourceLang];
    const tgt = LANGUAGE_NAME[ctx.targetLang];
    ctx.beads.forEach((bead, k) => {
      const verdict = numberVerdict(ctx, k, reach, minScore);
      if (!verdict) return;
      // A number joined from two (joinedNumber) is reported as it reads; partial-omission reports the
      // passage cut between them, and the run's last step keeps that finding alone (supersede).
      const { s, t } = verdict;
      const { missing, extra } = verdict.joined ? { missing: verdict.joined.lost, extra: [verdict.joined.number] } : verdict;
      const parts: string[] = [];
      const pairs = Math.min(missing.length, extra.length);
      for (let i = 0; i < pairs; i++) parts.push(`${missing[i]!.text} became ${extra[i]!.text}`);
      const restMissing = missing.slice(pairs);
      const restExtra = extra.slice(pairs);
      if (restMissing.length) parts.push(`${restMissing.map((m) => m.text).join(", ")} missing in the ${tgt}`);
      if (restExtra.length) parts.push(`${restExtra.map((m) => m.text).join(", ")} not in the ${src}`);
      const ref = (ms: Mention[], fallback: Sentence[]) => {
        const ids = [...new Set((ms.length ? ms : []).map((m) => m.sentence.index))];
        const sentences = ids.length ? ids : fallback.map((x) => x.index);
        return { sentences, ranges: ms.map((m) => ctx.range(m.sentence, m.mention.start, m.mention.end)) };
      };
      ctx.report({
        message: `numbers differ: ${parts.join("; ")}`,
        source: ref(missing, s.sentences),
        target: ref(extra, t.sentences),
      });
    });
  },
};
