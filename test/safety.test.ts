// Nothing tandem writes can execute, and nothing it runs is built from text: no eval, no Function, no
// shell, no child processes in the program; reports are written without execute permission.
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, SEED, tandem } from "./helpers.js";

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : []));
}

describe("safety", () => {
  it("the program has no eval, no Function constructor, no shell and no child process", () => {
    const banned = [/\beval\s*\(/, /\bnew\s+Function\s*\(/, /\bFunction\s*\(\s*["'`]/, /node:child_process|["']child_process["']/, /\bshell\s*:\s*true/, /\bvm\.run/];
    for (const file of sources(join(ROOT, "src"))) {
      const text = readFileSync(file, "utf8");
      for (const re of banned) expect(`${file}: ${re.test(text) ? re.source : "clean"}`).toBe(`${file}: clean`);
    }
  });

  it("writes reports without execute permission", () => {
    const dir = mkdtempSync(join(tmpdir(), "tandem-safe-"));
    const out = join(dir, "report.json");
    writeFileSync(join(dir, "zh.txt"), "我们今天去北京。");
    writeFileSync(join(dir, "en.txt"), "We go to Beijing today.");
    const r = tandem(["check", join(dir, "zh.txt"), join(dir, "en.txt"), "--format", "json", "-o", out]);
    expect(r.code).toBe(0);
    expect(statSync(out).mode & 0o111).toBe(0);
  });

  it("never writes over an input, whether named by -o or by --format NAME:FILE", () => {
    for (const args of [["-o", SEED], ["--format", `json:${SEED}`]]) {
      const r = tandem(["check", SEED, ...args]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/refusing to overwrite an input/);
    }
  });
});
