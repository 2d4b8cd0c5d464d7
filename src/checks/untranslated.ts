import { LANGUAGE_NAME, quote, what } from "./describe.js";
import { numberOption, type CheckContext, type Rule } from "./types.js";

// Chinese left in English, English left in Chinese, and targets that are their source verbatim.
// English inside Chinese is normal for names, acronyms, units, formulas and glosses in brackets
// ("需要（needs）"), so only a run of ordinary English words outside brackets counts.

const HAN = /\p{Script=Han}/u;
const HAN_RUN = /[\p{Script=Han}][\p{Script=Han}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\s]*/gu;
const LATIN_WORD = /[A-Za-z]+(?:['’-][A-Za-z]+)*/g;

/** Letters, digits and Han characters only, lower-cased: "the same text" whatever the spacing. */
export function bareText(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
}

/** Han runs in an English sentence, as [start, end) offsets, trailing spaces and punctuation trimmed. */
export function hanRuns(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(HAN_RUN)) {
    let end = m.index + m[0].length;
    while (end > m.index && !HAN.test(text[end - 1]!)) end--;
    out.push([m.index, end]);
  }
  return out;
}

/** Offsets inside brackets, quotes of titles or parentheses: glosses and names live there. */
function bracketed(text: string): boolean[] {
  const inside = new Array<boolean>(text.length).fill(false);
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if ("(（《〈[【「『".includes(c)) depth++;
    inside[i] = depth > 0;
    if (")）》〉]】」』".includes(c)) depth = Math.max(0, depth - 1);
  }
  return inside;
}

/**
 * Passages of ordinary English in a Chinese sentence: runs of at least `minWords` Latin words,
 * separated by nothing but spaces and light punctuation, outside brackets, with at least two
 * lower-case words (so names and titles in capitals do not count).
 */
