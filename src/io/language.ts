import type { Lang } from "../model/types.js";

const HAN = /\p{Script=Han}/u;
/** HAN.test of one UTF-16 unit, remembered for all 65,536 (0 not yet known, 1 no, 2 yes). */
const hanUnits = new Uint8Array(65536);

/**
 * The language of a text by its letters: Han characters against Latin letters. Read by char code,
 * a character at a time as `for…of` gives them (a surrogate pair is one): a string and a regular
 * expression test per character cost ~50 MB of garbage on the Bible set (issue 7).
 */
export function detectLanguage(text: string): { lang: Lang | undefined; han: number; latin: number } {
  let han = 0;
  let latin = 0;
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 128) {
      const lower = c | 32;
      if (lower >= 97 && lower <= 122) latin++;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < sample.length) {
      const low = sample.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        // A character beyond the BMP: rare, tested as a pair.
        if (HAN.test(sample.slice(i, i + 2))) han++;
        i++;
        continue;
      }
    }
    let v = hanUnits[c]!;
    if (v === 0) hanUnits[c] = v = HAN.test(String.fromCharCode(c)) ? 2 : 1;
    if (v === 2) han++;
  }
  // A Han character carries about as much as three Latin letters.
  if (han === 0 && latin === 0) return { lang: undefined, han, latin };
  return { lang: han * 3 >= latin ? "zh" : "en", han, latin };
}

export const LANGS: Lang[] = ["zh", "en"];
export function isLang(s: string): s is Lang {
  return (LANGS as string[]).includes(s);
}
