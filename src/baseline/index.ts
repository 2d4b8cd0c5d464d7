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
  /**
   * Two folders: the pair's file (its path in the source folder, with /), so that the entry matches a
   * finding of that file only. Absent for a single pair, and in baselines recorded before.
   */
  file?: string;
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
const fileKey = (file: string | undefined, rule: string, fingerprint: string): string => `${file ?? ""}\u0000${key(rule, fingerprint)}`;

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
    if (x.file !== undefined && typeof x.file !== "string") throw new InputError(file, `entries[${i}].file: must be a string`);
    return {
      rule: x.rule,
      fingerprint: x.fingerprint,
      ...(typeof x.file === "string" ? { file: x.file } : {}),
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

/**
 * One baseline for several document pairs (two folders). `files[k]` names pair k (its path in the source
 * folder): its entries carry it, so they match that file's findings only.
 */
export function createBaselineMany(results: Context[], previous?: Baseline, files: Array<string | undefined> = []): Baseline {
  // Justifications follow their entry: same file first, then an entry recorded without a file.
  const kept = new Map<string, string[]>();
  for (const e of previous?.entries ?? []) {
    if (!e.justification) continue;
    const k = fileKey(e.file, e.rule, e.fingerprint);
    kept.set(k, [...(kept.get(k) ?? []), e.justification]);
  }
  const entries = results.flatMap((result, r) => {
    const fps = fingerprints(result);
    const file = files[r];
    return result.findings.map((f, k): BaselineEntry => {
      const justification = (file !== undefined ? kept.get(fileKey(file, f.rule, fps[k]!))?.shift() : undefined) ?? kept.get(fileKey(undefined, f.rule, fps[k]!))?.shift();
      return { rule: f.rule, fingerprint: fps[k]!, ...(file !== undefined ? { file } : {}), message: f.message, ...(justification ? { justification } : {}) };
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
 * The same for several document pairs, pair k named `files[k]` (two folders). Each entry matches at most
 * one finding: an entry with a file only a finding of the pair of that name (a pair without a name takes
 * any); an entry without one, a finding of any pair. An entry no pair matched is stale, reported on the
 * pair of its file (else the first).
 */
export function matchBaselineMany(baseline: Baseline, contexts: Context[], files: Array<string | undefined> = []): BaselineMatch[] {
  const used = new Set<BaselineEntry>();
  const byFile = new Map<string, BaselineEntry[]>();
  const bare = new Map<string, BaselineEntry[]>();
  const anyFile = new Map<string, BaselineEntry[]>();
  const add = (map: Map<string, BaselineEntry[]>, k: string, e: BaselineEntry): void => void map.set(k, [...(map.get(k) ?? []), e]);
  for (const e of baseline.entries) {
    if (e.file === undefined) add(bare, key(e.rule, e.fingerprint), e);
    else (add(byFile, fileKey(e.file, e.rule, e.fingerprint), e), add(anyFile, key(e.rule, e.fingerprint), e));
  }
  const take = (list: BaselineEntry[] | undefined): boolean => {
    const e = list?.find((x) => !used.has(x));
    if (e) used.add(e);
    return e !== undefined;
  };
  const matches = contexts.map((context, c): BaselineMatch => {
    const fps = fingerprints(context);
    const file = files[c];
    const kept: Finding[] = [];
    const suppressed: Finding[] = [];
    context.findings.forEach((f, k) => {
      const rk = key(f.rule, fps[k]!);
      const hit = file !== undefined ? take(byFile.get(fileKey(file, f.rule, fps[k]!))) || take(bare.get(rk)) : take(bare.get(rk)) || take(anyFile.get(rk));
      (hit ? suppressed : kept).push(f);
    });
    return { kept, suppressed, stale: [] };
  });
  for (const e of baseline.entries) {
    if (used.has(e)) continue;
    const at = e.file !== undefined ? files.indexOf(e.file) : -1;
    matches[at >= 0 ? at : 0]?.stale.push(e);
  }
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
