// SARIF 2.1.0 for code-scanning services: one run, every rule of the registry, one result per finding
// with physical locations in the user's files and fingerprints that do not depend on line numbers.

import { RULES } from "../checks/registry.js";
import type { Rule } from "../checks/types.js";
import type { Finding, Result, SentenceMeta, Severity } from "../model/types.js";
import { fingerprints } from "./fingerprint.js";
import { places, relativeUri, type Place } from "./locations.js";

export const INFORMATION_URI = "https://github.com/tandem-qa/tandem";
export const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
export const LEVEL: Record<Severity, "error" | "warning" | "note"> = { error: "error", warning: "warning", info: "note" };

export interface SarifOptions {
  toolVersion: string;
  /** Paths are made relative to this directory (the repository root in CI). */
  cwd?: string;
  rules?: Pick<Rule, "id" | "description" | "defaultSeverity" | "example">[];
}

/** The README section on rules (one anchor for all: GitHub shows it beside each alert). */
export const ruleHelpUri = (_id: string): string => `${INFORMATION_URI}#rules`;

function location(p: Place, cwd: string | undefined, id?: number) {
  return {
    ...(id !== undefined ? { id } : {}),
    physicalLocation: {
      artifactLocation: { uri: relativeUri(p.path, cwd), uriBaseId: "%SRCROOT%" },
      region: {
        startLine: p.range.startPos.line,
        startColumn: p.range.startPos.column,
        endLine: p.range.endPos.line,
        endColumn: p.range.endPos.column,
      },
    },
    ...(id !== undefined ? { message: { text: p.side === "source" ? "source text" : "translation" } } : {}),
  };
}

/**
 * What an aligned file (XLIFF, TMX) says of the finding's segments: id, state and notes, once per unit
 * (both sides of a unit share them), so a reviewer can find the unit in a CAT tool.
 */
function segmentsOf(f: Finding, result: Result): { segments?: SentenceMeta[] } {
  const seen = new Set<string>();
  const segments: SentenceMeta[] = [];
  const sentences = [...f.source.sentences.map((i) => result.sourceSentences[i]), ...f.target.sentences.map((i) => result.targetSentences[i])];
  for (const m of sentences.map((s) => s?.meta)) {
    if (!m) continue;
    const key = JSON.stringify([m.id, m.state, m.notes]);
    if (seen.has(key)) continue;
    seen.add(key);
    segments.push({ ...(m.id !== undefined ? { id: m.id } : {}), ...(m.state !== undefined ? { state: m.state } : {}), ...(m.notes?.length ? { notes: m.notes } : {}) });
  }
  return segments.length ? { segments } : {};
}

export function sarifObject(result: Result, options: SarifOptions) {
  return sarifObjectMany([result], options);
}

/** One run for any number of document pairs (two folders): every finding of every pair is a result. */
export function sarifObjectMany(all: Result[], options: SarifOptions) {
  const rules = options.rules ?? RULES;
  const known = new Set(rules.map((r) => r.id));
  const extra = [...new Set(all.flatMap((r) => r.findings.map((f) => f.rule)))].filter((id) => !known.has(id));
  const descriptors = [
    ...rules.map((r) => ({
      id: r.id,
      name: r.id.replace(/(^|-)([a-z])/g, (_m, _d: string, c: string) => c.toUpperCase()),
      shortDescription: { text: r.description },
      fullDescription: { text: `${r.description} Example: ${r.example}` },
      helpUri: ruleHelpUri(r.id),
      help: { text: `${r.description}\nExample: ${r.example}\nSee ${ruleHelpUri(r.id)}` },
      defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
    })),
    ...extra.map((id) => ({ id, shortDescription: { text: id }, helpUri: ruleHelpUri(id) })),
  ];
  const index = new Map(descriptors.map((d, k) => [d.id, k]));
  const results = all.flatMap((result) => {
    const fps = fingerprints(result);
    return result.findings.map((f, k) => {
      const ps = places(f, result);
      const [primary, ...related] = ps;
      return {
        ruleId: f.rule,
        ruleIndex: index.get(f.rule) ?? 0,
        level: LEVEL[f.severity],
        message: { text: f.suggestion ? `${f.message} (suggestion: ${f.suggestion})` : f.message },
        locations: primary ? [location(primary, options.cwd)] : [{ physicalLocation: { artifactLocation: { uri: relativeUri(result.source.path, options.cwd), uriBaseId: "%SRCROOT%" } } }],
        ...(related.length ? { relatedLocations: related.map((p, i) => location(p, options.cwd, i + 1)) } : {}),
        partialFingerprints: { "tandemFinding/v1": fps[k]! },
        properties: { sourceSentences: f.source.sentences, targetSentences: f.target.sentences, ...segmentsOf(f, result) },
      };
    });
  });
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0" as const,
    runs: [
      {
        tool: {
          driver: {
            name: "tandem",
            version: options.toolVersion,
            semanticVersion: options.toolVersion,
            informationUri: INFORMATION_URI,
            rules: descriptors,
          },
        },
        columnKind: "utf16CodeUnits",
        results,
        properties: all.length === 1 ? { coverage: all[0]!.summary.coverage, beads: all[0]!.summary.beads } : { pairs: all.map((r) => ({ source: r.source.path, target: r.target.path, coverage: r.summary.coverage, beads: r.summary.beads })) },
      },
    ],
  };
}

export function formatSarif(result: Result, options: SarifOptions): string {
  return formatSarifMany([result], options);
}

export function formatSarifMany(results: Result[], options: SarifOptions): string {
  return JSON.stringify(sarifObjectMany(results, options), null, 2) + "\n";
}
