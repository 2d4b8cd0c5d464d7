// The text that segmentation and matching read: the user's text folded without changing its length, so
// that every offset into it is still an offset into what the user wrote.
//
// - Full-width letters and digits (Ａ, ２０２１) become ASCII, one UTF-16 unit for one; a full-width
//   full stop or comma between full-width digits (３．５) too. Full-width punctuation elsewhere (，。（）)
//   is left alone: it is what Chinese text is written with, and the segmenters know it.
// - A word holding combining marks (decomposed "café") is put in NFC and padded at its end with word
//   joiners (U+2060: neither white space nor markup, so a sentence still ends after the word's last mark),
//   so the word stays whole for matching and the text keeps its length.
// Every pass is linear: no pattern here can backtrack over a long run.

const FULL_WIDTH_ALNUM = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g;
const FULL_WIDTH_DECIMAL = /([\uff10-\uff19])([\uff0c\uff0e])(?=[\uff10-\uff19])/g;
const MARK = /\p{M}/gu;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

function toAscii(c: string): string {
  return String.fromCharCode(c.charCodeAt(0) - 0xfee0);
}

/** Folds full-width letters and digits and composes decomposed words; the result has the same length. */
export function foldForMatching(text: string): string {
  let folded = text;
  if (/[\uff10-\uff5a]/.test(folded)) {
    folded = folded.replace(FULL_WIDTH_DECIMAL, (_m, d: string, p: string) => d + toAscii(p)).replace(FULL_WIDTH_ALNUM, toAscii);
  }
  MARK.lastIndex = 0;
  if (!MARK.test(folded)) return folded;
  const parts: string[] = [];
  let done = 0;
  MARK.lastIndex = 0;
  for (let m = MARK.exec(folded); m; m = MARK.exec(folded)) {
    if (m.index < done) continue;
    let a = m.index;
    let b = m.index + m[0].length;
    while (a > done && WORD_CHAR.test(folded[a - 1]!)) a--;
    while (b < folded.length && WORD_CHAR.test(folded[b]!)) b++;
    const word = folded.slice(a, b);
    const nfc = word.normalize("NFC");
    parts.push(folded.slice(done, a), nfc.length <= word.length ? nfc.padEnd(word.length, "\u2060") : word);
    done = b;
    MARK.lastIndex = b;
  }
  parts.push(folded.slice(done));
  return parts.join("");
}
