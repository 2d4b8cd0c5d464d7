// Reading what the user named into document pairs: two files, one bilingual file, one already aligned
// file (TSV, TMX, XLIFF), Markdown, or two folders whose files are paired by name.

import { readdirSync, statSync } from "node:fs";
import { basename, join, relative, resolve, sep } from "node:path";
import { InputError, UsageError } from "../model/errors.js";
import type { Document, Lang } from "../model/types.js";
import type { AlignedFile } from "../io/aligned.js";
import { splitBilingual } from "../io/bilingual.js";
import { ENCODINGS, type Encoding } from "../io/decode.js";
import { ALIGNED_FORMATS, detectFormat, formatByExtension, INPUT_FORMATS, looksLikeMarkdown, type InputFormat } from "../io/formats.js";
import { detectLanguage, isLang } from "../io/language.js";
import { checkTextLimits } from "../io/limits.js";
import { readTextFile } from "../io/read.js";

// The readers of Markdown and of aligned files (TSV, TMX, XLIFF, with the XML scanner) are loaded when a
// file needs them: most runs read plain text, and loading the six modules cost every run's start-up.
const readMarkdown = async (text: string) => (await import("../io/markdown.js")).readMarkdown(text);

export interface InputOptions {
  from?: string;
  to?: string;
  /** One encoding for both sides, or "SOURCE,TARGET". */
  encoding?: string;
  /** auto (the default) or one of INPUT_FORMATS. */
  inputFormat?: string;
  presplit?: boolean;
}

/** One pair to check: two documents, and whether the file already aligned them. */
export interface InputPair {
  source: Document;
  target: Document;
  aligned: boolean;
  /** The files it came from, for section headings and for never overwriting an input. */
  files: string[];
  /** Two folders: the source file's path within its folder (with /), which baseline entries are keyed by. */
  name?: string;
}

export function parseLang(value: string | undefined, flag: string): Lang | undefined {
  if (value === undefined) return undefined;
  const v = value.toLowerCase().replace(/[-_].*$/, "");
  if (!isLang(v)) throw new UsageError(`${flag} ${value}: unknown language (use zh or en)`);
  return v;
}

const ENCODING_ALIASES: Record<string, Encoding> = {
  utf8: "utf-8",
  "utf-16": "utf-16le",
  utf16: "utf-16le",
  utf16le: "utf-16le",
  utf16be: "utf-16be",
  gb2312: "gb18030",
  cp936: "gbk",
  "big5-hkscs": "big5",
};

function parseEncoding(value: string): Encoding {
  const v = value.trim().toLowerCase();
  const e = (ENCODINGS as string[]).includes(v) ? (v as Encoding) : ENCODING_ALIASES[v];
  if (!e) throw new UsageError(`--encoding ${value}: unknown encoding (use ${ENCODINGS.join(", ")}; SOURCE,TARGET for one each)`);
  return e;
}

/** "--encoding gbk" for both sides, "--encoding gbk,utf-8" for source and target. */
export function parseEncodings(value: string | undefined): [Encoding | undefined, Encoding | undefined] {
  if (value === undefined) return [undefined, undefined];
  const parts = value.split(",");
  if (parts.length > 2) throw new UsageError(`--encoding ${value}: give one encoding, or two as SOURCE,TARGET`);
  const s = parts[0]!.trim() === "" ? undefined : parseEncoding(parts[0]!);
  const t = parts.length === 1 ? s : parts[1]!.trim() === "" ? undefined : parseEncoding(parts[1]!);
  return [s, t];
}

export function parseInputFormat(value: string | undefined): InputFormat | undefined {
  if (value === undefined || value === "auto") return undefined;
  const v = value.toLowerCase() === "xlf" ? "xliff" : value.toLowerCase() === "md" ? "markdown" : value.toLowerCase();
  if (!(INPUT_FORMATS as string[]).includes(v)) throw new UsageError(`--input-format ${value}: unknown input format (use auto, ${INPUT_FORMATS.join(", ")})`);
  return v as InputFormat;
}

const OTHER: Record<Lang, Lang> = { zh: "en", en: "zh" };

function languageOf(text: string, file: string): Lang {
  const d = detectLanguage(text);
  if (!d.lang) throw new InputError(file, "has no Chinese or English text to align");
  return d.lang;
}

