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
  /** The length of the longest headword that starts with `prefix` (0 when none), for greedy matching. */
  longestWith(prefix: string): number;
  /** The headwords that start with `prefix`, of at most maxWordLength UTF-16 units, longest first. */
  headwordsWith(prefix: string): readonly string[];
  /** The longest headword, in UTF-16 units (for greedy matching). */
  readonly maxWordLength: number;
}

/**
 * Reads the index (word TAB stems TAB pinyin, a line each, sorted by word in UTF-16 order) without
 * building a map of its 200k lines: look-ups binary-search the line starts, and only the lines looked
 * up are split. Loading is one scan for newlines.
 */
export function parseDictionary(tsv: string): Dictionary {
  const stemIds = new Map<string, number>();
  const stemId = (s: string): number => {
    let id = stemIds.get(s);
    if (id === undefined) stemIds.set(s, (id = stemIds.size));
    return id;
  };
  const starts: number[] = [];
  for (let from = 0; from < tsv.length; ) {
    let nl = tsv.indexOf("\n", from);
    if (nl < 0) nl = tsv.length;
    if (nl > from) starts.push(from);
    from = nl + 1;
  }
  /** Compares `word` with the headword of line k in place (no slice): <0, 0 or >0 as word sorts. */
  const compareAt = (word: string, k: number): number => {
    let at = starts[k]!;
    for (let i = 0; i < word.length; i++, at++) {
      const c = at < tsv.length ? tsv.charCodeAt(at) : 9;
      if (c === 9 || c === 10) return 1; // the headword is a proper prefix of word
      const d = word.charCodeAt(i) - c;
      if (d !== 0) return d;
    }
    const c = at < tsv.length ? tsv.charCodeAt(at) : 9;
    return c === 9 || c === 10 ? 0 : -1;
  };
  const find = (word: string): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const d = compareAt(word, mid);
      if (d === 0) return mid;
      if (d > 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  };
  // Lower bound: the first line whose headword sorts at or after `word`.
  const lowerBound = (word: string): number => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareAt(word, mid) > 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // Greedy matching looks at most 8 characters ahead (CC-CEDICT has longer idioms; they are rare).
  const maxWordLength = starts.length ? 8 : 1;
  const longest = new Map<string, number>();
  const longestWith = (prefix: string): number => {
    let best = longest.get(prefix);
    if (best !== undefined) return best;
    best = 0;
    for (let k = lowerBound(prefix); k < starts.length; k++) {
      const a = starts[k]!;
      if (!tsv.startsWith(prefix, a)) break;
      const len = tsv.indexOf("\t", a) - a;
      if (len > best) best = len;
    }
    longest.set(prefix, best);
    return best;
  };
  const NONE: readonly string[] = [];
  const headwords = new Map<string, readonly string[]>();
  const headwordsWith = (prefix: string): readonly string[] => {
    let list = headwords.get(prefix);
    if (list !== undefined) return list;
    const found: string[] = [];
    for (let k = lowerBound(prefix); k < starts.length; k++) {
      const a = starts[k]!;
      if (!tsv.startsWith(prefix, a)) break;
      // The headword ends where compareAt stops: at a tab or a newline.
      let end = a + prefix.length;
      for (let c = tsv.charCodeAt(end); end < tsv.length && c !== 9 && c !== 10; c = tsv.charCodeAt(++end));
      if (end - a <= maxWordLength) found.push(tsv.slice(a, end));
    }
    list = found.length ? found.sort((x, y) => y.length - x.length) : NONE;
    headwords.set(prefix, list);
    return list;
  };
  const parsed = new Map<string, { glosses: Int32Array; pinyin: string | undefined } | null>();
  const entry = (word: string): { glosses: Int32Array; pinyin: string | undefined } | undefined => {
    const hit = parsed.get(word);
    if (hit !== undefined) return hit ?? undefined;
    const k = find(word);
    if (k < 0) {
      parsed.set(word, null);
      return undefined;
    }
    const a = starts[k]!;
    let nl = tsv.indexOf("\n", a);
    if (nl < 0) nl = tsv.length;
    const [, stems = "", pinyin = ""] = tsv.slice(a, nl).split("\t");
    const ids = stems ? stems.split(" ").map(stemId) : [];
    const value = { glosses: Int32Array.from(new Set(ids)), pinyin: pinyin || undefined };
    parsed.set(word, value);
    return value;
  };
  return {
    glosses: (word) => entry(word)?.glosses,
    pinyin: (word) => entry(word)?.pinyin,
    stemId,
    longestWith,
    headwordsWith,
    get stemCount() {
      return stemIds.size;
    },
    maxWordLength,
  };
}

/** An empty dictionary: alignment by length and anchors only (`--no-dictionary`). */
export function emptyDictionary(): Dictionary {
  return parseDictionary("");
}
