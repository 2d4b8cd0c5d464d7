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
  /**
   * The headwords (of 2 to maxWordLength UTF-16 units, longest first) that start with the two units of
   * `text` at `at`, for greedy matching: looked up by the units' codes, so the text is not sliced.
   */
  headwordsAt(text: string, at: number): readonly string[];
  /** The longest headword, in UTF-16 units (for greedy matching). */
  readonly maxWordLength: number;
}

/**
 * Reads the index (word TAB stems TAB pinyin, a line each, sorted by word in UTF-16 order, no blank
 * lines) without building a map of its 200k lines: look-ups binary-search the text itself, and only
 * the lines looked up are split. Loading costs nothing beyond decoding the file.
 */
export function parseDictionary(tsv: string): Dictionary {
  const stemIds = new Map<string, number>();
  const stemId = (s: string): number => {
    let id = stemIds.get(s);
    if (id === undefined) stemIds.set(s, (id = stemIds.size));
    return id;
  };
  // Lines are found by binary search over character positions (a position belongs to the line that
  // starts after the newline before it), so loading needs no scan of the 200k lines: a line is known
  // by the position it starts at, and the end of the index stands for "past the last line".
  const end = tsv.length;
  const lineStart = (pos: number): number => {
    // A scan back to the newline, unit by unit: lines are short, and lastIndexOf's call cost more.
    let a = pos;
    while (a > 0 && tsv.charCodeAt(a - 1) !== 10) a--;
    return a;
  };
  const nextLine = (a: number): number => {
    const nl = tsv.indexOf("\n", a);
    return nl < 0 ? end : nl + 1;
  };
  /** Compares `word` with the headword of the line at `a` in place (no slice): <0, 0 or >0 as word sorts. */
  const compareAt = (word: string, a: number): number => {
    let at = a;
    for (let i = 0; i < word.length; i++, at++) {
      const c = at < end ? tsv.charCodeAt(at) : 9;
      if (c === 9 || c === 10) return 1; // the headword is a proper prefix of word
      const d = word.charCodeAt(i) - c;
      if (d !== 0) return d;
    }
    const c = at < end ? tsv.charCodeAt(at) : 9;
    return c === 9 || c === 10 ? 0 : -1;
  };
  // Lower bound: the first line whose headword sorts at or after `word` (end when none).
  const lowerBound = (word: string): number => {
    let lo = 0;
    let hi = end;
    while (lo < hi) {
      const a = lineStart((lo + hi) >>> 1);
      if (compareAt(word, a) > 0) lo = nextLine(a);
      else hi = a;
    }
    return lo;
  };
  // By first unit: the starts of the lines whose headword starts with it, listed when first needed (a
  // binary search over the text costs a backward scan a step; these lines are searched again and again).
  const byFirst = new Array<FirstUnit | undefined>(65536).fill(undefined);
  const linesOf = (c0: number): FirstUnit => {
    let first = byFirst[c0];
    if (first === undefined) {
      // From the first line at or after the unit alone, while lines start with it (the index is sorted).
      const lines: number[] = [];
      for (let a = lowerBound(String.fromCharCode(c0)); a < end && tsv.charCodeAt(a) === c0; a = nextLine(a)) lines.push(a);
      byFirst[c0] = first = { lines: Int32Array.from(lines), bySecond: new Map() };
    }
    return first;
  };
  /** The line of `word` (the index has no duplicate headwords), or -1: searched among the lines of its first unit. */
  const find = (word: string): number => {
    if (word.length === 0) {
      const a = lowerBound(word);
      return a < end && compareAt(word, a) === 0 ? a : -1;
    }
    const lines = linesOf(word.charCodeAt(0)).lines;
    let lo = 0;
    let hi = lines.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareAt(word, lines[mid]!) > 0) lo = mid + 1;
      else hi = mid;
    }
    return lo < lines.length && compareAt(word, lines[lo]!) === 0 ? lines[lo]! : -1;
  };
  // Greedy matching looks at most 8 characters ahead (CC-CEDICT has longer idioms; they are rare).
  const maxWordLength = /[^\n]/.test(tsv) ? 8 : 1;
  const longest = new Map<string, number>();
  const longestWith = (prefix: string): number => {
    let best = longest.get(prefix);
    if (best !== undefined) return best;
    best = 0;
    for (let a = lowerBound(prefix); a < end; a = nextLine(a)) {
      if (!tsv.startsWith(prefix, a)) break;
      const len = tsv.indexOf("\t", a) - a;
      if (len > best) best = len;
    }
    longest.set(prefix, best);
    return best;
  };
  const NONE: readonly string[] = [];
  /** The unit at `pos` of the index, 9 (a tab) past its end. */
  const unit = (pos: number): number => (pos < end ? tsv.charCodeAt(pos) : 9);
  const headwordsAt = (text: string, at: number): readonly string[] => {
    const c1 = text.charCodeAt(at + 1);
    const first = linesOf(text.charCodeAt(at));
    let list = first.bySecond.get(c1);
    if (list !== undefined) return list;
    // The lines of one first unit are sorted by their second unit (a tab or newline when the headword is one unit).
    const lines = first.lines;
    let lo = 0;
    let hi = lines.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (unit(lines[mid]! + 1) < c1) lo = mid + 1;
      else hi = mid;
    }
    const found: string[] = [];
    for (let k = lo; k < lines.length && unit(lines[k]! + 1) === c1; k++) {
      const a = lines[k]!;
      // The headword ends where compareAt stops: at a tab or a newline.
      let stop = a + 2;
      while (stop < end && unit(stop) !== 9 && unit(stop) !== 10) stop++;
      if (stop - a >= 2 && stop - a <= maxWordLength) found.push(tsv.slice(a, stop));
    }
    list = found.length ? found.sort((x, y) => y.length - x.length) : NONE;
    first.bySecond.set(c1, list);
    return list;
  };
  const parsed = new Map<string, { glosses: Int32Array; pinyin: string | undefined } | null>();
  const entry = (word: string): { glosses: Int32Array; pinyin: string | undefined } | undefined => {
    const hit = parsed.get(word);
    if (hit !== undefined) return hit ?? undefined;
    const a = find(word);
    if (a < 0) {
      parsed.set(word, null);
      return undefined;
    }
    let nl = tsv.indexOf("\n", a);
    if (nl < 0) nl = tsv.length;
    const [, stems = "", pinyin = ""] = tsv.slice(a, nl).split("\t");
    const ids = stems ? stems.split(" ").map(stemId) : [];
    const unique = new Set(ids);
    const glosses = new Int32Array(unique.size);
    let k = 0;
    for (const id of unique) glosses[k++] = id;
    const value = { glosses, pinyin: pinyin || undefined };
    parsed.set(word, value);
    return value;
  };
  // Pinyin alone, for the names check of every Han character of a text: its line's third field, without
  // making stem ids of the glosses (most characters are never asked for those).
  const pinyinOf = new Map<string, string | null>();
  const pinyin = (word: string): string | undefined => {
    const known = parsed.get(word);
    if (known !== undefined) return known?.pinyin;
    let py = pinyinOf.get(word);
    if (py === undefined) {
      const a = find(word);
      py = null;
      if (a >= 0) {
        // word TAB stems TAB pinyin: the third field, as entry() reads it.
        let nl = tsv.indexOf("\n", a);
        if (nl < 0) nl = tsv.length;
        const first = tsv.indexOf("\t", a);
        const second = first >= 0 && first < nl ? tsv.indexOf("\t", first + 1) : -1;
        if (second >= 0 && second < nl) {
          const third = tsv.indexOf("\t", second + 1);
          py = tsv.slice(second + 1, third >= 0 && third < nl ? third : nl) || null;
        }
      }
      pinyinOf.set(word, py);
    }
    return py ?? undefined;
  };
  return {
    glosses: (word) => entry(word)?.glosses,
    pinyin,
    stemId,
    longestWith,
    headwordsAt,
    get stemCount() {
      return stemIds.size;
    },
    maxWordLength,
  };
}

/** The lines of one first unit, and by second unit the headwords found among them. */
interface FirstUnit {
  lines: Int32Array;
  bySecond: Map<number, readonly string[]>;
}

/** An empty dictionary: alignment by length and anchors only (`--no-dictionary`). */
export function emptyDictionary(): Dictionary {
  return parseDictionary("");
}
