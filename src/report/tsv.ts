import type { Result, Sentence } from "../model/types.js";

/** Escapes a TSV cell so that tabs, newlines and backslashes inside sentences cannot break rows. */
export function tsvCell(s: string): string {
  return s.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\r/g, "\\r").replace(/\n/g, "\\n");
}

const join = (ids: number[], sents: Sentence[]): string => ids.map((i) => sents[i]!.text).join(" ");

/** source TAB target TAB score TAB source ids TAB target ids, with a header row. */
export function formatTsv(result: Pick<Result, "beads" | "sourceSentences" | "targetSentences" | "source" | "target">): string {
  const rows = [["source", "target", "score", "source_ids", "target_ids"].join("\t")];
  for (const b of result.beads) {
    rows.push([tsvCell(join(b.source, result.sourceSentences)), tsvCell(join(b.target, result.targetSentences)), b.score.toFixed(3), b.source.join(","), b.target.join(",")].join("\t"));
  }
  return rows.join("\n") + "\n";
}
