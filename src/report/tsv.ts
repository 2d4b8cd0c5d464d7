import type { Document, Result, Sentence } from "../model/types.js";
import { shownText } from "./display.js";

/** Escapes a TSV cell so that tabs, newlines and backslashes inside sentences cannot break rows. */
export function tsvCell(s: string): string {
  return s.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\r/g, "\\r").replace(/\n/g, "\\n");
}

/** The sentences as written (full-width forms kept; markup input as text), not the folded `Sentence.text`. */
const join = (ids: number[], sents: Sentence[], doc: Document): string => ids.map((i) => shownText(doc, sents[i]!.start, sents[i]!.end) || sents[i]!.text).join(" ");

/** source TAB target TAB score TAB source ids TAB target ids, with a header row. */
export function formatTsv(result: Pick<Result, "beads" | "sourceSentences" | "targetSentences" | "source" | "target">): string {
  const rows = [["source", "target", "score", "source_ids", "target_ids"].join("\t")];
  for (const b of result.beads) {
    rows.push([tsvCell(join(b.source, result.sourceSentences, result.source)), tsvCell(join(b.target, result.targetSentences, result.target)), b.score.toFixed(3), b.source.join(","), b.target.join(",")].join("\t"));
  }
  return rows.join("\n") + "\n";
}
