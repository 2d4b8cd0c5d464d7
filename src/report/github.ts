// GitHub Actions workflow commands: one annotation per finding, escaped as @actions/core escapes them.

import type { Result, Severity } from "../model/types.js";
import { places, relativePath } from "./locations.js";

const COMMAND: Record<Severity, string> = { error: "error", warning: "warning", info: "notice" };

/** @actions/core escapeData: % CR LF. */
export function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** @actions/core escapeProperty: escapeData plus : and , (they separate properties). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

export interface GithubOptions {
  cwd?: string;
}

export function formatGithub(result: Result, options: GithubOptions = {}): string {
  const lines: string[] = [];
  for (const f of result.findings) {
    const p = places(f, result)[0];
    const props: Array<[string, string]> = [];
    props.push(["file", relativePath(p?.path ?? result.source.path, options.cwd)]);
    if (p) {
      props.push(["line", String(p.range.startPos.line)], ["endLine", String(p.range.endPos.line)]);
      // GitHub only honours columns on a one-line annotation.
      if (p.range.startPos.line === p.range.endPos.line) props.push(["col", String(p.range.startPos.column)], ["endColumn", String(p.range.endPos.column)]);
    }
    props.push(["title", `tandem ${f.rule}`]);
    const message = f.suggestion ? `${f.message}\nSuggestion: ${f.suggestion}` : f.message;
    lines.push(`::${COMMAND[f.severity]} ${props.map(([k, v]) => `${k}=${escapeProperty(v)}`).join(",")}::${escapeData(message)}`);
  }
  return lines.length ? lines.join("\n") + "\n" : "";
}
