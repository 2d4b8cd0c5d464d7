import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { lineStartsOf, parseDictionary, type Dictionary } from "../align/dictionary.js";
import { TandemError } from "../model/errors.js";

// dist/io/ → dist/data/; when run from src/ (tests), the built index in dist/data/.
const CANDIDATES = ["../data/cedict-gloss.utf16", "../../dist/data/cedict-gloss.utf16"].map((p) => fileURLToPath(new URL(p, import.meta.url)));
const INDEX = CANDIDATES.find((p) => existsSync(p)) ?? CANDIDATES[0]!;
/** Where the index's lines start, written beside it by scripts/build-dict.mjs (see lineStartsFile). */
const LINES = INDEX.replace(/\.utf16$/, ".lines");

/** Loads the gloss index that `npm run build` made from CC-CEDICT (UTF-16LE: it decodes in a few ms, UTF-8 took 40–55). */
export function loadDictionary(): Dictionary {
  let tsv: string;
  try {
    tsv = readFileSync(INDEX, "utf16le");
  } catch {
    throw new TandemError(`${INDEX}: the dictionary index is missing; run \`npm run build\``);
  }
  return parseDictionary(tsv, readLineStarts(tsv) ?? lineStartsOf(tsv));
}

/**
 * The line starts of the index, as build-dict wrote them: Int32s in the platform's byte order, the
 * index's length in UTF-16 units, then each line's start. Reading them costs well under a millisecond; finding them in the
 * text costs a scan of its 5.6 million units (~10 ms), and listing the lines of each character met, as
 * look-ups did before, ~30 ms on the Bible (issue 7). Undefined when missing or made for another index.
 */
function readLineStarts(tsv: string): Int32Array | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(LINES);
  } catch {
    return undefined;
  }
  return lineStartsFile(bytes, tsv);
}

/** The line starts in `bytes` (see readLineStarts) when they fit `tsv`, else undefined. */
export function lineStartsFile(bytes: Uint8Array, tsv: string): Int32Array | undefined {
  if (bytes.length < 4 || bytes.length % 4 !== 0) return undefined;
  const all = new Int32Array(bytes.length / 4);
  new Uint8Array(all.buffer).set(bytes);
  const starts = all.subarray(1);
  if (all[0] !== tsv.length || (tsv.length > 0 && starts[0] !== 0)) return undefined;
  // A sample of them must start lines, in order: line starts made for another index would not.
  const fits = (k: number): boolean => {
    const a = starts[k]!;
    return a > starts[k - 1]! && a < tsv.length && tsv.charCodeAt(a - 1) === 10;
  };
  const step = Math.max(1, Math.floor(starts.length / 512));
  for (let k = 1; k < starts.length; k += step) if (!fits(k)) return undefined;
  if (starts.length > 1 && !fits(starts.length - 1)) return undefined;
  return starts;
}
