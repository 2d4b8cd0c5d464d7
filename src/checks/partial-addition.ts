import { PARTIAL_DEFAULTS, runPartial } from "./partial.js";
import type { Rule } from "./types.js";

export const partialAddition: Rule = {
  id: "partial-addition",
  description: "A clause or passage of an aligned target sentence has no counterpart in its source.",
  defaultSeverity: "warning",
  example: "“The report puts forward that, …” has no Chinese counterpart → partial-addition",
  options: {
    maxCoverage: "a clause counts as added when at most this share of its IDF-weighted words finds a gloss (default 0.05)",
    minRest: "the rest of the bead must match at least this well (default 0.6)",
    minShare: "least share of the sentence the passage must take (default 0.1)",
    minLengthZh: "least length of a Chinese passage, in Han characters (default 8)",
    minLengthEn: "least length of an English passage, in letters (default 24)",
    maxSmallShare: "a passage of at most this share of a long sentence with none of its words in the source is reported whatever the lengths (default 0.1)",
    minDeficit: "the source must fall short of the length the translation predicts by this many times the passage's share (default 1.5)",
  },
  // Free literary translations add connective clauses ("after all, …") all the time: stricter than omission.
  run: (ctx) => runPartial(ctx, "target", { ...PARTIAL_DEFAULTS, minRest: 0.6, minDeficit: 1.5, maxSmallShare: 0.1, minLength: { zh: 8, en: 24 } }),
};
