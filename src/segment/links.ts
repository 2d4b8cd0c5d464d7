// Web addresses and e-mail addresses in text of either language: the English segmenter keeps them whole
// (no sentence ends inside one), and the link-mismatch rule compares them across a translation.

/**
 * A URL runs from "http://", "https://" or "www." to white space, a quotation mark, an angle bracket,
 * or Chinese text or punctuation (Chinese writes "访问www.gov.cn。" with nothing between); one character
 * class and no nesting, so matching is linear. Han characters by their ranges, not \p{Script=Han}: a
 * Unicode-mode pattern made the English segmenter 15–40% slower on paragraphs.
 */
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"“”‘’（）《》【】「」『』、，。；：！？\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff01-\uff0f\uff1a-\uff20]+/g;

/** The spans [start, end) of the URLs and e-mail addresses of `text`, in order, final punctuation left out. */
export function linkSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const trimEnd = (start: number, end: number): number => {
    while (end > start && ".,;:!?)]'\"".includes(text[end - 1]!)) end--;
    return end;
  };
  URL.lastIndex = 0;
  for (let m = URL.exec(text); m; m = URL.exec(text)) spans.push([m.index, trimEnd(m.index, m.index + m[0].length)]);
  // E-mail addresses, found from their "@" outwards: a pattern such as [\w.+-]+@ would rescan a long run
  // of word characters from every start (quadratic time on 100 kB of digits).
  const local = /[\w.+-]/;
  const domain = /[\w.-]/;
  for (let at = text.indexOf("@"); at >= 0; at = text.indexOf("@", at + 1)) {
    let a = at;
    while (a > 0 && local.test(text[a - 1]!)) a--;
    let b = at + 1;
    while (b < text.length && domain.test(text[b]!)) b++;
    const host = text.slice(at + 1, b);
    if (a === at || !/^[\w-]+(?:\.[\w-]+)+/.test(host)) continue;
    // Inside a URL already found ("https://x.org/@user") it is part of that URL.
    if (!spans.some(([s, e]) => s <= a && b <= e)) spans.push([a, trimEnd(a, b)]);
    at = b - 1;
  }
  return spans.sort((x, y) => x[0] - y[0]);
}
