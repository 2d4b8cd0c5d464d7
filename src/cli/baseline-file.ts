// Reading and writing baseline files around the pure post-processing step in src/baseline/.

import { existsSync, readFileSync } from "node:fs";
import { createBaselineMany, matchBaselineMany, parseBaseline, serializeBaseline, withFindings, type Baseline } from "../baseline/index.js";
import { InputError } from "../model/errors.js";
import type { Result } from "../model/types.js";
import { writeFile } from "./outputs.js";

export function readBaseline(file: string): Baseline {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(file, code === "ENOENT" ? "no such baseline file (record one with --update-baseline)" : `cannot read the baseline (${code ?? String(e)})`);
  }
  return parseBaseline(text, file);
}

export interface BaselineRun {
  result: Result;
  /** Lines for standard error: what was recorded, suppressed, and which entries are stale. */
  notes: string[];
}

/**
 * --update-baseline FILE records every finding of `result` (keeping justifications already in FILE);
 * --baseline FILE (or the file just recorded) then removes the baselined findings from the result.
 */
export function applyBaselineFiles(result: Result, options: { baseline?: string; updateBaseline?: string }): BaselineRun {
  const run = applyBaselineFilesMany([result], options);
  return { result: run.results[0]!, notes: run.notes };
}

/**
 * The same for several document pairs (two folders): one baseline file for all of them, its entries
 * keyed by `files[k]`, pair k's path in the source folder, so that each matches its own file only.
 */
export function applyBaselineFilesMany(results: Result[], options: { baseline?: string; updateBaseline?: string }, files: Array<string | undefined> = []): { results: Result[]; notes: string[] } {
  const notes: string[] = [];
  let baseline: Baseline | undefined;
  let file = options.baseline;
  if (options.updateBaseline) {
    const path = options.updateBaseline;
    const previous = existsSync(path) ? readBaseline(path) : options.baseline ? readBaseline(options.baseline) : undefined;
    baseline = createBaselineMany(results, previous, files);
    writeFile(path, serializeBaseline(baseline));
    notes.push(`baseline ${path}: recorded ${baseline.entries.length} finding${baseline.entries.length === 1 ? "" : "s"}`);
    file = path;
  } else if (options.baseline) {
    baseline = readBaseline(options.baseline);
  }
  if (!baseline || !file) return { results, notes };
  const matches = matchBaselineMany(baseline, results, files);
  const baselineFile = file;
  if (!options.updateBaseline) {
    const suppressed = matches.reduce((n, m) => n + m.suppressed.length, 0);
    const kept = matches.reduce((n, m) => n + m.kept.length, 0);
    const stale = matches.flatMap((m) => m.stale);
    notes.push(`baseline ${file}: ${suppressed} known finding${suppressed === 1 ? "" : "s"} not reported, ${kept} new`);
    if (stale.length) {
      notes.push(`baseline ${file}: ${stale.length} entr${stale.length === 1 ? "y no longer matches" : "ies no longer match"} (stale; fixed or edited — refresh with --update-baseline):`);
      for (const e of stale.slice(0, 20)) notes.push(`  ${e.rule} ${e.fingerprint}${e.file !== undefined ? ` (${e.file})` : ""}${e.message ? ` ${oneLine(e.message)}` : ""}`);
      if (stale.length > 20) notes.push(`  … and ${stale.length - 20} more`);
    }
  }
  // The reports say it too (the terminal's summary, JSON's summary.baseline), not only stderr.
  const summarized = results.map((r, k) => {
    const m = matches[k]!;
    const staleEntries = m.stale.map((e) => ({ rule: e.rule, fingerprint: e.fingerprint, ...(e.file !== undefined ? { file: e.file } : {}), ...(e.message !== undefined ? { message: e.message } : {}) }));
    const kept = withFindings(r, m.kept);
    return { ...kept, summary: { ...kept.summary, baseline: { file: baselineFile, suppressed: m.suppressed.length, stale: staleEntries.length, staleEntries } } };
  });
  return { results: summarized, notes };
}

function oneLine(s: string): string {
  const t = s.replace(/\s+/g, " ");
  return t.length > 100 ? `${t.slice(0, 99)}…` : t;
}
