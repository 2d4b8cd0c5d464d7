// The config file: tandem.config.json, .tandemrc.json or a "tandem" key in package.json, searched from
// the working directory upward, or named with --config. Validated here, with errors that name the file
// and the key; the CLI applies it with the precedence command line > config > defaults.

import { accessSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import type { RuleSetting } from "../checks/index.js";
import { RULES } from "../checks/registry.js";
import { InputError } from "../model/errors.js";
import type { Severity } from "../model/types.js";
import { CHECK_FORMATS, type FailOn } from "../report/index.js";

export const CONFIG_FILES = ["tandem.config.json", ".tandemrc.json", "package.json"];

export interface TandemConfig {
  /** The file it came from. */
  file: string;
  rules?: Record<string, Partial<RuleSetting>>;
  /** Resolved against the config file's folder. */
  glossary?: string;
  from?: string;
  to?: string;
  failOn?: FailOn;
  minCoverage?: number;
  format?: string[];
}

/** Every key a config may have; schema/tandem.schema.json lists the same ones (a test keeps them equal). */
export const CONFIG_KEYS = ["$schema", "rules", "glossary", "from", "to", "failOn", "minCoverage", "format"] as const;
const KEYS = CONFIG_KEYS;
export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];
export const FAIL_ON: readonly FailOn[] = ["error", "warning", "never"];

