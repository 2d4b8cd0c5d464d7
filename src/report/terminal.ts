// The terminal report: beads side by side with line numbers in both files, findings under the bead
// they concern, and a summary line. Colour only when asked (the CLI decides: TTY and no NO_COLOR).

import { Chalk, type ChalkInstance } from "chalk";
import type { Bead, Finding, Result, Sentence, Severity } from "../model/types.js";
import { padEnd, stringWidth, truncateToWidth, wrap } from "./width.js";

export interface TerminalOptions {
  color: boolean;
  width: number;
  /** Show every bead, not only those with findings (the default for short documents). */
  all?: boolean;
  /** Lines of text shown per side of a bead before it is cut short. */
  maxLines?: number;
}

const SHORT_DOCUMENT = 40;
const MARK: Record<Severity, string> = { error: "✖", warning: "▲", info: "ℹ" };

function paint(c: ChalkInstance, severity: Severity, s: string): string {
  return severity === "error" ? c.red(s) : severity === "warning" ? c.yellow(s) : c.blue(s);
}

function loc(s: Sentence | undefined): string {
  return s ? `${s.startPos.line}:${s.startPos.column}` : "";
}

/** "3 items", "1 item". */
const n = (x: number, word: string): string => `${x} ${word}${x === 1 ? "" : "s"}`;

/** "2 errors, 1 warning, 6 notes": errors red and warnings yellow when there are any; notes only when there are. */
function countsText(c: ChalkInstance, f: Record<Severity, number>): string {
  const counts = [f.error ? c.red(n(f.error, "error")) : n(0, "error"), f.warning ? c.yellow(n(f.warning, "warning")) : n(0, "warning")];
  if (f.info) counts.push(n(f.info, "note"));
  return counts.join(", ");
}

