import type { Lang } from "../model/types.js";

/** The language of a text by its letters: Han characters against Latin letters. */
export function detectLanguage(text: string): { lang: Lang | undefined; han: number; latin: number } {
  let han = 0;
  let latin = 0;
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  for (const ch of sample) {
    if (/\p{Script=Han}/u.test(ch)) han++;
    else if (/[A-Za-z]/.test(ch)) latin++;
  }
  // A Han character carries about as much as three Latin letters.
  if (han === 0 && latin === 0) return { lang: undefined, han, latin };
  return { lang: han * 3 >= latin ? "zh" : "en", han, latin };
}

export const LANGS: Lang[] = ["zh", "en"];
export function isLang(s: string): s is Lang {
  return (LANGS as string[]).includes(s);
}
