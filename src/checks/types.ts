import type { AlignResources } from "../align/index.js";
import type { Bead, Finding, Lang, Range, Sentence, Severity } from "../model/types.js";

/** What a rule sees: the aligned document, read-only. */
export interface CheckContext {
  source: Sentence[];
  target: Sentence[];
  sourceLang: Lang;
  targetLang: Lang;
  beads: Bead[];
  /** The dictionary and word segmenter the aligner used; absent in bare unit tests. */
  resources?: AlignResources;
  /** Options for this rule from the config. */
  options: Record<string, unknown>;
  /** Ranges (with positions) of parts of a sentence, for findings. */
  range(sentence: Sentence, start?: number, end?: number): Range;
  report(finding: Omit<Finding, "rule" | "severity"> & { severity?: Severity }): void;
  /**
   * What `make` returns, made once per run of the rules and shared by them (the partial rules' word
   * and clause indexes); dropped when the run ends, so nothing outlives the document it describes.
   */
  shared<T>(key: string, make: () => T): T;
}

export interface Rule {
  id: string;
  description: string;
  defaultSeverity: Severity;
  /** A short example of what it finds, for the docs. */
  example: string;
  /** Options the rule accepts, name → what it does (for the docs and config validation). */
  options?: Record<string, string>;
  run(ctx: CheckContext): void;
}

/** A rule's numeric option, or `fallback` when the config does not set it to a number. */
export function numberOption(options: Record<string, unknown>, name: string, fallback: number): number {
  const v = options[name];
  return typeof v === "number" ? v : fallback;
}