export function formatTerminal(result: Result, options: TerminalOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const width = Math.max(60, Math.min(options.width, 200));
  const maxLines = options.maxLines ?? 4;
  const { source, target, sourceSentences: S, targetSentences: T, beads, findings, summary } = result;
  const out: string[] = [];

  const findingsByBead = new Map<number, Finding[]>();
  const beadOfS = new Map<number, number>();
  const beadOfT = new Map<number, number>();
  beads.forEach((b, k) => (b.source.forEach((i) => beadOfS.set(i, k)), b.target.forEach((i) => beadOfT.set(i, k))));
  for (const f of findings) {
    const s = f.source.sentences[0];
    const t = f.target.sentences[0];
    const k = (s !== undefined ? beadOfS.get(s) : undefined) ?? (t !== undefined ? beadOfT.get(t) : undefined) ?? -1;
    findingsByBead.set(k, [...(findingsByBead.get(k) ?? []), f]);
  }
  const showAll = options.all ?? beads.length <= SHORT_DOCUMENT;

  // Layout: "  12  " gutter, two columns with their line numbers, a score column.
  const gutter = 5;
  const scoreW = 6;
  const col = Math.floor((width - gutter - scoreW - 3) / 2);
  const locW = 9;
  const textW = col - locW;

  out.push(
    c.bold(`tandem check`) +
      `  ${source.path} (${source.lang}) → ${target.path} (${target.lang})`,
  );
  // Column headings over beads only: a clean document in a folder's report is its title and summary.
  if (showAll || findings.length) {
    out.push(
      c.dim(padEnd("bead", gutter) + padEnd(`${source.lang} line:col`, col) + " │ " + padEnd(`${target.lang} line:col`, col) + padEnd("score", scoreW).padStart(scoreW)),
    );
    out.push(c.dim("─".repeat(Math.min(width, gutter + col * 2 + 3 + scoreW))));
  }

  const cell = (ids: number[], sents: Sentence[], bead: Bead): string[] => {
    if (!ids.length) return [c.dim(padEnd("", locW) + "— nothing —")];
    const lines: string[] = [];
    for (const id of ids) {
      const s = sents[id]!;
      let wrapped = wrap(s.text, textW);
      if (wrapped.length > maxLines) {
        const more = ` … (+${s.text.length - wrapped.slice(0, maxLines).join("").length} chars)`;
        wrapped = [...wrapped.slice(0, maxLines - 1), truncateToWidth(wrapped[maxLines - 1]!, Math.max(0, textW - stringWidth(more))) + more];
      }
      wrapped.forEach((w, k) => lines.push((k === 0 ? c.cyan(padEnd(loc(s), locW)) : " ".repeat(locW)) + w));
    }
    return lines;
  };

  // In the compact view, each bead with findings comes with its neighbours, dimmed, for context:
  // a translator judges an omission by what stands around it.
  const context = new Set<number>();
  if (!showAll) for (const k of findingsByBead.keys()) if (k >= 0) for (const j of [k - 1, k + 1]) if (j >= 0 && j < beads.length && !findingsByBead.has(j)) context.add(j);
  let hidden = 0;
  let lastShown = -1;
  beads.forEach((bead, k) => {
    const fs = findingsByBead.get(k) ?? [];
    const isContext = context.has(k);
    if (!showAll && fs.length === 0 && !isContext) {
      hidden++;
      return;
    }
    if (!showAll && lastShown >= 0 && k > lastShown + 1) out.push(c.dim(" ".repeat(gutter) + "⋮"), "");
    lastShown = k;
    const dimIf = (lines: string[]): string[] => (isContext ? lines.map((l) => c.dim(l)) : lines);
    const left = dimIf(cell(bead.source, S, bead));
    const right = dimIf(cell(bead.target, T, bead));
    const rows = Math.max(left.length, right.length);
    const worst = fs.some((f) => f.severity === "error") ? "error" : fs.some((f) => f.severity === "warning") ? "warning" : fs.length ? "info" : undefined;
    for (let r = 0; r < rows; r++) {
      const num = r === 0 ? String(k + 1) : "";
      const score = r === 0 && bead.source.length && bead.target.length ? bead.score.toFixed(2) : "";
      const gut = padEnd(num, gutter);
      out.push(
        (worst && r === 0 ? paint(c, worst, gut) : c.dim(gut)) +
          padEnd(left[r] ?? "", col) +
          c.dim(" │ ") +
          padEnd(right[r] ?? "", col) +
          c.dim(score.padStart(scoreW)),
      );
    }
    for (const f of fs) out.push(...hang(findingLine(c, f, S, T), width, gutter));
    if (!isContext || fs.length) out.push("");
  });
  const orphan = findingsByBead.get(-1) ?? [];
  for (const f of orphan) out.push(findingLine(c, f, S, T));
  if (hidden) out.push("", c.dim(`${hidden} aligned bead${hidden === 1 ? "" : "s"} without findings not shown (--all shows them)`));

  const counts = countsText(c, summary.findings);
  const byRule = Object.entries(summary.byRule)
    .map(([r, x]) => `${r} ${x}`)
    .join(", ");
  out.push(
    c.bold("Summary: ") +
      `${n(S.filter((s) => s.kind !== "blank").length, `${source.lang} sentence`)}, ${n(T.filter((s) => s.kind !== "blank").length, `${target.lang} sentence`)}, ` +
      `${n(beads.length, "bead")}, coverage ${(summary.coverage * 100).toFixed(1)}% — ${counts}` +
      (byRule ? c.dim(` (${byRule})`) : ""),
  );
  const base = summary.baseline;
  if (base) {
    // Stale entries belong in the report a reviewer reads, not only on stderr: the file needs refreshing.
    const stale = base.stale
      ? ", " + c.yellow(`${base.stale} baseline entr${base.stale === 1 ? "y no longer matches" : "ies no longer match"} (run --update-baseline)`)
      : "";
    out.push(c.bold("Baseline: ") + `${n(base.suppressed, "known finding")} not shown (${base.file})` + stale);
  }
  return out.join("\n") + "\n";
}

