// Shared test helpers: spawn the built CLI the way users do, with NO_COLOR=1.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const BIN = join(ROOT, "bin", "tandem.js");
export const SEED = join(ROOT, "fixtures", "seed.txt");

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export function tandem(args: string[], options: { cwd?: string; env?: Record<string, string>; input?: string } = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "", ...options.env },
    encoding: "utf8",
    input: options.input ?? "",
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Writes a pair of folders under `root`: files keyed "zh/a.txt", "en/a.txt", … (zh/ and en/ always made). */
export function writeFolders(root: string, files: Record<string, string>): void {
  mkdirSync(join(root, "zh"), { recursive: true });
  mkdirSync(join(root, "en"), { recursive: true });
  for (const [path, text] of Object.entries(files)) writeFileSync(join(root, path), text);
}
