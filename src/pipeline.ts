// The core pipeline on data: documents → sentences → beads → findings → result. No I/O here.

import { align, type AlignParams, type AlignResources } from "./align/index.js";
import { runChecks, type RuleSetting } from "./checks/index.js";
import type { Bead, Document, Result, Sentence, Severity, Summary } from "./model/types.js";
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
  const beads = align(sentences.source, sentences.target, source.lang, target.lang, resources, options.align);
  return { ...sentences, beads };
}

export function check(source: Document, target: Document, resources: AlignResources, options: PipelineOptions = {}): Result {
  const { source: src, target: tgt, beads } = alignDocuments(source, target, resources, options);
  const findings = runChecks(
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
