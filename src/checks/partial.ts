// The body of partial-addition: a clause or run of clauses of the target side of a well-matched bead
// that finds almost nothing on the source side, by IDF-weighted gloss coverage against fixed gates.
// (partial-omission moved to document-calibrated word evidence, omission-evidence.ts: on injected
// mac-dev and aca it found more planted clauses at fewer false alarms than these gates. The same
// evidence read from the target side would serve this rule, but the seed fixture, a few sentences
// long, gives it too little to learn from; these gates stay until a larger additions benchmark exists.)

import type { Bead, Lang, Sentence } from "../model/types.js";
import { beadSides, clauseIndex, uncoveredRuns, type ClauseIndex, type Uncovered } from "./clauses.js";
import { chineseNumbers, englishNumbers } from "../align/numbers.js";
import { quote } from "./describe.js";
import { sameMention } from "./number-mismatch.js";
import { numberOption, type CheckContext } from "./types.js";

export interface PartialOptions {
  /** A clause is uncovered when at most this share of its weighted words finds a gloss: 0..1. */
  maxCoverage: number;
  /** The rest of the bead must match at least this well. */
  minRest: number;
  /** The run's share of its sentence(s). */
  minShare: number;
  /** Least length of the run: Han characters for Chinese, letters for English. */
  minLength: { zh: number; en: number };
  /**
   * The other side must be shorter (omission) or this side longer (addition) than the document's
   * length ratio predicts by this many times the run's share: a real gap shows in the lengths too.
   */
  minDeficit: number;
  /**
   * A passage at most this share of a long sentence is reported without the length gate when none of
   * its words is found and the rest matches at least `minRest` (0 turns it off): a few words added to
   * a long sentence do not show in its length.
   */
  maxSmallShare: number;
}

// Calibrated on injected mac-dev and aca (seeds 1, 2) when partial-omission still used them:
// literary translations are free enough that clause coverage alone flags hundreds of clauses; these
// settings keep false alarms near 1 per 1,000 sentences at the cost of recall (see README).
export const PARTIAL_DEFAULTS: PartialOptions = { maxCoverage: 0.05, minRest: 0.45, minShare: 0.1, minLength: { zh: 8, en: 32 }, minDeficit: 1, maxSmallShare: 0 };

function indexFor(ctx: CheckContext): ClauseIndex | undefined {
  const resources = ctx.resources;
  if (!resources) return undefined;
  return ctx.shared("clause-index", () => {
    const zhSide = ctx.sourceLang === "zh" ? ctx.source : ctx.target;
    const enSide = ctx.sourceLang === "zh" ? ctx.target : ctx.source;
    return clauseIndex(zhSide, enSide, resources);
  });
}

function options(ctx: CheckContext, defaults: PartialOptions): PartialOptions {
  const PARTIAL_DEFAULTS = defaults;
  const o = ctx.options;
  const num = (k: string, d: number): number => numberOption(o, k, d);
  return {
    maxCoverage: num("maxCoverage", PARTIAL_DEFAULTS.maxCoverage),
    minRest: num("minRest", PARTIAL_DEFAULTS.minRest),
    minShare: num("minShare", PARTIAL_DEFAULTS.minShare),
    minLength: { zh: num("minLengthZh", PARTIAL_DEFAULTS.minLength.zh), en: num("minLengthEn", PARTIAL_DEFAULTS.minLength.en) },
    minDeficit: num("minDeficit", PARTIAL_DEFAULTS.minDeficit),
    maxSmallShare: num("maxSmallShare", PARTIAL_DEFAULTS.maxSmallShare),
  };
}

/** Runs the check for one direction: "source" finds partial omissions, "target" partial additions. */
export function runPartial(ctx: CheckContext, which: "source" | "target", defaults: PartialOptions = PARTIAL_DEFAULTS): void {
  const index = indexFor(ctx);
  if (!index) return;
  const o = options(ctx, defaults);
  const lang: Lang = which === "source" ? ctx.sourceLang : ctx.targetLang;
  for (const bead of ctx.beads) {
    if (!bead.source.length || !bead.target.length) continue;
    const { zh, en } = beadSides(bead, ctx.sourceLang);
    const runs = uncoveredRuns(index, zh, en, lang, o.maxCoverage);
    for (const run of runs) {
      const length = run.clauses.reduce((n, c) => n + c.length, 0);
      if (run.share >= 0.999) continue; // the whole side: an alignment problem, not a clause
      if (length < o.minLength[lang] || run.rest < o.minRest) continue;
      const small = run.share <= o.maxSmallShare && run.coverage <= 0.01 && words(run, lang) >= 4;
      if (!small) {
        if (run.share < o.minShare) continue;
        // The other side falls short of what this side's length predicts: by the omitted clause's
        // share for an omission, by the added clause's share for an addition.
        if (deficit(index, zh, en, lang) < o.minDeficit * run.share) continue;
      }
      const other = which === "source" ? bead.target.map((id) => ctx.target[id]!) : bead.source.map((id) => ctx.source[id]!);
      if (copied(run, other) || figuresOnly(run, lang, other)) continue;
      report(ctx, which, bead, run);
    }
  }
}

