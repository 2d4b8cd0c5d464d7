// Adversarial text for every pattern of segmentation, reading and checking: 100 kB of long runs of dots,
// digits, spaces, quotes and markup. The test only asserts that each stage finishes (with a generous
// timeout); `npm run bench:redos` measures that the time grows linearly with the length.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDictionary } from "../src/align/dictionary.js";
import { chineseNumbers, englishNumbers } from "../src/align/numbers.js";
import { contentStems } from "../src/align/stem.js";
import { readMarkdown } from "../src/io/markdown.js";
import { detectLanguage } from "../src/io/language.js";
import { readTsv } from "../src/io/tsv.js";
import { parseXml, validateXml } from "../src/io/xml.js";
import { InputError } from "../src/model/errors.js";
import type { Document, Lang } from "../src/model/types.js";
import { check } from "../src/pipeline.js";
import { segment } from "../src/segment/index.js";
import { foldForMatching } from "../src/segment/normalize.js";
import { wordSegmenter } from "../src/segment/words.js";
import { ROOT } from "./helpers.js";

export const RUNS = [".", "1", " ", '"', "。", "…", "……", "?", "!", "“", "”", "《", "(", "（", "a.", "1.", "A. ", "Mr. ", "e.g.", ". . ", "1,", "$1,", "mid-1", "A1 ", "１", "<<", "\t", "*", "_", "[", "](", "#", "- ", "|", "&amp;", "&", "<", "http://a", "a@", "@a.", "www.", "\u0301", "a\u0301", "三千", "万", "%", "年", "key words", "\r\n", "\n\n"];
const SIZE = 100_000;
const fill = (run: string, size = SIZE): string => run.repeat(Math.ceil(size / run.length)).slice(0, size);
/** Runs f; an InputError (input refused with a message) counts as finishing too. */
function finishes(f: () => unknown): void {
  try {
    f();
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
  }
}
const doc = (text: string, lang: Lang): Document => ({ path: "adversarial", lang, text, baseOffset: 0, baseLine: 1 });

describe("adversarial text: every stage finishes on 100 kB", () => {
  const dictionary = parseDictionary(readFileSync(join(ROOT, "dist", "data", "cedict-gloss.utf16"), "utf16le"));
  const words = wordSegmenter("jieba");
  for (const run of RUNS) {
    it(`runs of ${JSON.stringify(run)}`, { timeout: 120_000 }, () => {
      const zh = "开始" + fill(run) + "结束。";
      const en = "Start " + fill(run) + " end.";
      expect(foldForMatching(zh)).toHaveLength(zh.length);
      expect(segment(doc(zh, "zh"), "source").length).toBeGreaterThan(0);
      expect(segment(doc(en, "en"), "target").length).toBeGreaterThan(0);
      segment(doc(en, "en"), "target", { presplit: true });
      const md = readMarkdown(zh);
      segment({ ...doc(zh, "zh"), view: md.view, blocks: md.blocks }, "source");
      detectLanguage(en);
      chineseNumbers(zh);
      englishNumbers(en);
      contentStems(en);
      finishes(() => readTsv(`${zh}\t${en}\n`, "x.tsv"));
      const xml = `<a b="${fill(run, 1000).replace(/[<&"]/g, " ")}">${zh.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</a>`;
      validateXml(xml, "x.xml", "XML");
      parseXml(xml, "x.xml");
      // The whole pipeline, so that every check's patterns see the text as well: as one line (refused
      // when a sentence is longer than tandem aligns), and wrapped into lines of 5,000 characters.
      finishes(() => check(doc(zh, "zh"), doc(en, "en"), { dictionary, words }));
      const wrap = (t: string): string => t.replace(/[^]{5000}/g, "$&\n");
      const result = check(doc(wrap(zh), "zh"), doc(wrap(en), "en"), { dictionary, words });
      expect(result.beads.length).toBeGreaterThan(0);
    });
  }
});
