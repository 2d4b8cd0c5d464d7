// Reading what the user named into two documents: a pair of files or one bilingual file.

import { resolve } from "node:path";
import { InputError, UsageError } from "../model/errors.js";
import type { Document, Lang } from "../model/types.js";
import { splitBilingual } from "../io/bilingual.js";
import type { Encoding } from "../io/decode.js";
import { detectLanguage, isLang } from "../io/language.js";
import { readTextFile } from "../io/read.js";

export interface InputOptions {
  from?: string;
  to?: string;
  encoding?: Encoding;
}

export function parseLang(value: string | undefined, flag: string): Lang | undefined {
  if (value === undefined) return undefined;
  const v = value.toLowerCase().replace(/[-_].*$/, "");
  if (!isLang(v)) throw new UsageError(`${flag} ${value}: unknown language (use zh or en)`);
  return v;
}

const OTHER: Record<Lang, Lang> = { zh: "en", en: "zh" };

function languageOf(text: string, file: string): Lang {
  const d = detectLanguage(text);
  if (!d.lang) throw new InputError(file, "has no Chinese or English text to align");
  return d.lang;
}

export function readDocuments(sourcePath: string, targetPath: string | undefined, options: InputOptions): { source: Document; target: Document } {
  let from = parseLang(options.from, "--from");
  let to = parseLang(options.to, "--to");
  if (from && !to) to = OTHER[from];
  if (to && !from) from = OTHER[to];

  if (targetPath === undefined) {
    const file = readTextFile(sourcePath, options.encoding);
    const parts = splitBilingual(file.text);
    if (!parts) throw new InputError(sourcePath, "is not a bilingual file (no line starts with <<); give the translation as a second file");
    const sLang = from ?? languageOf(parts.source.text, `${sourcePath} (before the first << line)`);
    const tLang = to ?? languageOf(parts.target.text, `${sourcePath} (from the first << line)`);
    if (sLang === tLang) throw new InputError(sourcePath, `both parts are in the same language (${sLang}); tandem aligns Chinese with English`);
    return {
      source: { path: sourcePath, lang: sLang, text: parts.source.text, baseOffset: 0, baseLine: 1 },
      target: { path: sourcePath, lang: tLang, text: parts.target.text, baseOffset: parts.target.baseOffset, baseLine: parts.target.baseLine },
    };
  }
  if (resolve(sourcePath) === resolve(targetPath)) throw new UsageError(`${sourcePath}: the source and the target are the same file`);
  const s = readTextFile(sourcePath, options.encoding);
  const t = readTextFile(targetPath, options.encoding);
  const sLang = from ?? languageOf(s.text, sourcePath);
  const tLang = to ?? languageOf(t.text, targetPath);
  if (sLang === tLang) {
    throw new InputError(targetPath, `is in the same language as ${sourcePath} (${sLang}); tandem aligns Chinese with English (say --from/--to if detection is wrong)`);
  }
  return {
    source: { path: sourcePath, lang: sLang, text: s.text, baseOffset: 0, baseLine: 1 },
    target: { path: targetPath, lang: tLang, text: t.text, baseOffset: 0, baseLine: 1 },
  };
}