/** Wraps a finding's line to the width, continuation lines indented under its message. */
function hang(line: string, width: number, indent: number): string[] {
  const plain = line.replace(/\u001b\[[0-9;]*m/g, "");
  if (stringWidth(plain) + indent <= width) return [" ".repeat(indent) + line];
  // Colour codes make slicing a coloured line unsafe: wrap the message part only.
  const cut = line.lastIndexOf("] ");
  const head = cut >= 0 ? line.slice(0, cut + 2) : "";
  const message = cut >= 0 ? line.slice(cut + 2) : line;
  const headWidth = stringWidth(head.replace(/\u001b\[[0-9;]*m/g, ""));
  const bodyWidth = Math.max(30, width - indent - headWidth);
  const body = wrap(message, bodyWidth);
  if (indent + headWidth + 30 > width) return [" ".repeat(indent) + head, ...wrap(message, width - indent - 4).map((l) => " ".repeat(indent + 4) + l)];
  return body.map((l, k) => " ".repeat(indent) + (k === 0 ? head : " ".repeat(headWidth)) + l);
}

function findingLine(c: ChalkInstance, f: Finding, S: Sentence[], T: Sentence[]): string {
  const where: string[] = [];
  const s = f.source.ranges[0];
  const t = f.target.ranges[0];
  if (s) where.push(`src ${s.startPos.line}:${s.startPos.column}`);
  if (t) where.push(`tgt ${t.startPos.line}:${t.startPos.column}`);
  void S;
  void T;
  const head = paint(c, f.severity, `${MARK[f.severity]} ${f.severity}`) + " " + c.bold(f.rule);
  const pad = stringWidth(`${MARK[f.severity]} ${f.severity} ${f.rule}`);
  return head + " ".repeat(Math.max(1, 24 - pad)) + c.dim(`[${where.join(", ")}] `) + f.message;
}

/**
 * The closing lines of a terminal report over several pairs (two folders): the totals of every pair,
 * and which pairs hold errors or warnings, so that a release of 200 files ends with what needs work.
 */
export function formatTerminalTotals(results: Result[], labels: string[], options: Pick<TerminalOptions, "color">): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const count = { error: 0, warning: 0, info: 0 };
  const byRule = new Map<string, number>();
  let aligned = 0;
  let sentences = 0;
  const langs = new Map<string, number>();
  const withErrors: string[] = [];
  const withWarnings: string[] = [];
  results.forEach((r, k) => {
    for (const s of ["error", "warning", "info"] as const) count[s] += r.summary.findings[s];
    for (const [rule, x] of Object.entries(r.summary.byRule)) byRule.set(rule, (byRule.get(rule) ?? 0) + x);
    const S = r.sourceSentences.filter((s) => s.kind !== "blank").length;
    const T = r.targetSentences.filter((s) => s.kind !== "blank").length;
    langs.set(r.source.lang, (langs.get(r.source.lang) ?? 0) + S);
    langs.set(r.target.lang, (langs.get(r.target.lang) ?? 0) + T);
    sentences += S + T;
    aligned += r.summary.coverage * (S + T);
    const label = labels[k] ?? r.source.path;
    if (r.summary.findings.error) withErrors.push(`${label} (${r.summary.findings.error})`);
    else if (r.summary.findings.warning) withWarnings.push(`${label} (${r.summary.findings.warning})`);
  });
  const rules = [...byRule].map(([r, x]) => `${r} ${x}`).join(", ");
  const sides = [...langs].map(([lang, x]) => n(x, `${lang} sentence`)).join(", ");
  const coverage = sentences ? ((aligned / sentences) * 100).toFixed(1) : "100.0";
  const list = (xs: string[]): string => (xs.length > 10 ? `${xs.slice(0, 10).join(", ")} and ${xs.length - 10} more` : xs.join(", "));
  const out = [
    c.bold(`== ${n(results.length, "pair")} ==`),
    c.bold("Total: ") + `${n(results.length, "pair")}, ${sides}, coverage ${coverage}% — ${countsText(c, count)}` + (rules ? c.dim(` (${rules})`) : ""),
  ];
  if (withErrors.length) out.push(c.red(`Pairs with errors: `) + list(withErrors));
  if (withWarnings.length) out.push(c.yellow(`Pairs with warnings only: `) + list(withWarnings));
  if (!withErrors.length && !withWarnings.length) out.push("Every pair passed.");
  return out.join("\n") + "\n";
}
