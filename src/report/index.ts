// Formatters: pure functions (result, options) → string, in one map whose keys are the --format values.

import type { Result } from "../model/types.js";
import { formatBeads } from "./beads.js";
import { formatJson } from "./json.js";
import { formatTerminal } from "./terminal.js";
import { formatTsv } from "./tsv.js";

export interface FormatOptions {
  color: boolean;
  width: number;
  all?: boolean;
  toolVersion: string;
}

export type Formatter = (result: Result, options: FormatOptions) => string;

export const CHECK_FORMATS: Record<string, Formatter> = {
  terminal: (r, o) => formatTerminal(r, { color: o.color, width: o.width, ...(o.all !== undefined ? { all: o.all } : {}) }),
  json: (r) => formatJson(r),
};

export const ALIGN_FORMATS: Record<string, Formatter> = {
  beads: (r) => formatBeads(r),
  tsv: (r) => formatTsv(r),
  json: (r) => formatJson(r),
};
