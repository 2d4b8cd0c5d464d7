// Web and e-mail addresses are copied, not translated: an address of the source that its translation
// lacks, or writes differently, sends the reader elsewhere. Compared per bead, written the same way
// whatever the scheme ("http://", "https://"), a leading "www." or a final "/"; an address the aligner
// put one bead off is found there.

import type { Sentence } from "../model/types.js";
import { linkSpans } from "../segment/links.js";
import { quote } from "./describe.js";
import { numberOption, type CheckContext, type Rule } from "./types.js";

interface Link {
  sentence: Sentence;
  start: number;
  end: number;
  text: string;
}

function linksOf(ids: number[], sentences: Sentence[]): Link[] {
  const out: Link[] = [];
  for (const i of ids) {
    const sentence = sentences[i]!;
    for (const [start, end] of linkSpans(sentence.text)) out.push({ sentence, start, end, text: sentence.text.slice(start, end) });
  }
  return out;
}

/** The form two addresses are compared in: no scheme, no leading "www.", no final "/", lower case. */
export function linkKey(address: string): string {
  return address
    .toLowerCase()
    .replace(/^(?:https?:\/\/)?(?:www\.)?/, "")
    .replace(/\/+$/, "");
}

export const linkMismatch: Rule = {
  id: "link-mismatch",
  description: "A web or e-mail address of the source is missing or written differently in its translation, or the translation has one the source lacks.",
  defaultSeverity: "warning",
  example: "源文 详见 https://www.gov.cn/zhengce/ … 译文 See www.gov.cn/zhengce/ → no finding; … See the government website → link-mismatch",
  options: { reach: "beads on each side searched for an address the aligner may have put one bead off (default 1)" },
  run(ctx: CheckContext) {
    const reach = numberOption(ctx.options, "reach", 1);
    const near = (k: number, which: "source" | "target"): Set<string> => {
      const keys = new Set<string>();
      for (let j = Math.max(0, k - reach); j <= Math.min(ctx.beads.length - 1, k + reach); j++) {
        for (const l of linksOf(ctx.beads[j]![which], ctx[which])) keys.add(linkKey(l.text));
      }
      return keys;
    };
    ctx.beads.forEach((bead, k) => {
      if (!bead.source.length || !bead.target.length) return;
      const s = linksOf(bead.source, ctx.source);
      const t = linksOf(bead.target, ctx.target);
      if (!s.length && !t.length) return;
      const inTarget = s.length ? near(k, "target") : undefined;
      const inSource = t.length ? near(k, "source") : undefined;
      const missing = s.filter((l) => !inTarget!.has(linkKey(l.text)));
      const extra = t.filter((l) => !inSource!.has(linkKey(l.text)));
      if (!missing.length && !extra.length) return;
      const parts: string[] = [];
      if (missing.length) parts.push(`${missing.map((l) => quote(l.text, 80)).join(", ")} not in the translation`);
      if (extra.length) parts.push(`${extra.map((l) => quote(l.text, 80)).join(", ")} not in the source`);
      const ref = (ls: Link[], ids: number[]) => ({
        sentences: ls.length ? [...new Set(ls.map((l) => l.sentence.index))] : ids,
        ranges: ls.map((l) => ctx.range(l.sentence, l.start, l.end)),
      });
      ctx.report({ message: `addresses differ: ${parts.join("; ")}`, source: ref(missing, bead.source), target: ref(extra, bead.target) });
    });
  },
};
