// Several pairs in one run (two folders): each pair a section of the report. Until the formatters take
// several results, the CLI formats each pair and joins them here: JSON reports become one JSON object
// with a "sections" array; text reports get a heading line per section.

import type { Result } from "../model/types.js";
import type { Formatter } from "../report/index.js";

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
    const version = objects[0]!["version"];
    const merged = { ...(version !== undefined ? { version } : {}), sections: objects.map((o, k) => ({ files: sections[k]!.files, ...o })) };
    return JSON.stringify(merged, null, 2) + "\n";
  }
  return sections.map((s) => `== ${s.label} ==\n${s.text.endsWith("\n") ? s.text : s.text + "\n"}`).join("\n");
}

/** Wraps each formatter so that it formats every pair's result, one section each. */
export function sectionFormats(known: Record<string, Formatter>, results: Result[], files: string[][]): Record<string, Formatter> {
  const wrapped: Record<string, Formatter> = {};
  for (const [name, format] of Object.entries(known)) {
    wrapped[name] = (_result, options) =>
      joinSections(results.map((r, k) => ({ label: (files[k] ?? []).join(" ⇄ "), files: files[k] ?? [], text: format(r, options) })));
  }
  return wrapped;
}
