import { runPartial } from "./partial.js";
import type { Rule } from "./types.js";

export const partialOmission: Rule = {
  id: "partial-omission",
  description: "A clause or passage of an aligned source sentence has no counterpart in its translation.",
  defaultSeverity: "warning",
  example: "源文：…，扩大对外交往的全球效应，… → the English has nothing for 扩大对外交往的全球效应",
  options: {
    maxCoverage: "a clause counts as untranslated when at most this share of its IDF-weighted words finds a gloss (default 0.05)",
    minRest: "the rest of the bead must match at least this well (default 0.45)",
    minShare: "least share of the sentence the passage must take (default 0.1)",
    minLengthZh: "least length of a Chinese passage, in Han characters (default 8)",
    minLengthEn: "least length of an English passage, in letters (default 32)",
    minDeficit: "the translation must fall short of the expected length by this many times the passage's share (default 1)",
  },
  run: (ctx) => runPartial(ctx, "source"),
};