/**
 * Languages given with --from/--to must not contradict the text outright: with them swapped, every
 * sentence would be reported as untranslated. Only a text almost wholly in the other language is
 * refused (under a tenth of its letters, counting a Han character as three, in the language given).
 */
function checkDeclared(sourceText: string, targetText: string, from: Lang | undefined, to: Lang | undefined, sourceName: string, targetName: string): void {
  const wrong = (text: string, lang: Lang | undefined): boolean => {
    if (!lang) return false;
    const d = detectLanguage(text);
    const total = d.han * 3 + d.latin;
    if (total < 30) return false;
    const share = lang === "zh" ? (d.han * 3) / total : d.latin / total;
    return share < 0.1;
  };
  const s = wrong(sourceText, from);
  const t = wrong(targetText, to);
  if (s && t) throw new UsageError(`--from ${from} --to ${to}: ${sourceName} is in ${NAME[to!]} and ${targetName} in ${NAME[from!]}; swap --from and --to (or the files)`);
  if (s) throw new InputError(sourceName, `is not in ${NAME[from!]} as --from ${from} says (it reads as ${NAME[OTHER[from!]]})`);
  if (t) throw new InputError(targetName, `is not in ${NAME[to!]} as --to ${to} says (it reads as ${NAME[OTHER[to!]]})`);
}

const NAME: Record<Lang, string> = { zh: "Chinese", en: "English" };

/** A side's document, with the Markdown view when the format is Markdown. */
async function textDocument(path: string, lang: Lang, text: string, baseOffset: number, baseLine: number, markdown: boolean): Promise<Document> {
  const doc: Document = { path, lang, text, baseOffset, baseLine };
  if (!markdown) return doc;
  const md = await readMarkdown(text);
  return { ...doc, view: md.view, blocks: md.blocks };
}

function languages(options: InputOptions): { from: Lang | undefined; to: Lang | undefined } {
  let from = parseLang(options.from, "--from");
  let to = parseLang(options.to, "--to");
  if (from && !to) to = OTHER[from];
  if (to && !from) from = OTHER[to];
  if (from && from === to) throw new UsageError(`--from ${options.from} --to ${options.to}: the same language; tandem aligns Chinese with English`);
  return { from, to };
}

async function readAligned(path: string, text: string, format: InputFormat, options: InputOptions): Promise<InputPair> {
  const { from, to } = languages(options);
  const file: AlignedFile =
    format === "tsv"
      ? (await import("../io/tsv.js")).readTsv(text, path)
      : format === "tmx"
        ? (await import("../io/tmx.js")).readTmx(text, path, from, to)
        : (await import("../io/xliff.js")).readXliff(text, path);
  const { alignedDocuments, langOfCode } = await import("../io/aligned.js");
  checkDeclared(file.sourceView, file.targetView, from, to, `${path} (source side)`, `${path} (target side)`);
  const sLang = from ?? langOfCode(file.sourceLang) ?? languageOf(file.sourceView, `${path} (source side)`);
  const tLang = to ?? langOfCode(file.targetLang) ?? languageOf(file.targetView, `${path} (target side)`);
  if (sLang === tLang) throw new InputError(path, `both sides are in the same language (${sLang}); tandem aligns Chinese with English (say --from/--to if detection is wrong)`);
  const docs = alignedDocuments(path, text, file, sLang, tLang);
  return { ...docs, aligned: true, files: [path] };
}

