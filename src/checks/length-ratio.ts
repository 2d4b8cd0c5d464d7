import { enLength, zhLength } from "../align/features.js";
import type { Lang, Sentence } from "../model/types.js";
import { numberOption, type CheckContext, type Rule } from "./types.js";

// Beads whose length ratio lies far outside the document's own distribution: the median and the
// median absolute deviation of log(target length / source length) over the document's 1-1 beads, so
// that each language pair and each translator's style calibrates itself.

const lengthOf = (s: Sentence[], lang: Lang): number => s.reduce((n, x) => n + (lang === "zh" ? zhLength(x.text) : enLength(x.text)), 0);

/**
 * The same with the digits and Latin letters of Chinese counted a third each: a translation copies
 * figures, codes and addresses one for one, where a Han character becomes about three English letters.
 * Counted whole, "2.48:1 … 2.31:1" or an admissions office's telephone numbers and e-mail address
 * predict three times their length in English; counted a third, a line of figures that a novel or a
 * report renders in words ("三十年" as "30 years") looks long. A bead is far only when it is far both
 * ways: two faithful lines of figures written as probes were reported "much shorter" on whole counts,
 * and on thirds a press conference's and a news report's lines were reported instead.
 */
const copiedLengthOf = (s: Sentence[], lang: Lang): number =>
  lang === "zh" ? s.reduce((n, x) => {
    const copied = x.text.match(/[A-Za-z0-9]/g)?.length ?? 0;
    return n + zhLength(x.text) - copied + copied / 3;
  }, 0) : lengthOf(s, lang);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export const lengthRatio: Rule = {
  id: "length-ratio",
  description: "A bead whose target/source length ratio is far outside the document's own distribution: a likely partial omission or addition.",
  defaultSeverity: "info",
  example: "a 60-character Chinese sentence translated by 5 English words, where the document runs 3 letters a character → length-ratio",
  options: {
    deviations: "how many robust standard deviations (1.4826 × MAD of the log ratio) count as far (default 4)",
    minLength: "least source length considered: Han characters, or letters ÷ 3 for English (default 20)",
  },
  run(ctx: CheckContext) {
    const k = numberOption(ctx.options, "deviations", 4);
    const minLength = numberOption(ctx.options, "minLength", 20);
    const rows = ctx.beads
      .filter((b) => b.source.length && b.target.length)
      .map((b) => {
        const src = b.source.map((i) => ctx.source[i]!).filter((s) => s.kind === "text");
        const tgt = b.target.map((i) => ctx.target[i]!).filter((s) => s.kind === "text");
        const sl = lengthOf(src, ctx.sourceLang);
        const tl = lengthOf(tgt, ctx.targetLang);
        const thirds = Math.log((copiedLengthOf(tgt, ctx.targetLang) + 1) / (copiedLengthOf(src, ctx.sourceLang) + 1));
        return { src, tgt, sl, tl, log: Math.log((tl + 1) / (sl + 1)), thirds };
      })
      .filter((r) => r.src.length && r.tgt.length);
    if (rows.length < 20) return; // too few beads to know the document's ratio
    // A floor under the spread, so that a very regular document does not turn small differences into alarms.
    const spread = (logs: number[]): ((x: number) => number) => {
      const mid = median(logs);
      const sigma = Math.max(0.1, 1.4826 * median(logs.map((x) => Math.abs(x - mid))));
      return (x) => (x - mid) / sigma;
    };
    const m = median(rows.map((r) => r.log));
    const zWhole = spread(rows.map((r) => r.log));
    const zThirds = spread(rows.map((r) => r.thirds));
    const unit = (lang: Lang) => (lang === "zh" ? 1 : 3);
    for (const r of rows) {
      const z = zWhole(r.log);
      const z3 = zThirds(r.thirds);
      if (Math.abs(z) < k || Math.abs(z3) < k || Math.sign(z) !== Math.sign(z3)) continue;
      if (Math.max(r.sl / unit(ctx.sourceLang), r.tl / unit(ctx.targetLang)) < minLength) continue;
      const expected = Math.round(r.sl * Math.exp(m));
      ctx.report({
        message: `the translation is ${z < 0 ? "much shorter" : "much longer"} than the document's usual ratio predicts (${r.tl} against about ${expected} ${ctx.targetLang === "zh" ? "characters" : "letters"}): ${z < 0 ? "part of the source may be left out" : "the translation may add something"}`,
        source: { sentences: r.src.map((s) => s.index), ranges: r.src.map((s) => ctx.range(s)) },
        target: { sentences: r.tgt.map((s) => s.index), ranges: r.tgt.map((s) => ctx.range(s)) },
      });
    }
  },
};
