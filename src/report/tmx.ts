// TMX 1.4b: one translation unit per bead with text on both sides, for translation-memory tools.

import type { Document, Lang, Result, Sentence } from "../model/types.js";
import { shownText } from "./display.js";
import { xmlAttr, xmlText } from "./escape.js";

export const TMX_LANG: Record<Lang, string> = { zh: "zh-CN", en: "en-US" };

export interface TmxOptions {
  toolVersion: string;
}

/** The sentences as written (the document's own text, not the normalised `Sentence.text`). */
const joinText = (ids: number[], sents: Sentence[], doc: Document): string =>
  ids.map((i) => (sents[i] ? shownText(doc, sents[i].start, sents[i].end) || sents[i].text : "")).join(" ");

type Aligned = Pick<Result, "source" | "target" | "beads" | "sourceSentences" | "targetSentences">;

export function formatTmx(result: Aligned, options: TmxOptions): string {
  return formatTmxMany([result], options);
}

/** One memory for several document pairs (two folders); the header's srclang is the first pair's. */
export function formatTmxMany(results: Aligned[], options: TmxOptions): string {
  const first = results[0]!;
  const out = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<tmx version="1.4">`,
    `  <header creationtool="tandem" creationtoolversion="${xmlAttr(options.toolVersion)}" segtype="sentence" o-tmf="tandem" adminlang="en-US" srclang="${TMX_LANG[first.source.lang]}" datatype="plaintext"/>`,
    `  <body>`,
  ];
  for (const result of results) {
    const src = TMX_LANG[result.source.lang];
    const tgt = TMX_LANG[result.target.lang];
    for (const b of result.beads) {
      if (!b.source.length || !b.target.length) continue;
      const s = joinText(b.source, result.sourceSentences, result.source);
      const t = joinText(b.target, result.targetSentences, result.target);
      out.push(
        `    <tu>`,
        `      <prop type="x-tandem-score">${b.score.toFixed(3)}</prop>`,
        `      <prop type="x-tandem-ids">${b.source.join(",")}:${b.target.join(",")}</prop>`,
        `      <tuv xml:lang="${src}"><seg>${xmlText(s)}</seg></tuv>`,
        `      <tuv xml:lang="${tgt}"><seg>${xmlText(t)}</seg></tuv>`,
        `    </tu>`,
      );
    }
  }
  out.push(`  </body>`, `</tmx>`);
  return out.join("\n") + "\n";
}