export function englishRuns(text: string, minWords = 5): Array<[number, number]> {
  const inside = bracketed(text);
  const words = [...text.matchAll(LATIN_WORD)].filter((m) => !inside[m.index]);
  const out: Array<[number, number]> = [];
  let run: RegExpMatchArray[] = [];
  const flush = (): void => {
    const lower = run.filter((m) => /^[a-z]/.test(m[0]) && m[0].length > 1).length;
    if (run.length >= minWords && lower >= 2) out.push([run[0]!.index!, run[run.length - 1]!.index! + run[run.length - 1]![0].length]);
    run = [];
  };
  for (const m of words) {
    const prev = run[run.length - 1];
    if (prev) {
      const gap = text.slice(prev.index! + prev[0].length, m.index);
      if (!/^[\s,.;:'"’“”!?&-]*$/.test(gap) || HAN.test(gap)) flush();
    }
    run.push(m);
  }
  flush();
  return out;
}

function hanCount(text: string): number {
  let n = 0;
  for (const ch of text) if (HAN.test(ch)) n++;
  return n;
}

export const untranslated: Rule = {
  id: "untranslated",
  description: "Source-language text left in the translation: Chinese in English, English passages in Chinese, or a target identical to its source.",
  defaultSeverity: "error",
  example: "English sentence 7 is still Chinese: “北京进入重要时期。” → untranslated",
  options: { minWords: "English words in a row that make an untranslated passage in Chinese (default 5)" },
  run(ctx: CheckContext) {
    const minWords = numberOption(ctx.options, "minWords", 5);
    const sourceOf = new Map<number, number[]>();
    ctx.beads.forEach((b) => b.target.forEach((t) => sourceOf.set(t, b.source)));
    // Source sentences by their bare text, to name the source of a copy the aligner left unaligned.
    const byText = new Map<string, number>();
    for (const s of ctx.source) if (s.kind !== "blank") byText.set(bareText(s.text), s.index);
    const srcName = LANGUAGE_NAME[ctx.sourceLang];
    // Words the English source writes in lower case somewhere: ordinary words, not names.
    const lower = new Set<string>();
    if (ctx.sourceLang === "en") for (const x of ctx.source) for (const m of x.text.matchAll(/\b[a-z][a-z'’-]+\b/g)) lower.add(m[0]);

    for (const t of ctx.target) {
      if (t.kind === "blank" || !t.text.trim()) continue;
      const bare = bareText(t.text);
      const copied = bare.length >= 2 ? byText.get(bare) : undefined;
      const aligned = sourceOf.get(t.index) ?? [];
      const sources = copied !== undefined ? [copied] : aligned;
      const sourceRef = (ids: number[]) => ({ sentences: ids, ranges: ids.map((i) => ctx.range(ctx.source[i]!)) });
      // A copy of the source is untranslated unless it is a number, a name or code that stays as is.
      if (copied !== undefined && (ctx.sourceLang !== ctx.targetLang) && isLanguageText(t.text, ctx.sourceLang, lower)) {
        ctx.report({
          message: `target ${what(t)} ${t.index + 1} is its ${srcName} source, untranslated: ${quote(t.text)}`,
          source: sourceRef(sources),
          target: { sentences: [t.index], ranges: [ctx.range(t)] },
        });
        continue;
      }
      const spans = ctx.targetLang === "en" ? hanRuns(t.text) : ctx.targetLang === "zh" && ctx.sourceLang === "en" ? englishRuns(t.text, minWords) : [];
      if (!spans.length) continue;
      const whole = ctx.targetLang === "en" ? hanCount(t.text) * 2 >= t.text.replace(/\s/g, "").length : hanCount(t.text) === 0;
      const shown = spans.map(([a, b]) => quote(t.text.slice(a, b), 40)).join(", ");
      ctx.report({
        message: whole
          ? `${LANGUAGE_NAME[ctx.targetLang]} ${what(t)} ${t.index + 1} is still in ${srcName}: ${quote(t.text)}`
          : `${srcName} text left in ${LANGUAGE_NAME[ctx.targetLang]} ${what(t)} ${t.index + 1}: ${shown}`,
        source: sourceRef(sources),
        target: { sentences: [t.index], ranges: spans.map(([a, b]) => ctx.range(t, a, b)) },
      });
    }
  },
};

/**
 * Whether a text is written in a language (and not just digits, symbols or a code). `lower`: the words
 * the English document writes in lower case somewhere, which are no names.
 */
function isLanguageText(text: string, lang: "zh" | "en", lower: ReadonlySet<string> = new Set()): boolean {
  if (lang === "zh") return hanCount(text) >= 2;
  // Names and titles ("Jack Hirshleifer", "Introduction") are kept as they are in many translations.
  const words = (text.match(LATIN_WORD) ?? []).filter((w) => w.length > 1);
  // A numbered heading copied as is ("10.1.1 Graph Models") is untranslated too.
  if (words.length >= 2 && /^\s*\d+(?:\.\d+)*\.?\s+[A-Z]/.test(text)) return true;
  // So is a short sentence ("Thank you.", "I see!"): a name or a title does not end in a full stop.
  if (words.length === 2 && words.some((w) => /^[a-z]/.test(w)) && /[.!?]["'”’]?\s*$/.test(text)) return true;
  // And a salutation or a call ("Excellencies,", "Friends:", "Welcome!"): nor does it end in a comma,
  // a colon, an exclamation or a question mark. A speech written as a probe copied "Excellencies,"
  // into its Chinese: untranslated 0.88 -> 1.00 on it (inject.mjs seeds 1-8).
  // Code kept as it is ("def main():", "return x;") is not: it has brackets, operators or underscores.
  if (words.length >= 1 && /[,:!?，：！？]["'”’]?\s*$/.test(text) && !/[(){}[\]=<>_;]/.test(text)) return true;
  // And a dateline ("Port Mirelle, 12 November 2025"): a place's name may stay, a month's never does.
  if (words.some((w) => MONTH.test(w)) && /\d/.test(text)) return true;
  // And a line of labelled fields ("Referee: Simon Yardley. Attendance: 52,304."), or a heading in
  // capitals whose words are the document's ordinary words ("Third Quarter Highlights"): a name opens
  // with no label, and its words are mostly its own. A match report and an earnings release written as
  // probes copied such lines: untranslated 65 -> 72 of 72 on them (inject.mjs seeds 1-8).
  if (/^[A-Z][a-z]+:\s+\S/.test(text) && !/[(){}[\]=<>_;]/.test(text)) return true;
  // And a heading that opens with a preposition ("About Corvane Technologies", "For Further
  // Information"): a name does not. A launch release written as a probe copied its "About …" heading.
  if (words.length >= 2 && HEADING_PREPOSITION.test(text)) return true;
  const ordinary = words.filter((w) => lower.has(w.toLowerCase())).length;
  if (words.length >= 2 && words.every((w) => /^[A-Z]/.test(w)) && ordinary * 2 >= words.length) return true;
  // And a short heading of the document's ordinary words only ("Storms"), or of two words in sentence
  // case ("Key findings"): a climate statement written as a probe copied such headings, which went
  // unfound in four of its 24 planted lines (inject.mjs seeds 1-8).
  if (words.length >= 1 && words.length <= 3 && ordinary === words.length && /^[A-Z][a-z]/.test(words[0]!) && !/[(){}[\]=<>_;]/.test(text)) return true;
  // Names capitalise both words of two.
  if (words.length === 2 && /^[A-Z][a-z]/.test(words[0]!) && /^[a-z]/.test(words[1]!) && ordinary >= 1) return true;
  return words.length >= 3 && words.some((w) => /^[a-z]/.test(w));
}

const HEADING_PREPOSITION = /^\s*(?:About|For|On|In|With|From|At|By|To|Under|After|Before|Between|During|Through|Towards?|Without|Regarding|Concerning)\s+[A-Z]/;
const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/;
