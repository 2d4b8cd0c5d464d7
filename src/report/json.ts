import type { Finding, Result, Sentence } from "../model/types.js";

export const JSON_VERSION = 1;

function side(doc: Result["source"], sentences: Sentence[], aligned: number) {
  return {
    path: doc.path,
    lang: doc.lang,
    sentences: sentences.length,
    aligned,
    segments: sentences.map((s) => ({
      id: s.index,
      text: s.text,
      start: s.start,
      end: s.end,
      line: s.startPos.line,
      column: s.startPos.column,
      kind: s.kind,
      // What an aligned file (XLIFF, TMX) said of the segment: its id, state and notes.
      ...(s.meta ? { meta: s.meta } : {}),
    })),
  };
}

function finding(f: Finding) {
  const ref = (r: Finding["source"]) => ({
    sentences: r.sentences,
    ranges: r.ranges.map((x) => ({ start: x.start, end: x.end, line: x.startPos.line, column: x.startPos.column, endLine: x.endPos.line, endColumn: x.endPos.column })),
  });
  return { rule: f.rule, severity: f.severity, message: f.message, source: ref(f.source), target: ref(f.target), ...(f.suggestion ? { suggestion: f.suggestion } : {}) };
}

/** The machine-readable contract (version 1) that benchmarks and CI read. */
export function jsonObject(result: Result) {
  const alignedS = new Set<number>();
  const alignedT = new Set<number>();
  for (const b of result.beads) if (b.source.length && b.target.length) (b.source.forEach((i) => alignedS.add(i)), b.target.forEach((i) => alignedT.add(i)));
  return {
    version: JSON_VERSION,
    source: side(result.source, result.sourceSentences, alignedS.size),
    target: side(result.target, result.targetSentences, alignedT.size),
    beads: result.beads.map((b) => ({ source: b.source, target: b.target, score: b.score })),
    findings: result.findings.map(finding),
    summary: result.summary,
  };
}

export function formatJson(result: Result): string {
  return JSON.stringify(jsonObject(result), null, 2) + "\n";
}

/**
 * Several pairs (two folders): one object whose "sections" hold each pair's report with its files,
 * the same text as joining formatJson's outputs (cli/sections.ts) but stringified once, not formatted,
 * parsed and formatted again (for 200 pairs, 12 MB of JSON at the end of the run, on one thread).
 */
export function formatJsonSections(results: Result[], files: string[][]): string {
  if (results.length === 1) return formatJson(results[0]!);
  return JSON.stringify({ version: JSON_VERSION, sections: results.map((r, k) => ({ files: files[k] ?? [], ...jsonObject(r) })) }, null, 2) + "\n";
}
