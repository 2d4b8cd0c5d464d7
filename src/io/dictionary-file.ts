import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseDictionary, type Dictionary } from "../align/dictionary.js";
import { TandemError } from "../model/errors.js";

// dist/io/ → dist/data/; when run from src/ (tests), the built index in dist/data/.
const CANDIDATES = ["../data/cedict-gloss.tsv", "../../dist/data/cedict-gloss.tsv"].map((p) => fileURLToPath(new URL(p, import.meta.url)));
const INDEX = CANDIDATES.find((p) => existsSync(p)) ?? CANDIDATES[0]!;

/** Loads the gloss index that `npm run build` made from CC-CEDICT. */
export function loadDictionary(): Dictionary {
  let tsv: string;
  try {
    tsv = readFileSync(INDEX, "utf8");
  } catch {
    throw new TandemError(`${INDEX}: the dictionary index is missing; run \`npm run build\``);
  }
  return parseDictionary(tsv);
}
