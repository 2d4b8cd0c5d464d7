// JUnit XML for CI test reports: one testsuite per document pair, one testcase per rule; findings at or
// over the gate are failures, the others are listed in the testcase's output.

import { RULES } from "../checks/registry.js";
import type { Finding, Result, Severity } from "../model/types.js";
import { xmlAttr, xmlText } from "./escape.js";
import { places, relativePath } from "./locations.js";

export type FailOn = "error" | "warning" | "never";

export interface JunitOptions {
  failOn?: FailOn;
  cwd?: string;
  rules?: Array<{ id: string; description: string }>;
}

const RANK: Record<Severity, number> = { error: 2, warning: 1, info: 0 };

/** Whether a finding of this severity fails the gate. */
export function failsGate(severity: Severity, failOn: FailOn): boolean {
  return failOn === "never" ? false : RANK[severity] >= RANK[failOn];
}

function describe(f: Finding, result: Result, cwd: string | undefined): string {
  const p = places(f, result)[0];
  const where = p ? `${relativePath(p.path, cwd)}:${p.range.startPos.line}:${p.range.startPos.column}` : relativePath(result.source.path, cwd);
  return `${where} ${f.severity} ${f.message}${f.suggestion ? ` (suggestion: ${f.suggestion})` : ""}`;
}

export function formatJunit(result: Result, options: JunitOptions = {}): string {
  return formatJunitMany([result], options);
}

/** A <testsuite> per document pair, in one <testsuites>. */
export function formatJunitMany(results: Result[], options: JunitOptions = {}): string {
  const suites = results.map((r) => testsuite(r, options));
  const tests = suites.reduce((n, s) => n + s.tests, 0);
  const failures = suites.reduce((n, s) => n + s.failures, 0);
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<testsuites name="tandem" tests="${tests}" failures="${failures}" errors="0">`,
    ...suites.map((s) => s.xml),
    `</testsuites>`,
    "",
  ].join("\n");
}

function testsuite(result: Result, options: JunitOptions): { xml: string; tests: number; failures: number } {
  const failOn = options.failOn ?? "error";
  const rules = options.rules ?? RULES;
  const ids = [...rules.map((r) => r.id), ...new Set(result.findings.map((f) => f.rule).filter((id) => !rules.some((r) => r.id === id)))];
  const src = relativePath(result.source.path, options.cwd);
  const tgt = relativePath(result.target.path, options.cwd);
  const suiteName = src === tgt ? src : `${src} → ${tgt}`;
  const cases: string[] = [];
  let failures = 0;
  for (const id of ids) {
    const fs = result.findings.filter((f) => f.rule === id);
    const failing = fs.filter((f) => failsGate(f.severity, failOn));
    const passing = fs.filter((f) => !failsGate(f.severity, failOn));
    const attrs = `name="${xmlAttr(id)}" classname="${xmlAttr(suiteName)}" file="${xmlAttr(src)}"`;
    const body: string[] = [];
    if (failing.length) {
      failures++;
      const worst = failing.some((f) => f.severity === "error") ? "error" : failing.some((f) => f.severity === "warning") ? "warning" : "info";
      const head = `${failing.length} finding${failing.length === 1 ? "" : "s"}: ${failing[0]!.message}`;
      body.push(`      <failure message="${xmlAttr(head)}" type="${worst}">${xmlText(failing.map((f) => describe(f, result, options.cwd)).join("\n"))}</failure>`);
    }
    if (passing.length) body.push(`      <system-out>${xmlText(passing.map((f) => describe(f, result, options.cwd)).join("\n"))}</system-out>`);
    cases.push(body.length ? `    <testcase ${attrs}>\n${body.join("\n")}\n    </testcase>` : `    <testcase ${attrs}/>`);
  }
  const props = [
    `      <property name="coverage" value="${result.summary.coverage}"/>`,
    `      <property name="beads" value="${result.summary.beads}"/>`,
    `      <property name="source" value="${xmlAttr(src)}"/>`,
    `      <property name="target" value="${xmlAttr(tgt)}"/>`,
  ];
  const xml = [
    `  <testsuite name="${xmlAttr(suiteName)}" tests="${ids.length}" failures="${failures}" errors="0" skipped="0">`,
    `    <properties>`,
    ...props,
    `    </properties>`,
    ...cases,
    `  </testsuite>`,
  ].join("\n");
  return { xml, tests: ids.length, failures };
}