class ConfigError extends InputError {
  constructor(file: string, key: string, problem: string) {
    super(file, `${key}: ${problem}`);
    this.name = "ConfigError";
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const show = (v: unknown): string => JSON.stringify(v) ?? String(v);

function ruleSetting(file: string, key: string, v: unknown): Partial<RuleSetting> {
  if (v === "off") return { enabled: false };
  if (typeof v === "string") {
    if (!SEVERITIES.includes(v as Severity)) throw new ConfigError(file, key, `${show(v)} is not "off", "error", "warning" or "info"`);
    return { enabled: true, severity: v as Severity };
  }
  if (!isObject(v)) throw new ConfigError(file, key, `must be "off", a severity, or {"severity", "options"}`);
  const out: Partial<RuleSetting> = { enabled: true };
  for (const k of Object.keys(v)) if (!["severity", "options", "enabled"].includes(k)) throw new ConfigError(file, `${key}.${k}`, `unknown key (use "severity" and "options")`);
  if (v.severity === "off") out.enabled = false;
  else if (v.severity !== undefined) {
    if (!SEVERITIES.includes(v.severity as Severity)) throw new ConfigError(file, `${key}.severity`, `${show(v.severity)} is not "off", "error", "warning" or "info"`);
    out.severity = v.severity as Severity;
  }
  if (v.enabled !== undefined) {
    if (typeof v.enabled !== "boolean") throw new ConfigError(file, `${key}.enabled`, "must be true or false");
    if (!v.enabled) out.enabled = false;
  }
  if (v.options !== undefined) {
    if (!isObject(v.options)) throw new ConfigError(file, `${key}.options`, "must be an object");
    out.options = v.options;
  }
  return out;
}

/** Checks a config object read from `file`; returns it typed, paths resolved. */
export function validateConfig(data: unknown, file: string): TandemConfig {
  if (!isObject(data)) throw new InputError(file, "the tandem config must be a JSON object");
  const config: TandemConfig = { file };
  for (const k of Object.keys(data)) {
    if (!(KEYS as readonly string[]).includes(k)) throw new ConfigError(file, k, `unknown key (known: ${KEYS.join(", ")})`);
  }
  // "$schema" points editors at schema/tandem.schema.json; tandem needs nothing from it.
  if (data.$schema !== undefined && typeof data.$schema !== "string") throw new ConfigError(file, "$schema", "must be a string (the schema's path or URL)");
  if (data.rules !== undefined) {
    if (!isObject(data.rules)) throw new ConfigError(file, "rules", `must be an object of rule ids (${RULES.map((r) => r.id).join(", ")})`);
    config.rules = {};
    for (const [id, v] of Object.entries(data.rules)) {
      if (!RULES.some((r) => r.id === id)) throw new ConfigError(file, `rules.${id}`, `unknown rule (known: ${RULES.map((r) => r.id).join(", ")})`);
      config.rules[id] = ruleSetting(file, `rules.${id}`, v);
    }
  }
  if (data.glossary !== undefined) {
    if (typeof data.glossary !== "string" || !data.glossary) throw new ConfigError(file, "glossary", "must be a path (relative to the config file)");
    config.glossary = resolve(dirname(file), data.glossary);
  }
  for (const k of ["from", "to"] as const) {
    const v = data[k];
    if (v === undefined) continue;
    if (typeof v !== "string" || !/^(zh|en)([-_].*)?$/i.test(v)) throw new ConfigError(file, k, `${show(v)} is not "zh" or "en"`);
    config[k] = v;
  }
  if (data.failOn !== undefined) {
    if (!FAIL_ON.includes(data.failOn as FailOn)) throw new ConfigError(file, "failOn", `${show(data.failOn)} is not "error", "warning" or "never"`);
    config.failOn = data.failOn as FailOn;
  }
  if (data.minCoverage !== undefined) {
    const v = data.minCoverage;
    if (typeof v !== "number" || !(v >= 0 && v <= 1)) throw new ConfigError(file, "minCoverage", `${show(v)} is not a number from 0 to 1`);
    config.minCoverage = v;
  }
  if (data.format !== undefined) {
    const list = typeof data.format === "string" ? [data.format] : data.format;
    if (!Array.isArray(list) || !list.every((x) => typeof x === "string")) throw new ConfigError(file, "format", "must be a format or a list of formats");
    for (const spec of list as string[]) {
      const name = spec.split(":", 1)[0]!;
      if (!Object.hasOwn(CHECK_FORMATS, name)) throw new ConfigError(file, "format", `${show(spec)}: unknown format (use ${Object.keys(CHECK_FORMATS).join(", ")})`);
    }
    // Output paths in the config are relative to the config file.
    config.format = (list as string[]).map((spec) => {
      const at = spec.indexOf(":");
      const path = spec.slice(at + 1);
      return at < 0 || path === "-" || path === "" ? spec : `${spec.slice(0, at)}:${resolve(dirname(file), path)}`;
    });
  }
  return config;
}

function parseJson(file: string, content: string): unknown {
  try {
    return JSON.parse(content) as unknown;
  } catch (e) {
    throw new InputError(file, `is not valid JSON (${(e as Error).message})`);
  }
}

/** A package.json's "tandem" key (null when it has none). */
const packageConfig = (pkg: unknown): unknown => (isObject(pkg) && "tandem" in pkg ? pkg["tandem"] : null) ?? null;

/**
 * The nearest config from `cwd` upward, stopping at the home folder (or the root): in each folder the
 * CONFIG_FILES in order, skipping an empty file and a package.json without a "tandem" key. (The search
 * lilconfig did, in the dozen lines this needs: loading lilconfig cost every run's start-up ~5 ms.)
 */
function searchConfig(cwd: string): { config: unknown; file: string } | undefined {
  const stop = resolve(homedir());
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    for (const name of CONFIG_FILES) {
      const file = join(dir, name);
      try {
        accessSync(file);
      } catch {
        continue;
      }
      const content = readFileSync(file, "utf8");
      if (name === "package.json") {
        const config = packageConfig(parseJson(file, content));
        if (config !== null) return { config, file };
        continue;
      }
      if (content.trim() === "") continue;
      return { config: parseJson(file, content), file };
    }
    if (dir === stop || dir === dirname(dir)) return undefined;
  }
}

/** The config named with --config, or the nearest one from `cwd` upward; undefined when there is none. */
export function loadConfig(explicit: string | undefined, cwd: string): TandemConfig | undefined {
  let found: { config: unknown; file: string } | undefined;
  try {
    if (explicit) {
      const file = resolve(cwd, explicit);
      const content = readFileSync(file, "utf8");
      if (basename(file) === "package.json") found = { config: packageConfig(parseJson(file, content)), file };
      else if (content.trim() === "") throw new InputError(file, "the config is empty");
      else found = { config: parseJson(file, content), file };
    } else found = searchConfig(cwd);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const err = e as NodeJS.ErrnoException;
    const file = explicit ?? cwd;
    throw new InputError(file, err.code === "ENOENT" ? "no such config file" : `cannot read the config (${err.code ?? err.message})`);
  }
  return found && validateConfig(found.config, found.file);
}
