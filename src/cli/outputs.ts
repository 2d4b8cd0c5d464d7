// Several outputs in one run: `--format terminal --format sarif:out.sarif --format html:report.html`.
// A plain format goes to standard output, or to -o FILE; FORMAT:FILE goes to FILE. Every output path is
// checked before anything is read or written: none may be an input, and no two may be the same file.

import { realpathSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { UsageError } from "../model/errors.js";
import type { Result } from "../model/types.js";
import type { FormatOptions, Formatter } from "../report/index.js";

export interface OutputSpec {
  format: string;
  /** Undefined: standard output. */
  path?: string;
}

/** Parses the --format values (and -o) into outputs; errors name the offending flag. */
export function parseOutputs(formats: string[], output: string | undefined, known: Record<string, Formatter>): OutputSpec[] {
  const specs = formats.map((spec): OutputSpec => {
    const at = spec.indexOf(":");
    const format = at < 0 ? spec : spec.slice(0, at);
    const path = at < 0 ? undefined : spec.slice(at + 1);
    if (!Object.hasOwn(known, format)) throw new UsageError(`--format ${format}: unknown format (use ${Object.keys(known).join(", ")})`);
    if (path === "") throw new UsageError(`--format ${spec}: give a file after the colon (or - for standard output)`);
    return path === undefined || path === "-" ? { format } : { format, path };
  });
  const plain = specs.filter((s, k) => s.path === undefined && !formats[k]!.includes(":"));
  if (output !== undefined && output !== "-") {
    if (plain.length !== 1) throw new UsageError(`-o ${output}: applies to one plain --format; with several, give each a file: --format NAME:FILE`);
    plain[0]!.path = output;
  }
  const toStdout = specs.filter((s) => s.path === undefined);
  if (toStdout.length > 1) {
    throw new UsageError(`--format ${toStdout.map((s) => s.format).join(", ")}: only one output can go to standard output; give the others a file (--format ${toStdout[1]!.format}:FILE)`);
  }
  const seen = new Set<string>();
  for (const s of specs) {
    if (s.path === undefined) continue;
    const p = canonical(s.path);
    if (seen.has(p)) throw new UsageError(`${s.path}: named as the output of two formats`);
    seen.add(p);
  }
  return specs;
}

/** The resolved path, through symbolic links when the file exists. */
export function canonical(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/** Refuses any output path that is one of the inputs, or that two outputs share (exit 2), before anything is written. */
export function guardOutputs(outputs: Array<string | undefined>, inputs: Array<string | undefined>): void {
  const ins = new Set(inputs.filter((p): p is string => p !== undefined).map(canonical));
  const seen = new Set<string>();
  for (const out of outputs) {
    if (out === undefined || out === "-") continue;
    const p = canonical(out);
    if (ins.has(p)) throw new UsageError(`${out}: refusing to overwrite an input file`);
    if (seen.has(p)) throw new UsageError(`${out}: named as two outputs`);
    seen.add(p);
  }
}

export function writeFile(path: string, text: string): void {
  try {
    writeFileSync(path, text);
  } catch (e) {
    throw new UsageError(`${path}: cannot write (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
}

/** Formats every output first (so a formatter error writes nothing), then writes them. */
export function writeOutputs(specs: OutputSpec[], known: Record<string, Formatter>, result: Result, optionsFor: (toFile: boolean) => FormatOptions): void {
  const texts = specs.map((s) => known[s.format]!(result, optionsFor(s.path !== undefined)));
  specs.forEach((s, k) => (s.path === undefined ? process.stdout.write(texts[k]!) : writeFile(s.path, texts[k]!)));
}
