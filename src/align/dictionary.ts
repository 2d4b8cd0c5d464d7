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

/** Where each line of a text starts (a text ending in a newline has no empty last line). */
export function lineStartsOf(text: string): Int32Array {
  const starts: number[] = [];
  for (let a = 0; a < text.length; ) {
    starts.push(a);
    const nl = text.indexOf("\n", a);
    a = nl < 0 ? text.length : nl + 1;
  }
  return Int32Array.from(starts);
}

/**
 * Reads the index (word TAB stems TAB pinyin, a line each, sorted by word in UTF-16 order, no blank
 * lines) without building a map of its 200k lines: look-ups binary-search the lines' starts (given
 * with the index, see io/dictionary-file.ts, or found by one scan of the text), and only the lines
 * looked up are split.
 */
export function parseDictionary(tsv: string, lineStarts: Int32Array = lineStartsOf(tsv)): Dictionary {
  const stemIds = new Map<string, number>();
  const stemId = (s: string): number => {
    let id = stemIds.get(s);
    if (id === undefined) stemIds.set(s, (id = stemIds.size));
    return id;
  };
  // A line is known by the position it starts at; lines are found by binary search over their starts.
  const end = tsv.length;
  const lineCount = lineStarts.length;
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
  // Lower bound: the number of the first line whose headword sorts at or after `word` (lineCount when none).
  const lowerLine = (word: string): number => {
    let lo = 0;
    let hi = lineCount;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareAt(word, lineStarts[mid]!) > 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // By first unit: the starts of the lines whose headword starts with it, a view of the line starts (the
  // index is sorted, so they follow one another), found when first needed.
  const byFirst = new Array<FirstUnit | undefined>(65536).fill(undefined);
  const linesOf = (c0: number): FirstUnit => {
    let first = byFirst[c0];
    if (first === undefined) {
      // From the first line at or after the unit alone, to the first line whose first unit is greater.
      const from = lowerLine(String.fromCharCode(c0));
      let lo = from;
      let hi = lineCount;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (tsv.charCodeAt(lineStarts[mid]!) === c0) lo = mid + 1;
        else hi = mid;
      }
      byFirst[c0] = first = { lines: lineStarts.subarray(from, lo), bySecond: new Map() };
    }
    return first;
  };
  /** The line of `word` (the index has no duplicate headwords), or -1: searched among the lines of its first unit. */
  const find = (word: string): number => {
    if (word.length === 0) {
      const k = lowerLine(word);
      return k < lineCount && compareAt(word, lineStarts[k]!) === 0 ? lineStarts[k]! : -1;
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
    for (let k = lowerLine(prefix); k < lineCount; k++) {
      const a = lineStarts[k]!;
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
    const fields = tsv.slice(a, nl).split("\t");
    const stems = fields[1] ?? "";
    const pinyin = fields[2] ?? "";
    // Each stem once, in order of first mention: a loop rather than a Set and its iterator (a line has a
    // few stems, 38 at most, and this runs for every word of a document, mostly before it is optimized).
    const ids: number[] = [];
    if (stems) {
      const parts = stems.split(" ");
      for (let k = 0; k < parts.length; k++) {
        const id = stemId(parts[k]!);
        if (!ids.includes(id)) ids.push(id);
      }
    }
    const value = { glosses: Int32Array.from(ids), pinyin: pinyin || undefined };
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