/**
 * How much shorter the other side is than the document's own length ratio predicts, as a share of
 * this side: a clause left untranslated shortens the translation by about its own share.
 */
export function deficit(index: ClauseIndex, zh: number[], en: number[], side: Lang): number {
  const len = (ids: number[], l: "zh" | "en") => ids.reduce((n, id) => {
    const sp = index.spans[l].get(id);
    return n + (sp ? index.clauses[l].slice(sp[0], sp[1]).reduce((m, c) => m + c.length, 0) : 0);
  }, 0);
  const zl = len(zh, "zh");
  const el = len(en, "en");
  const ratio = index.ratio;
  if (!zl || !el) return 0;
  return side === "zh" ? 1 - el / (ratio * zl) : 1 - (ratio * zl) / el;
}

/**
 * A run without a Han character whose every word and number the other side writes too: a name, an
 * address or a telephone number kept as written (+1 408-555-0142), which the dictionary cannot find.
 */
function copied(run: Uncovered, other: Sentence[]): boolean {
  const text = run.clauses.map((c) => c.text).join(" ");
  if (/\p{Script=Han}/u.test(text)) return false;
  const tokens = text.match(/[\p{L}\p{N}]+/gu);
  if (!tokens) return false;
  const there = new Set(other.flatMap((s) => s.text.match(/[\p{L}\p{N}]+/gu) ?? []));
  return tokens.every((t) => there.has(t));
}

/**
 * A run that is little but figures the other side writes too: "2026年为3.2%" after "3.1% in 2025 and
 * 3.2% in 2026" (the dictionary finds no word in it, but its numbers are the source's).
 */
function figuresOnly(run: Uncovered, lang: Lang, other: Sentence[]): boolean {
  const text = run.clauses.map((c) => c.text).join(" ");
  const mine = lang === "zh" ? chineseNumbers(text) : englishNumbers(text);
  if (!mine.length) return false;
  const theirs = other.flatMap((s) => (lang === "zh" ? englishNumbers(s.text) : chineseNumbers(s.text)));
  if (!mine.every((x) => theirs.some((y) => sameMention(x, y)))) return false;
  let rest = "";
  let at = 0;
  for (const x of mine) {
    rest += text.slice(at, Math.max(at, x.start));
    at = Math.max(at, x.end);
  }
  rest += text.slice(at);
  // Besides the figures, a unit or a verb at most: 年为, 同比增长.
  return lang === "zh" ? (rest.match(/\p{Script=Han}/gu) ?? []).length <= 4 : (rest.match(/[A-Za-z]{3,}/g) ?? []).length <= 2;
}

/** Words of a run: English words of two letters or more, or Han characters ÷ 2. */
function words(run: Uncovered, lang: Lang): number {
  const text = run.clauses.map((c) => c.text).join(" ");
  return lang === "en" ? (text.match(/[A-Za-z]{2,}/g) ?? []).length : Math.floor((text.match(/\p{Script=Han}/gu) ?? []).length / 2);
}

function report(ctx: CheckContext, which: "source" | "target", bead: Bead, run: Uncovered): void {
  const other = which === "source" ? "target" : "source";
  const sentences = [...new Set(run.clauses.map((c) => c.sentence.index))];
  const first = run.clauses[0]!;
  const last = run.clauses[run.clauses.length - 1]!;
  const text = first.sentence === last.sentence ? first.sentence.text.slice(first.start, last.end) : run.clauses.map((c) => c.text).join(" … ");
  const ranges = run.clauses.length && first.sentence === last.sentence ? [ctx.range(first.sentence, first.start, last.end)] : run.clauses.map((c) => ctx.range(c.sentence, c.start, c.end));
  const otherIds = bead[other];
  const sides = {
    [which]: { sentences, ranges },
    [other]: { sentences: otherIds, ranges: [] as ReturnType<CheckContext["range"]>[] },
  } as { source: { sentences: number[]; ranges: ReturnType<CheckContext["range"]>[] }; target: { sentences: number[]; ranges: ReturnType<CheckContext["range"]>[] } };
  const pct = Math.round(run.coverage * 100);
  ctx.report({
    message:
      which === "source"
        ? `part of source ${label(first.sentence)} has no translation: ${quote(text, 100)} (${pct}% of its words found in the translation)`
        : `part of target ${label(first.sentence)} has no source: ${quote(text, 100)} (${pct}% of its words found in the source)`,
    ...sides,
  });
}

function label(s: Sentence): string {
  return `sentence ${s.index + 1}`;
}
