import type { Result } from "../model/types.js";

/** One bead a line, `[0,1]:[0]`, 0-based: the format of the benchmark gold files. */
export function formatBeads(result: Pick<Result, "beads">): string {
  return result.beads.map((b) => `[${b.source.join(",")}]:[${b.target.join(",")}]`).join("\n") + "\n";
}