/** Reads one pair of files, or one file holding both sides. */
export async function readDocuments(sourcePath: string, targetPath: string | undefined, options: InputOptions): Promise<InputPair> {
  const { from, to } = languages(options);
  const [sEnc, tEnc] = parseEncodings(options.encoding);
  const forced = parseInputFormat(options.inputFormat);

  if (targetPath === undefined) {
    const file = readTextFile(sourcePath, sEnc);
    const format = forced ?? detectFormat(sourcePath, file.text);
    if (ALIGNED_FORMATS.includes(format)) return readAligned(sourcePath, file.text, format, options);
    checkTextLimits(file.text, sourcePath, options.presplit);
    const parts = splitBilingual(file.text);
    if (!parts) throw new InputError(sourcePath, "is not a bilingual file (no line starts with <<); give the translation as a second file");
    const markdown = format === "markdown";
    const source = await textDocument(sourcePath, from ?? "zh", parts.source.text, 0, 1, markdown);
    const target = await textDocument(sourcePath, to ?? "en", parts.target.text, parts.target.baseOffset, parts.target.baseLine, markdown);
    checkDeclared(source.view ?? source.text, target.view ?? target.text, from, to, `${sourcePath} (before the first << line)`, `${sourcePath} (from the first << line)`);
    const sLang = from ?? languageOf(source.view ?? source.text, `${sourcePath} (before the first << line)`);
    const tLang = to ?? languageOf(target.view ?? target.text, `${sourcePath} (from the first << line)`);
    if (sLang === tLang) throw new InputError(sourcePath, `both parts are in the same language (${sLang}); tandem aligns Chinese with English`);
    return { source: { ...source, lang: sLang }, target: { ...target, lang: tLang }, aligned: false, files: [sourcePath] };
  }
  if (resolve(sourcePath) === resolve(targetPath)) throw new UsageError(`${sourcePath}: the source and the target are the same file`);
  const s = readTextFile(sourcePath, sEnc);
  const t = readTextFile(targetPath, tEnc);
  for (const [path, text] of [[sourcePath, s.text], [targetPath, t.text]] as const) {
    const format = forced ?? formatByExtension(path);
    if (format && ALIGNED_FORMATS.includes(format)) throw new UsageError(`${path}: a ${format.toUpperCase()} file holds both sides already aligned; give it alone (tandem check ${path})`);
    checkTextLimits(text, path, options.presplit);
  }
  const isMarkdown = (path: string, text: string): boolean => (forced ? forced === "markdown" : (formatByExtension(path) ?? (looksLikeMarkdown(text) ? "markdown" : "text")) === "markdown");
  const source = await textDocument(sourcePath, "zh", s.text, 0, 1, isMarkdown(sourcePath, s.text));
  const target = await textDocument(targetPath, "en", t.text, 0, 1, isMarkdown(targetPath, t.text));
  checkDeclared(source.view ?? source.text, target.view ?? target.text, from, to, sourcePath, targetPath);
  const sLang = from ?? languageOf(source.view ?? source.text, sourcePath);
  const tLang = to ?? languageOf(target.view ?? target.text, targetPath);
  if (sLang === tLang) {
    throw new InputError(targetPath, `is in the same language as ${sourcePath} (${sLang}); tandem aligns Chinese with English (say --from/--to if detection is wrong)`);
  }
  return { source: { ...source, lang: sLang }, target: { ...target, lang: tLang }, aligned: false, files: [sourcePath, targetPath] };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function listFiles(dir: string, root = dir, depth = 0): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(dir, code === "EACCES" ? "permission denied" : `cannot be listed (${code ?? String(e)})`);
  }
  const out: string[] = [];
  // Natural order (chapter2 before chapter10), the same on every machine: no locale's collation.
  for (const e of entries.sort((a, b) => naturalCompare(a.name, b.name))) {
    if (e.name.startsWith(".")) continue;
    const p = join(dir, e.name);
    if (e.isDirectory() && depth < 8) out.push(...listFiles(p, root, depth + 1));
    else if (e.isFile()) out.push(relative(root, p));
  }
  return out;
}

/** Compares names with their runs of digits as numbers ("d2" < "d10"), else by UTF-16 code units. */
export function naturalCompare(a: string, b: string): number {
  const pa = a.match(/\d+|\D+/g) ?? [];
  const pb = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i]!;
    const y = pb[i]!;
    if (x === y) continue;
    const dx = /^\d/.test(x);
    const dy = /^\d/.test(y);
    if (dx && dy) {
      // By value, then the shorter (fewer leading zeros) first, so that the order is total.
      const nx = x.replace(/^0+/, "");
      const ny = y.replace(/^0+/, "");
      if (nx.length !== ny.length) return nx.length - ny.length;
      if (nx !== ny) return nx < ny ? -1 : 1;
      return x.length - y.length;
    }
    return x < y ? -1 : 1;
  }
  return pa.length - pb.length;
}

/** A file's name for pairing: lower case, without a language tag (report.zh.txt, report_en.md) or extension. */
function pairingKey(rel: string): string {
  const name = basename(rel).toLowerCase();
  const dir = rel.slice(0, rel.length - basename(rel).length).toLowerCase();
  const stem = name.replace(/\.[a-z0-9]+$/, "").replace(/[._-](zh|en|cn|chs|cht|zh-cn|zh-tw|zh-hans|zh-hant|en-us|en-gb|chinese|english)$/, "");
  return dir + stem;
}

