import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseDictionary, type Dictionary } from "../align/dictionary.js";
import { TandemError } from "../model/errors.js";

const INDEX = fileURLToPath(new URL("../data/cedict-gloss.tsv", import.meta.url));

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
