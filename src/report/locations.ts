// Where a finding is, in the user's files: shared by the CI formats (SARIF, GitHub, JUnit, Markdown).

import { isAbsolute, normalize, relative, sep } from "node:path";
import type { Finding, Range, Result, Side } from "../model/types.js";

export interface Place {
  side: Side;
  /** The path as the user gave it. */
  path: string;
  range: Range;
}

/** Every range of a finding, source ranges first; the first is the finding's primary location. */
export function places(f: Finding, result: Pick<Result, "source" | "target">): Place[] {
  return [
    ...f.source.ranges.map((range) => ({ side: "source" as const, path: result.source.path, range })),
    ...f.target.ranges.map((range) => ({ side: "target" as const, path: result.target.path, range })),
  ];
}

/**
 * A path relative to `cwd` with forward slashes (the form CI systems match against the repository).
 * A relative path is taken as the user gave it: it is already relative to where tandem runs.
 */
export function relativePath(path: string, cwd: string | undefined): string {
  const p = cwd && isAbsolute(path) ? relative(cwd, path) || path : normalize(path);
  return p.split(sep).join("/");
}

/** A relative URI reference: each path segment percent-encoded. */
export function relativeUri(path: string, cwd: string | undefined): string {
  return relativePath(path, cwd)
    .split("/")
    .map((seg) => (seg === ".." || seg === "." ? seg : encodeURIComponent(seg)))
    .join("/");
}
