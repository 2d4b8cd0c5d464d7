// The core pipeline on data: documents → sentences → beads → findings → result. No I/O here.

import { align, DEFAULT_PARAMS, type AlignParams, type AlignResources } from "./align/index.js";
import { chineseFeatures, englishFeatures } from "./align/features.js";
import { BeadScorer } from "./align/score.js";
import { runChecks, type RuleSetting } from "./checks/index.js";
import type { Bead, Document, Result, Sentence, Severity, Summary } from "./model/types.js";
import { checkSentenceLengths } from "./io/limits.js";
import { segment } from "./segment/index.js";
import type { Finding } from "./model/types.js";

export interface PipelineOptions {
  presplit?: boolean;
  rules?: Record<string, Partial<RuleSetting>>;
  align?: Partial<AlignParams>;
}

export function segmentBoth(source: Document, target: Document, presplit = false): { source: Sentence[]; target: Sentence[] } {
  return { source: segment(source, "source", { presplit }), target: segment(target, "target", { presplit }) };
}

export function alignDocuments(source: Document, target: Document, resources: AlignResources, options: PipelineOptions = {}) {
  const sentences = segmentBoth(source, target, options.presplit);
  checkSentenceLengths(sentences.source, source.path);
  checkSentenceLengths(sentences.target, target.path);
  const beads = align(sentences.source, sentences.target, source.lang, target.lang, resources, options.align);
  return { ...sentences, beads };
}

/** Runs the rules on aligned sentences of two documents. */
function checkBeads(source: Document, target: Document, src: Sentence[], tgt: Sentence[], beads: Bead[], resources: AlignResources, options: PipelineOptions): Finding[] {
  return runChecks(
    {
      source: src,
      target: tgt,
      sourceText: source.text,
      targetText: target.text,
      sourceBaseLine: source.baseLine,
      targetBaseLine: target.baseLine,
      sourceLang: source.lang,
      targetLang: target.lang,
      beads,
      resources,
    },
    options.rules,
  );
}

export function check(source: Document, target: Document, resources: AlignResources, options: PipelineOptions = {}): Result {
  const { source: src, target: tgt, beads } = alignDocuments(source, target, resources, options);
  const findings = checkBeads(source, target, src, tgt, beads, resources, options);
  return { source, target, sourceSentences: src, targetSentences: tgt, beads, findings, summary: summarize(src, tgt, beads, findings) };
}

/**
 * Already aligned input (TSV, TMX, XLIFF): no search; each unit the file gives is one bead, in the file's
 * order, scored as the aligner would score it, so the checks see the same kind of beads.
 */
export function alignGiven(source: Document, target: Document, resources: AlignResources, options: PipelineOptions = {}) {
  const src = segment(source, "source");
  const tgt = segment(target, "target");
  checkSentenceLengths(src, source.path);
  checkSentenceLengths(tgt, target.path);
  const units = new Map<number, Bead>();
  for (const s of src) if (s.unit !== undefined) (units.get(s.unit) ?? units.set(s.unit, { source: [], target: [], score: 0 }).get(s.unit)!).source.push(s.index);
  for (const t of tgt) if (t.unit !== undefined) (units.get(t.unit) ?? units.set(t.unit, { source: [], target: [], score: 0 }).get(t.unit)!).target.push(t.index);
  const beads = [...units.entries()].sort((a, b) => a[0] - b[0]).map(([, b]) => b);
  const zhIsSource = source.lang === "zh" || target.lang !== "zh";
  const zhSents = zhIsSource ? src : tgt;
  const enSents = zhIsSource ? tgt : src;
  const params = { ...DEFAULT_PARAMS, ...options.align };
  const scorer = new BeadScorer(
    chineseFeatures(zhSents, resources.dictionary, resources.words),
    englishFeatures(enSents, resources.dictionary),
    resources.dictionary.stemCount,
    params,
  );
  for (const b of beads) {
    if (!b.source.length || !b.target.length) continue;
    const z = zhIsSource ? b.source : b.target;
    const e = zhIsSource ? b.target : b.source;
    const sim = scorer.similarity(Math.min(...z), Math.max(...z) + 1, Math.min(...e), Math.max(...e) + 1);
    b.score = Math.round(sim * 1000) / 1000;
  }
  return { source: src, target: tgt, beads };
}

/** The checks on already aligned input: the same rules as `check`, on the pairs the file gives. */
export function checkAligned(source: Document, target: Document, resources: AlignResources, options: PipelineOptions = {}): Result {
  const { source: src, target: tgt, beads } = alignGiven(source, target, resources, options);
  const findings = checkBeads(source, target, src, tgt, beads, resources, options);
  return { source, target, sourceSentences: src, targetSentences: tgt, beads, findings, summary: summarize(src, tgt, beads, findings) };
}

export function summarize(source: Sentence[], target: Sentence[], beads: Bead[], findings: Finding[]): Summary {
  let total = 0;
  let aligned = 0;
  for (const b of beads) {
    const both = b.source.length > 0 && b.target.length > 0;
    for (const id of b.source) if (source[id]?.kind !== "blank") (total++, both && aligned++);
    for (const id of b.target) if (target[id]?.kind !== "blank") (total++, both && aligned++);
  }
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const byRule: Record<string, number> = {};
  for (const f of findings) {
    counts[f.severity]++;
    byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
  }
  return {
    beads: beads.length,
    coverage: total === 0 ? 1 : Math.round((aligned / total) * 10000) / 10000,
    findings: counts,
    byRule,
  };
}
