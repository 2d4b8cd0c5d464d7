// A Markdown summary for $GITHUB_STEP_SUMMARY or a pull-request comment: counts, coverage, a table of
// findings. GitHub renders inline HTML in Markdown, so input text is escaped for both.

import type { Result, Severity } from "../model/types.js";
import { places, relativePath } from "./locations.js";

export interface MarkdownOptions {
  cwd?: string;
  /** Rows of the findings table before it is cut short. */
  maxFindings?: number;
}

const ICON: Record<Severity, string> = { error: "🔴 error", warning: "🟠 warning", info: "🔵 note" };

/** Escapes text for a Markdown table cell: HTML, Markdown punctuation, pipes and line breaks. */
export function markdownCell(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/([\\`*_{}[\]()#+!|~])/g, "\\$1")
    .replace(/\r\n|\r|\n/g, "<br>")
    .replace(/\t/g, " ");
}

export function formatMarkdown(result: Result, options: MarkdownOptions = {}): string {
  const { summary } = result;
  const max = options.maxFindings ?? 100;
  const src = relativePath(result.source.path, options.cwd);
  const tgt = relativePath(result.target.path, options.cwd);
  const n = (x: number, w: string): string => `${x} ${w}${x === 1 ? "" : "s"}`;
  const out: string[] = [];
  out.push(`## tandem: ${markdownCell(src === tgt ? src : `${src} → ${tgt}`)}`, "");
  const status = summary.findings.error ? "❌" : summary.findings.warning ? "⚠️" : "✅";
  out.push(
    `${status} ${n(summary.findings.error, "error")}, ${n(summary.findings.warning, "warning")}, ${n(summary.findings.info, "note")} · ` +
      `coverage **${(summary.coverage * 100).toFixed(1)}%** · ${n(summary.beads, "bead")} (${result.source.lang} → ${result.target.lang})`,
    "",
  );
  const rules = Object.entries(summary.byRule).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (rules.length) {
    out.push("| rule | findings |", "|---|---:|", ...rules.map(([r, c]) => `| \`${r}\` | ${c} |`), "");
  }
  if (result.findings.length) {
    out.push("| | rule | where | message |", "|---|---|---|---|");
    for (const f of result.findings.slice(0, max)) {
      const p = places(f, result)[0];
      const where = p ? `${relativePath(p.path, options.cwd)}:${p.range.startPos.line}:${p.range.startPos.column}` : "";
      out.push(`| ${ICON[f.severity]} | \`${f.rule}\` | ${markdownCell(where)} | ${markdownCell(f.message)} |`);
    }
    if (result.findings.length > max) out.push("", `… and ${result.findings.length - max} more (see the full report).`);
    out.push("");
  } else {
    out.push("No findings.", "");
  }
  return out.join("\n");
}
