// Formatters: pure functions (result, options) → string, in one map whose keys are the --format values.

import type { Result } from "../model/types.js";
import type { FailOn } from "./junit.js";

// The formatters are loaded when a run asks for them (prepareFormats), not at start-up: a check of a
// short document writes one format, and loading all ten (chalk, the HTML page's styles and script,
// SARIF's rule table) cost tens of milliseconds of every run's start.
type Modules = {
  beads: typeof import("./beads.js");
  github: typeof import("./github.js");
  html: typeof import("./html.js");
  json: typeof import("./json.js");
  junit: typeof import("./junit.js");
  markdown: typeof import("./markdown.js");
  sarif: typeof import("./sarif.js");
  terminal: typeof import("./terminal.js");
  tmx: typeof import("./tmx.js");
  tsv: typeof import("./tsv.js");
};
const LOADERS: { [K in keyof Modules]: () => Promise<Modules[K]> } = {
  beads: () => import("./beads.js"),
  github: () => import("./github.js"),
  html: () => import("./html.js"),
  json: () => import("./json.js"),
  junit: () => import("./junit.js"),
  markdown: () => import("./markdown.js"),
  sarif: () => import("./sarif.js"),
  terminal: () => import("./terminal.js"),
  tmx: () => import("./tmx.js"),
  tsv: () => import("./tsv.js"),
};
const loaded: Partial<Modules> = {};

/** Loads the modules of the named formats (every format when none is named); call before formatting. */
export async function prepareFormats(names?: string[]): Promise<void> {
  const wanted = (names ?? Object.keys(LOADERS)).filter((n): n is keyof Modules => Object.hasOwn(LOADERS, n));
  await Promise.all(wanted.map(async (n) => void ((loaded as Record<string, unknown>)[n] ??= await LOADERS[n]())));
}

function mod<K extends keyof Modules>(name: K): Modules[K] {
  const m = loaded[name];
  if (!m) throw new Error(`report format ${name} used before prepareFormats()`);
  return m;
}

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
  terminal: (r, o) => mod("terminal").formatTerminal(r, { color: o.color, width: o.width, ...(o.all !== undefined ? { all: o.all } : {}) }),
  json: (r) => mod("json").formatJson(r),
  html: (r, o) => mod("html").formatHtml(r, { toolVersion: o.toolVersion, ...(o.all ? { onlyFindings: false } : {}) }),
  sarif: (r, o) => mod("sarif").formatSarif(r, { toolVersion: o.toolVersion, ...cwdOf(o) }),
  junit: (r, o) => mod("junit").formatJunit(r, { ...cwdOf(o), ...(o.failOn ? { failOn: o.failOn } : {}) }),
  github: (r, o) => mod("github").formatGithub(r, cwdOf(o)),
  markdown: (r, o) => mod("markdown").formatMarkdown(r, cwdOf(o)),
};

export const ALIGN_FORMATS: Record<string, Formatter> = {
  beads: (r) => mod("beads").formatBeads(r),
  tsv: (r) => mod("tsv").formatTsv(r),
  tmx: (r, o) => mod("tmx").formatTmx(r, { toolVersion: o.toolVersion }),
  json: (r) => mod("json").formatJson(r),
};

export type ManyFormatter = (results: Result[], options: FormatOptions) => string;

/** The totals that close a terminal report over several pairs (see terminal.ts). */
export const terminalTotals = (results: Result[], labels: string[], options: FormatOptions): string =>
  mod("terminal").formatTerminalTotals(results, labels, { color: options.color });

/** JSON for several pairs, each pair a section with its files (see json.ts); for check and align alike. */
export const jsonSections = (results: Result[], files: string[][]): string => mod("json").formatJsonSections(results, files);

/**
 * Formats whose output for several document pairs (two folders) is one document of that format, not
 * sections joined together: one SARIF run, one JUnit <testsuites>, one HTML page, one TMX memory, one
 * TSV table. Keyed by --format name (the names are the same for check and align).
 */
export const MANY_FORMATS: Record<string, ManyFormatter> = {
  html: (rs, o) => mod("html").formatHtmlMany(rs, { toolVersion: o.toolVersion, ...(o.all ? { onlyFindings: false } : {}) }),
  sarif: (rs, o) => mod("sarif").formatSarifMany(rs, { toolVersion: o.toolVersion, ...cwdOf(o) }),
  junit: (rs, o) => mod("junit").formatJunitMany(rs, { ...cwdOf(o), ...(o.failOn ? { failOn: o.failOn } : {}) }),
  github: (rs, o) => rs.map((r) => mod("github").formatGithub(r, cwdOf(o))).join(""),
  markdown: (rs, o) => rs.map((r) => mod("markdown").formatMarkdown(r, cwdOf(o))).join("\n"),
  tmx: (rs, o) => mod("tmx").formatTmxMany(rs, { toolVersion: o.toolVersion }),
  tsv: (rs) => rs.map((r, k) => (k === 0 ? mod("tsv").formatTsv(r) : mod("tsv").formatTsv(r).replace(/^[^\n]*\n/, ""))).join(""),
};