export interface FolderPairs {
  pairs: Array<[string, string]>;
  /** Files with no counterpart, for a warning. */
  unmatched: string[];
}

/** Pairs the files of two folders by name: the same relative path first, else the same name stem. */
export function pairFolders(sourceDir: string, targetDir: string): FolderPairs {
  const sFiles = listFiles(sourceDir);
  const tFiles = listFiles(targetDir);
  const tByPath = new Set(tFiles);
  const used = new Set<string>();
  const pairs: Array<[string, string]> = [];
  const unmatched: string[] = [];
  const tByKey = new Map<string, string[]>();
  for (const t of tFiles) tByKey.set(pairingKey(t), [...(tByKey.get(pairingKey(t)) ?? []), t]);
  for (const s of sFiles) {
    let t: string | undefined = tByPath.has(s) && !used.has(s) ? s : undefined;
    if (!t) {
      const candidates = (tByKey.get(pairingKey(s)) ?? []).filter((c) => !used.has(c));
      if (candidates.length === 1) t = candidates[0];
    }
    if (!t) {
      unmatched.push(join(sourceDir, s));
      continue;
    }
    used.add(t);
    pairs.push([join(sourceDir, s), join(targetDir, t)]);
  }
  for (const t of tFiles) if (!used.has(t)) unmatched.push(join(targetDir, t));
  if (pairs.length === 0) throw new InputError(`${sourceDir} and ${targetDir}`, "no file of one folder has a counterpart of the same name in the other");
  return { pairs, unmatched };
}

/** Everything the user named, as pairs: one pair, or one pair a matched file of two folders. */
export async function readInputPairs(sourcePath: string, targetPath: string | undefined, options: InputOptions, warn: (line: string) => void = () => {}): Promise<InputPair[]> {
  if (targetPath !== undefined && isDirectory(sourcePath) && isDirectory(targetPath)) {
    const { pairs, unmatched } = pairFolders(sourcePath, targetPath);
    for (const u of unmatched) warn(`${u}: no file of the same name in the other folder; skipped`);
    const read: InputPair[] = [];
    for (const [s, t] of pairs) read.push({ ...(await readDocuments(s, t, options)), name: relative(sourcePath, s).split(sep).join("/") });
    return read;
  }
  return [await readDocuments(sourcePath, targetPath, options)];
}

/** Whether the user named two folders (checked on all cores); cheap, before anything is read. */
export function namesTwoFolders(sourcePath: string, targetPath: string | undefined): boolean {
  return targetPath !== undefined && isDirectory(sourcePath) && isDirectory(targetPath);
}

/**
 * What `tandem segment` reads: one file as the documents it holds, as `check` reads it alone. A TSV, TMX
 * or XLIFF file gives its two sides and a bilingual file its two parts, each in its own language (from
 * the file or detected); any other file is one document, in `lang` or the language detected.
 */
export async function readSegmentDocuments(path: string, options: { lang?: string; encoding?: Encoding; inputFormat?: string }): Promise<Document[]> {
  const forced = parseInputFormat(options.inputFormat);
  const lang = parseLang(options.lang, "--lang");
  const file = readTextFile(path, options.encoding);
  const format = forced ?? detectFormat(path, file.text);
  if (ALIGNED_FORMATS.includes(format)) {
    if (lang) throw new UsageError(`--lang ${options.lang}: ${path} is a ${format.toUpperCase()} file, whose two sides say their languages; --lang is for one-language text`);
    const pair = await readAligned(path, file.text, format, {});
    return [pair.source, pair.target];
  }
  const bilingual = splitBilingual(file.text);
  const parts = bilingual ? [bilingual.source, bilingual.target] : [{ text: file.text, baseOffset: 0, baseLine: 1 }];
  const docs: Document[] = [];
  for (const part of parts) {
    const doc = await textDocument(path, "en", part.text, part.baseOffset, part.baseLine, format === "markdown");
    docs.push({ ...doc, lang: lang ?? detectLanguage(doc.view ?? doc.text).lang ?? "en" });
  }
  return docs;
}
