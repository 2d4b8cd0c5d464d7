// Folder pairs on worker threads give exactly what one thread gives.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { progressLine } from "../src/cli/workers.js";
import { tandem } from "./helpers.js";

describe("--jobs", () => {
  const dir = mkdtempSync(join(tmpdir(), "tandem-jobs-"));
  mkdirSync(join(dir, "zh"));
  mkdirSync(join(dir, "en"));
  const zh = ["我们今天去北京。", "天气很好。", "我的朋友在门口等我。", "老师讲了一个故事。"];
  const en = ["We go to Beijing today.", "The weather is fine.", "My friend waits for me at the door.", "The teacher told a story."];
  for (let k = 0; k < 5; k++) {
    // Each pair leaves a different sentence untranslated, so the results differ by pair.
    writeFileSync(join(dir, "zh", `d${k}.txt`), zh.join("\n"));
    writeFileSync(join(dir, "en", `d${k}.txt`), en.filter((_, i) => i !== k % 4).join("\n"));
  }
  const args = ["check", join(dir, "zh"), join(dir, "en"), "--presplit", "--from", "zh", "--to", "en", "--format", "json"];

  it("gives byte-identical output with one thread and with several", () => {
    const one = tandem([...args, "--jobs", "1"]);
    const two = tandem([...args, "--jobs", "2"]);
    expect(one.code).toBe(1);
    expect(two.code).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(one.stdout).toMatch(/"rule": "omission"/);
  });

  it("reports the first failing pair in folder order, with one thread and with several", () => {
    const bad = mkdtempSync(join(tmpdir(), "tandem-jobs-fail-"));
    mkdirSync(join(bad, "zh"));
    mkdirSync(join(bad, "en"));
    for (let k = 0; k < 8; k++) {
      // Pairs 3 and 5 hold a sentence too long to align: an input error found while checking, not reading.
      const long = k === 3 || k === 5 ? "\n" + "长".repeat(25_000) : "";
      writeFileSync(join(bad, "zh", `d${k}.txt`), zh.join("\n") + long);
      writeFileSync(join(bad, "en", `d${k}.txt`), en.join("\n"));
    }
    const failing = ["check", join(bad, "zh"), join(bad, "en"), "--presplit", "--from", "zh", "--to", "en", "--format", "json"];
    const one = tandem([...failing, "--jobs", "1"]);
    expect(one.code).toBe(2);
    expect(one.stderr).toMatch(/d3\.txt: line 5 holds a sentence of 25,000 characters/);
    expect(one.stdout).toBe("");
    for (const jobs of ["2", "3"]) {
      const many = tandem([...failing, "--jobs", jobs]);
      expect(many.code).toBe(2);
      expect(many.stderr).toBe(one.stderr);
      expect(many.stdout).toBe("");
    }
  });

  it("rejects a bad --jobs with exit 2", () => {
    const r = tandem([...args, "--jobs", "0"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--jobs 0/);
  });

  it("draws pairs done, failed and time left", () => {
    expect(progressLine(50, 1, 200, 0, 10_000)).toBe(`[${"#".repeat(6)}${".".repeat(18)}] 50/200 pairs, 1 failed, 30 s left`);
  });
});
