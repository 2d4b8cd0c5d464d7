// Several pairs in one run (two folders): each pair a section of the report. Until the formatters take
// several results, the CLI formats each pair and joins them here: JSON reports become one JSON object
// with a "sections" array; text reports get a heading line per section.

import type { Result } from "../model/types.js";
import { jsonSections, MANY_FORMATS, terminalTotals, type Formatter } from "../report/index.js";

export interface Section {
  /** "zh/a.txt ⇄ en/a.txt" */
  label: string;
  files: string[];
  text: string;
}

export function joinSections(sections: Section[]): string {
  if (sections.length === 1) return sections[0]!.text;
  const parsed = sections.map((s) => {
    try {
      return JSON.parse(s.text) as unknown;
    } catch {
      return undefined;
    }
  });
  if (parsed.every((p) => p !== null && typeof p === "object" && !Array.isArray(p))) {
    const objects = parsed as Array<Record<string, unknown>>;
    // SARIF holds several runs by design: one run a pair.
    if (objects.every((o) => Array.isArray(o["runs"]))) {
      return JSON.stringify({ ...objects[0]!, runs: objects.flatMap((o) => o["runs"] as unknown[]) }, null, 2) + "\n";
    }
    const version = objects[0]!["version"];
    const merged = { ...(version !== undefined ? { version } : {}), sections: objects.map((o, k) => ({ files: sections[k]!.files, ...o })) };
    return JSON.stringify(merged, null, 2) + "\n";
  }
  const junit = sections.map((s) => /^(?:<\?xml[^>]*>\s*)?<testsuites\b([^>]*)>([^]*)<\/testsuites>\s*$/.exec(s.text));
  if (junit.every(Boolean)) {
    // JUnit: the test suites of every pair in one <testsuites>, with the counts added up.
    const sum = (name: string): number => junit.reduce((n, m) => n + Number(new RegExp(`\\b${name}="(\\d+)"`).exec(m![1]!)?.[1] ?? 0), 0);
    return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="tandem" tests="${sum("tests")}" failures="${sum("failures")}" errors="${sum("errors")}">${junit.map((m) => m![2]!.replace(/\s+$/, "")).join("")}\n</testsuites>\n`;
  }
  // GitHub annotations name their files already; a heading line would only add noise to the log.
  if (sections.every((s) => s.text.split("\n").every((l) => l === "" || l.startsWith("::")))) return sections.map((s) => s.text).join("");
  return sections.map((s) => `== ${s.label} ==\n${s.text.endsWith("\n") ? s.text : s.text + "\n"}`).join("\n");
}

/** Wraps each formatter so that it formats every pair's result, one section each. */
export function sectionFormats(known: Record<string, Formatter>, results: Result[], files: string[][]): Record<string, Formatter> {
  const wrapped: Record<string, Formatter> = {};
  for (const [name, format] of Object.entries(known)) {
    // Formats that must stay one document (SARIF, JUnit, HTML, TMX, TSV) take every result at once.
    // JSON: what joinSections makes of the pairs' JSON reports, built in one pass.
    if (name === "json") {
      wrapped[name] = () => jsonSections(results, results.map((_, k) => files[k] ?? []));
      continue;
    }
    const many = MANY_FORMATS[name];
    if (many) {
      wrapped[name] = (_result, options) => many(results, options);
      continue;
    }
    const label = (k: number): string => (files[k] ?? []).join(" ⇄ ");
    const manyInTerminal = name === "terminal" && results.length > 1;
    wrapped[name] = (_result, options) => {
      // Many pairs in a terminal: each shows only its beads with findings, however short (--all shows all).
      const each = manyInTerminal && options.all === undefined ? { ...options, all: false } : options;
      const text = joinSections(results.map((r, k) => ({ label: label(k), files: files[k] ?? [], text: format(r, each) })));
      // The terminal report ends with what every pair adds up to, and which pairs need work.
      return manyInTerminal ? `${text}\n${terminalTotals(results, results.map((_, k) => label(k)), options)}` : text;
    };
  }
  return wrapped;
}
