import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseDictionary, type Dictionary } from "../align/dictionary.js";
import { TandemError } from "../model/errors.js";

// dist/io/ → dist/data/; when run from src/ (tests), the built index in dist/data/.
const CANDIDATES = ["../data/cedict-gloss.utf16", "../../dist/data/cedict-gloss.utf16"].map((p) => fileURLToPath(new URL(p, import.meta.url)));
const INDEX = CANDIDATES.find((p) => existsSync(p)) ?? CANDIDATES[0]!;

/** Loads the gloss index that `npm run build` made from CC-CEDICT (UTF-16LE: it decodes in a few ms, UTF-8 took 40–55). */
export function loadDictionary(): Dictionary {
  let tsv: string;
  try {
    tsv = readFileSync(INDEX, "utf16le");
  } catch {
    throw new TandemError(`${INDEX}: the dictionary index is missing; run \`npm run build\``);
  }
  return parseDictionary(tsv);
}
