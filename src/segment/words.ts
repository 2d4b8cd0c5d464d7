// Chinese word segmentation behind one small interface.
//
// Measured on this project's machine (README, npm run bench:segment): @node-rs/jieba starts in about
// 140 ms and cuts 1 MB in about 40 ms; segmentit takes about 600 ms and 14 s. The CLI's default is a
// third segmenter, longest match against the gloss index (src/align/maxmatch.ts), which aligns as well
// as jieba without its start-up; jieba and segmentit are chosen with --word-segmenter, and segmentit
// stands in when jieba's native module cannot load.

import { createRequire } from "node:module";

export interface WordSegmenter {
  readonly name: string;
  cut(text: string): string[];
}

const require = createRequire(import.meta.url);
let cached: WordSegmenter | undefined;

function loadJieba(): WordSegmenter {
  const { Jieba } = require("@node-rs/jieba") as typeof import("@node-rs/jieba");
  const { dict } = require("@node-rs/jieba/dict") as { dict: Uint8Array };
  const jieba = Jieba.withDict(dict);
  return { name: "jieba", cut: (text) => jieba.cut(text, false) };
}

function loadSegmentit(): WordSegmenter {
  const { Segment, useDefault } = require("segmentit") as {
    Segment: new () => unknown;
    useDefault: (s: unknown) => { doSegment(text: string, o: { simple: boolean }): string[] };
  };
  const seg = useDefault(new Segment());
  return { name: "segmentit", cut: (text) => seg.doSegment(text, { simple: true }) };
}

/** The word segmenter: jieba unless asked otherwise or unable to load. */
export function wordSegmenter(prefer: "jieba" | "segmentit" = "jieba"): WordSegmenter {
  if (cached && cached.name === prefer) return cached;
  if (prefer === "segmentit") return (cached = loadSegmentit());
  try {
    cached = loadJieba();
  } catch {
    cached = loadSegmentit();
  }
  return cached;
}
