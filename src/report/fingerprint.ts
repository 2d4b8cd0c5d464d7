// Fingerprints of findings that survive edits elsewhere in the document: a hash of the rule and the
// normalised text of the finding's sentences (and of its highlighted ranges), never of line numbers,
// plus an occurrence counter for identical findings. Shared by SARIF (partialFingerprints) and baselines.

import { createHash } from "node:crypto";
import type { Finding, Result, Sentence } from "../model/types.js";

/** NFKC, one space for any run of white space, trimmed: reflowing a paragraph does not change it. */
export function normalise(s: string): string {
  return s.normalize("NFKC").replace(/\s+/gu, " ").trim();
}

function sideText(ref: Finding["source"], sentences: Sentence[], text: string): string {
  const sents = ref.sentences.map((id) => normalise(sentences[id]?.text ?? ""));
  const ranges = ref.ranges.map((r) => normalise(text.slice(r.start, r.end)));
  return `${sents.join("\u241e")}\u241d${ranges.join("\u241e")}`;
}

/** The hash of a finding without its occurrence counter (hex, 16 digits). */
export function findingHash(f: Finding, result: Pick<Result, "source" | "target" | "sourceSentences" | "targetSentences">): string {
  const noSentences = f.source.sentences.length === 0 && f.target.sentences.length === 0;
  const parts = [
    f.rule,
    sideText(f.source, result.sourceSentences, result.source.text),
    sideText(f.target, result.targetSentences, result.target.text),
    // A finding about no sentence at all (whole document) is told apart by its message.
    noSentences ? normalise(f.message) : "",
  ];
  return createHash("sha256").update(parts.join("\u241f")).digest("hex").slice(0, 16);
}

/** One fingerprint per finding, in order: `hash:n`, n counting earlier findings with the same hash. */
export function fingerprints(result: Pick<Result, "findings" | "source" | "target" | "sourceSentences" | "targetSentences">, findings: Finding[] = result.findings): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const h = findingHash(f, result);
    const n = (seen.get(h) ?? 0) + 1;
    seen.set(h, n);
    return `${h}:${n}`;
  });
}
