// Formatters: pure functions (result, options) → string, in one map whose keys are the --format values.

import type { Result } from "../model/types.js";
import { formatBeads } from "./beads.js";
import { formatGithub } from "./github.js";
import { formatHtml, formatHtmlMany } from "./html.js";
import { formatJson } from "./json.js";
import { formatJunit, formatJunitMany, type FailOn } from "./junit.js";
import { formatMarkdown } from "./markdown.js";
import { formatSarif, formatSarifMany } from "./sarif.js";
import { formatTerminal } from "./terminal.js";
import { formatTmx, formatTmxMany } from "./tmx.js";
import { formatTsv } from "./tsv.js";

export type { FailOn } from "./junit.js";

export interface FormatOptions {
  color: boolean;
  width: number;
  all?: boolean;
  toolVersion: string;
  /** Directory that paths in CI formats are relative to (the repository root in CI). */
  cwd?: string;
  /** The gate: which findings JUnit counts as failures. */
  failOn?: FailOn;
}

const cwdOf = (o: FormatOptions) => (o.cwd !== undefined ? { cwd: o.cwd } : {});

export type Formatter = (result: Result, options: FormatOptions) => string;

export const CHECK_FORMATS: Record<string, Formatter> = {
  terminal: (r, o) => formatTerminal(r, { color: o.color, width: o.width, ...(o.all !== undefined ? { all: o.all } : {}) }),
  json: (r) => formatJson(r),
  html: (r, o) => formatHtml(r, { toolVersion: o.toolVersion, ...(o.all ? { onlyFindings: false } : {}) }),
  sarif: (r, o) => formatSarif(r, { toolVersion: o.toolVersion, ...cwdOf(o) }),
  junit: (r, o) => formatJunit(r, { ...cwdOf(o), ...(o.failOn ? { failOn: o.failOn } : {}) }),
  github: (r, o) => formatGithub(r, cwdOf(o)),
  markdown: (r, o) => formatMarkdown(r, cwdOf(o)),
};

export const ALIGN_FORMATS: Record<string, Formatter> = {
  beads: (r) => formatBeads(r),
  tsv: (r) => formatTsv(r),
  tmx: (r, o) => formatTmx(r, { toolVersion: o.toolVersion }),
  json: (r) => formatJson(r),
};

export type ManyFormatter = (results: Result[], options: FormatOptions) => string;

/**
 * Formats whose output for several document pairs (two folders) is one document of that format, not
 * sections joined together: one SARIF run, one JUnit <testsuites>, one HTML page, one TMX memory, one
 * TSV table. Keyed by --format name (the names are the same for check and align).
 */
export const MANY_FORMATS: Record<string, ManyFormatter> = {
  html: (rs, o) => formatHtmlMany(rs, { toolVersion: o.toolVersion, ...(o.all ? { onlyFindings: false } : {}) }),
  sarif: (rs, o) => formatSarifMany(rs, { toolVersion: o.toolVersion, ...cwdOf(o) }),
  junit: (rs, o) => formatJunitMany(rs, { ...cwdOf(o), ...(o.failOn ? { failOn: o.failOn } : {}) }),
  github: (rs, o) => rs.map((r) => formatGithub(r, cwdOf(o))).join(""),
  markdown: (rs, o) => rs.map((r) => formatMarkdown(r, cwdOf(o))).join("\n"),
  tmx: (rs, o) => formatTmxMany(rs, { toolVersion: o.toolVersion }),
  tsv: (rs) => rs.map((r, k) => (k === 0 ? formatTsv(r) : formatTsv(r).replace(/^[^\n]*\n/, ""))).join(""),
};
