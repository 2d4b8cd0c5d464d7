// Glossary files for the terminology rule: TSV or CSV (source term, then its allowed translations, in
// further columns or separated by | or ; in one cell), or TBX (termEntry → langSet → term).
// Parsing is pure (parseGlossary); readGlossary adds the file.

import { readFileSync } from "node:fs";
import { InputError } from "../model/errors.js";

export interface GlossaryEntry {
  /** The term as the source writes it. */
  source: string;
  /** Allowed translations: the target must use one of them. */
  targets: string[];
  /** Where it was defined, for messages ("glossary.tsv:4"). */
  where?: string;
}

function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') (cell += '"', i++);
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell.trim() === "") quoted = true;
    else if (c === ",") (out.push(cell), (cell = ""));
    else cell += c;
  }
  out.push(cell);
  return out;
}

const HEADER = /^(?:source|src|term|zh|en|chinese|english|源|原文|术语)$/i;

/** Parses TSV or CSV text (chosen by the name, or by the first line when the name says neither). */
export function parseDelimited(text: string, name = "glossary"): GlossaryEntry[] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const tsv = /\.tsv$|\.txt$/i.test(name) || (!/\.csv$/i.test(name) && lines.some((l) => l.includes("\t")));
  const out: GlossaryEntry[] = [];
  lines.forEach((line, k) => {
    if (!line.trim() || line.trimStart().startsWith("#")) return;
    const cells = (tsv ? line.split("\t") : splitCsvLine(line)).map((c) => c.trim());
    if (k === 0 && HEADER.test(cells[0] ?? "")) return;
    const [source, ...rest] = cells;
    const targets = rest.flatMap((c) => c.split(/[|;]/)).map((t) => t.trim()).filter(Boolean);
    if (!source) return;
    if (!targets.length) throw new InputError(name, `line ${k + 1}: term ${JSON.stringify(source)} has no translation`);
    out.push({ source, targets, where: `${name}:${k + 1}` });
  });
  return out;
}

const unescapeXml = (s: string): string =>
  s.replace(/<[^>]+>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&").trim();

/** Parses TBX: every termEntry gives its `from` term(s) → its `to` terms. */
export function parseTbx(xml: string, from: string, to: string, name = "glossary.tbx"): GlossaryEntry[] {
  const out: GlossaryEntry[] = [];
  const lang = (l: string) => l.toLowerCase().split(/[-_]/)[0]!;
  for (const entry of xml.matchAll(/<termEntry\b[\s\S]*?<\/termEntry>/g)) {
    // A Map: a language tag such as "constructor" or "__proto__" must not reach Object.prototype.
    const terms = new Map<string, string[]>();
    for (const set of entry[0].matchAll(/<langSet\b[^>]*xml:lang="([^"]+)"[^>]*>([\s\S]*?)<\/langSet>/g)) {
      const l = lang(set[1]!);
      let list = terms.get(l);
      if (!list) terms.set(l, (list = []));
      for (const t of set[2]!.matchAll(/<term\b[^>]*>([\s\S]*?)<\/term>/g)) list.push(unescapeXml(t[1]!));
    }
    const sources = terms.get(lang(from)) ?? [];
    const targets = terms.get(lang(to)) ?? [];
    if (!targets.length) continue;
    for (const source of sources) out.push({ source, targets, where: name });
  }
  return out;
}

/** Reads a glossary file; TBX needs the languages (the CLI's --from and --to, or zh → en). */
export function readGlossary(path: string, from = "zh", to = "en"): GlossaryEntry[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new InputError(path, `cannot read the glossary (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  const entries = /\.tbx$|\.xml$/i.test(path) || /^\s*(?:<\?xml[^>]*>\s*)?<(?:martif|tbx)\b/.test(text) ? parseTbx(text, from, to, path) : parseDelimited(text, path);
  if (!entries.length) throw new InputError(path, "the glossary has no terms");
  return entries;
}
