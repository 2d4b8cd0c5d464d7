import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tandem } from "./helpers.js";

describe("terminal report of a long document", () => {
  const dir = mkdtempSync(join(tmpdir(), "tandem-term-"));
  const zh: string[] = [];
  const en: string[] = [];
  for (let i = 0; i < 60; i++) {
    zh.push(`第${i + 1}号房间里有${i + 3}把椅子。`);
    en.push(`Room number ${i + 1} has ${i + 3} chairs.`);
  }
  en.splice(30, 1); // sentence 31 left untranslated
  writeFileSync(join(dir, "zh.txt"), zh.join("\n"));
  writeFileSync(join(dir, "en.txt"), en.join("\n"));
  const r = tandem(["check", join(dir, "zh.txt"), join(dir, "en.txt"), "--presplit", "--rules", "omission,addition"]);

  it("shows the finding with one bead of context on each side, and hides the rest", () => {
    expect(r.stdout).toMatch(/omission.*Chinese sentence 31 has no English translation/);
    expect(r.stdout).toContain("Room number 30 has 32 chairs.");
    expect(r.stdout).toContain("Room number 32 has 34 chairs.");
    expect(r.stdout).not.toContain("Room number 10 has 12 chairs.");
    expect(r.stdout).toMatch(/\d+ aligned beads without findings not shown \(--all shows them\)/);
  });

  it("shows every bead with --all", () => {
    const all = tandem(["check", join(dir, "zh.txt"), join(dir, "en.txt"), "--presplit", "--rules", "omission,addition", "--all"]);
    expect(all.stdout).toContain("Room number 10 has 12 chairs.");
  });
});
