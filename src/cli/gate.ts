// The CI gate: which findings and what coverage fail a run (exit 1). Documented in the README.

import { UsageError } from "../model/errors.js";
import type { Result } from "../model/types.js";
import type { FailOn } from "../report/index.js";

export const FAIL_ON: FailOn[] = ["error", "warning", "never"];

export interface Gate {
  failOn: FailOn;
  /** Share of sentences aligned (result.summary.coverage) below which the run fails. */
  minCoverage?: number;
}

export interface GateOutcome {
  pass: boolean;
  /** Why it failed, one line each. */
  reasons: string[];
  /** Whether the findings (not only coverage) failed it. */
  findingsFailed: boolean;
  /** The reason coverage failed it, if it did. */
  coverage?: string;
}

const n = (x: number, w: string): string => `${x} ${w}${x === 1 ? "" : "s"}`;

export function evaluateGate(result: Pick<Result, "summary">, gate: Gate): GateOutcome {
  const { findings, coverage } = result.summary;
  const reasons: string[] = [];
  let findingsFailed = false;
  if (gate.failOn === "error" && findings.error > 0) {
    findingsFailed = true;
    reasons.push(`${n(findings.error, "error")} (--fail-on error)`);
  } else if (gate.failOn === "warning" && findings.error + findings.warning > 0) {
    findingsFailed = true;
    reasons.push(`${n(findings.error, "error")} and ${n(findings.warning, "warning")} (--fail-on warning)`);
  }
  let low: string | undefined;
  if (gate.minCoverage !== undefined && coverage < gate.minCoverage) {
    low = `coverage ${(coverage * 100).toFixed(1)}% is below --min-coverage ${+(gate.minCoverage * 100).toFixed(2)}%`;
    reasons.push(low);
  }
  return { pass: reasons.length === 0, reasons, findingsFailed, ...(low === undefined ? {} : { coverage: low }) };
}

/** Pairs whose coverage failed the gate that are named one by one; the rest are counted. */
const NAMED_PAIRS = 10;

/**
 * The gate over the pairs of one run (two folders): one line for the findings of every pair together,
 * with how many pairs hold them, and one per pair under --min-coverage (the first ten, then a count),
 * rather than one line per pair for a release of hundreds of files.
 */
export function evaluateGateMany(results: Array<Pick<Result, "summary">>, names: string[], gate: Gate): GateOutcome {
  const outcomes = results.map((r) => evaluateGate(r, gate));
  if (outcomes.length === 1) return outcomes[0]!;
  const reasons: string[] = [];
  const failing = outcomes.filter((o) => o.findingsFailed).length;
  if (failing) {
    let error = 0;
    let warning = 0;
    results.forEach((r, k) => {
      if (!outcomes[k]!.findingsFailed) return;
      error += r.summary.findings.error;
      warning += r.summary.findings.warning;
    });
    const pairs = `in ${failing} of ${outcomes.length} pairs`;
    reasons.push(gate.failOn === "error" ? `${n(error, "error")} ${pairs} (--fail-on error)` : `${n(error, "error")} and ${n(warning, "warning")} ${pairs} (--fail-on warning)`);
  }
  const low = outcomes.flatMap((o, k) => (o.coverage === undefined ? [] : [k]));
  for (const k of low.slice(0, NAMED_PAIRS)) reasons.push(`${names[k]}: ${outcomes[k]!.coverage}`);
  if (low.length > NAMED_PAIRS) reasons.push(`${n(low.length - NAMED_PAIRS, "more pair")} under --min-coverage`);
  return { pass: reasons.length === 0, reasons, findingsFailed: failing > 0 };
}

export function parseFailOn(value: string | undefined): FailOn | undefined {
  if (value === undefined) return undefined;
  if (!FAIL_ON.includes(value as FailOn)) throw new UsageError(`--fail-on ${value}: use error, warning or never`);
  return value as FailOn;
}

/** 0.98, or 98% */
export function parseCoverage(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const m = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*(%?)\s*$/.exec(value);
  const x = m ? Number(m[1]) / (m[2] ? 100 : 1) : NaN;
  if (!(x >= 0 && x <= 1)) throw new UsageError(`--min-coverage ${value}: give a share from 0 to 1 (0.98) or a percentage (98%)`);
  return x;
}
