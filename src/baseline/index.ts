// Baselines: accept today's findings so that CI reports only new ones. A post-processing step on
// findings (never part of the core); the CLI reads and writes the file.
//
// An entry is the rule plus a fingerprint: a hash of the rule and the normalised text of the finding's
// sentences, with an occurrence counter (see report/fingerprint.ts). Editing other parts of the document,
// moving the passage or reflowing its lines keeps the fingerprint; editing the sentence itself does not.

import { InputError } from "../model/errors.js";
import type { Finding, Result, Severity } from "../model/types.js";
import { fingerprints } from "../report/fingerprint.js";

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  rule: string;
  fingerprint: string;
  /** The finding's message when it was recorded: for people reading the file. */
  message?: string;
  /** Why the finding is accepted; kept when the baseline is updated. */
  justification?: string;
}

export interface Baseline {
  version: number;
  tool: "tandem";
  entries: BaselineEntry[];
}

type Context = Pick<Result, "source" | "target" | "sourceSentences" | "targetSentences" | "findings">;

const key = (rule: string, fingerprint: string): string => `${rule}\u0000${fingerprint}`;

/** Parses and validates a baseline file's text; errors name the file and the entry. */
export function parseBaseline(text: string, file: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new InputError(file, `is not a valid baseline (not JSON: ${(e as Error).message})`);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) throw new InputError(file, "is not a valid baseline (expected an object with \"entries\")");
  const o = data as Record<string, unknown>;
  if (o.version !== BASELINE_VERSION) throw new InputError(file, `baseline version ${JSON.stringify(o.version)} is not supported (expected ${BASELINE_VERSION})`);
  if (!Array.isArray(o.entries)) throw new InputError(file, "is not a valid baseline: \"entries\" must be an array");
  const entries = o.entries.map((e: unknown, i): BaselineEntry => {
    const x = e as Record<string, unknown>;
    if (typeof x !== "object" || x === null || typeof x.rule !== "string" || typeof x.fingerprint !== "string") {
      throw new InputError(file, `entries[${i}]: needs string "rule" and "fingerprint"`);
    }
    if (x.justification !== undefined && typeof x.justification !== "string") throw new InputError(file, `entries[${i}].justification: must be a string`);
    return {
      rule: x.rule,
      fingerprint: x.fingerprint,
      ...(typeof x.message === "string" ? { message: x.message } : {}),
      ...(typeof x.justification === "string" ? { justification: x.justification } : {}),
    };
  });
  return { version: BASELINE_VERSION, tool: "tandem", entries };
}

/** A baseline of the result's findings; justifications of entries that still match are carried over. */
export function createBaseline(result: Context, previous?: Baseline): Baseline {
  return createBaselineMany([result], previous);
}

/** One baseline for several document pairs (two folders). */
export function createBaselineMany(results: Context[], previous?: Baseline): Baseline {
  const kept = new Map<string, string[]>();
  for (const e of previous?.entries ?? []) if (e.justification) kept.set(key(e.rule, e.fingerprint), [...(kept.get(key(e.rule, e.fingerprint)) ?? []), e.justification]);
  const entries = results.flatMap((result) => {
    const fps = fingerprints(result);
    return result.findings.map((f, k): BaselineEntry => {
      const justification = kept.get(key(f.rule, fps[k]!))?.shift();
      return { rule: f.rule, fingerprint: fps[k]!, message: f.message, ...(justification ? { justification } : {}) };
    });
  });
  return { version: BASELINE_VERSION, tool: "tandem", entries };
}

export function serializeBaseline(b: Baseline): string {
  return JSON.stringify(b, null, 2) + "\n";
}

export interface BaselineMatch {
  /** Findings not in the baseline: the new ones. */
  kept: Finding[];
  suppressed: Finding[];
  /** Baseline entries that no finding matches any more (fixed, or the sentence was edited). */
  stale: BaselineEntry[];
}

/** Splits findings into new ones and baselined ones. Fingerprints are computed over `findings` in order. */
export function matchBaseline(baseline: Baseline, context: Omit<Context, "findings">, findings: Finding[]): BaselineMatch {
  const [one] = matchBaselineMany(baseline, [{ ...context, findings }]);
  return one!;
}

/**
 * The same for several document pairs: each entry matches at most one finding in any pair, and an entry
 * is stale only when no pair matched it (reported once, on the first pair's match).
 */
export function matchBaselineMany(baseline: Baseline, contexts: Context[]): BaselineMatch[] {
  const unused = new Map<string, BaselineEntry[]>();
  for (const e of baseline.entries) unused.set(key(e.rule, e.fingerprint), [...(unused.get(key(e.rule, e.fingerprint)) ?? []), e]);
  const matches = contexts.map((context): BaselineMatch => {
    const fps = fingerprints(context);
    const kept: Finding[] = [];
    const suppressed: Finding[] = [];
    context.findings.forEach((f, k) => {
      const list = unused.get(key(f.rule, fps[k]!));
      if (list?.length) {
        list.shift();
        suppressed.push(f);
      } else kept.push(f);
    });
    return { kept, suppressed, stale: [] };
  });
  if (matches[0]) matches[0].stale = [...unused.values()].flat();
  return matches;
}

/** The post-processing step: `(findings) => findings` without the baselined ones. */
export function suppressBaselined(baseline: Baseline, context: Omit<Context, "findings">): (findings: Finding[]) => Finding[] {
  return (findings) => matchBaseline(baseline, context, findings).kept;
}

/** The result with other findings, its summary's counts recomputed (coverage is unchanged). */
export function withFindings(result: Result, findings: Finding[]): Result {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const byRule: Record<string, number> = {};
  for (const f of findings) {
    counts[f.severity]++;
    byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
  }
  return { ...result, findings, summary: { ...result.summary, findings: counts, byRule } };
}
