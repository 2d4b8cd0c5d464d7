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
  if (gate.minCoverage !== undefined && coverage < gate.minCoverage) {
    reasons.push(`coverage ${(coverage * 100).toFixed(1)}% is below --min-coverage ${+(gate.minCoverage * 100).toFixed(2)}%`);
  }
  return { pass: reasons.length === 0, reasons, findingsFailed };
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
