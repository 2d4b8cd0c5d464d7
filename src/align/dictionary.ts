// The Chinese → English gloss index built from CC-CEDICT by scripts/build-dict.mjs.
// The core takes a Dictionary as data; loading the file lives in io/ (see io/dictionary-file.ts).

export interface Dictionary {
  /** English stem ids glossing a Chinese word, or undefined when the word is not a headword. */
  glosses(word: string): Int32Array | undefined;
  /** Toneless pinyin of a character or a name, when known. */
  pinyin(word: string): string | undefined;
  /** The id of an English stem, creating it when new. */
  stemId(stem: string): number;
  /** Number of stem ids handed out so far. */
  readonly stemCount: number;
  /** The longest headword, in UTF-16 units (for greedy matching). */
  readonly maxWordLength: number;
}

/** Parses the index (word TAB stems TAB pinyin, a line each). Lines are parsed lazily, on first look-up. */
export function parseDictionary(tsv: string): Dictionary {
  const stemIds = new Map<string, number>();
  const stemId = (s: string): number => {
    let id = stemIds.get(s);
    if (id === undefined) stemIds.set(s, (id = stemIds.size));
    return id;
  };
  // word → [start, end) of its line; a line is split only when the word is looked up.
  const lines = new Map<string, number>();
  let maxWordLength = 1;
  let from = 0;
  while (from < tsv.length) {
    let nl = tsv.indexOf("\n", from);
    if (nl < 0) nl = tsv.length;
    const tab = tsv.indexOf("\t", from);
    if (tab > from && tab < nl) {
      const word = tsv.slice(from, tab);
      lines.set(word, from);
      if (word.length > maxWordLength) maxWordLength = word.length;
    }
    from = nl + 1;
  }
  const parsed = new Map<string, { glosses: Int32Array; pinyin: string | undefined }>();
  const entry = (word: string): { glosses: Int32Array; pinyin: string | undefined } | undefined => {
    const hit = parsed.get(word);
    if (hit) return hit;
    const at = lines.get(word);
    if (at === undefined) return undefined;
    let nl = tsv.indexOf("\n", at);
    if (nl < 0) nl = tsv.length;
    const [, stems = "", pinyin = ""] = tsv.slice(at, nl).split("\t");
    const ids = stems ? stems.split(" ").map(stemId) : [];
    const value = { glosses: Int32Array.from(new Set(ids)), pinyin: pinyin || undefined };
    parsed.set(word, value);
    return value;
  };
  return {
    glosses: (word) => entry(word)?.glosses,
    pinyin: (word) => entry(word)?.pinyin,
    stemId,
    get stemCount() {
      return stemIds.size;
    },
    maxWordLength: Math.min(maxWordLength, 8),
  };
}

/** An empty dictionary: alignment by length and anchors only (`--no-dictionary`). */
export function emptyDictionary(): Dictionary {
  const d = parseDictionary("");
  return d;
}
