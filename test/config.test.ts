// Finding and reading the config file (the search lilconfig did before: nearest folder first, the names in
// CONFIG_FILES order, empty files and package.json without "tandem" passed over).
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../src/cli/config.js";

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "tandem-config-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe("loadConfig", () => {
  it("finds the nearest config upward from the working directory", () => {
    const root = project({ "tandem.config.json": '{"failOn":"warning"}', "a/b/.keep": "" });
    expect(loadConfig(undefined, join(root, "a", "b"))).toMatchObject({ file: join(root, "tandem.config.json"), failOn: "warning" });
  });

  it("prefers the nearer folder, and in one folder tandem.config.json over .tandemrc.json over package.json", () => {
    const root = project({
      "tandem.config.json": '{"failOn":"never"}',
      "a/.tandemrc.json": '{"failOn":"warning"}',
      "a/package.json": '{"tandem":{"failOn":"error"}}',
    });
    expect(loadConfig(undefined, join(root, "a"))?.failOn).toBe("warning");
    expect(loadConfig(undefined, root)?.failOn).toBe("never");
  });

  it("passes over an empty file and a package.json without a tandem key", () => {
    const root = project({ "tandem.config.json": '{"failOn":"never"}', "a/tandem.config.json": "  \n", "a/package.json": '{"name":"x"}' });
    expect(loadConfig(undefined, join(root, "a"))?.file).toBe(join(root, "tandem.config.json"));
  });

  it("names the file of bad JSON, a missing --config and an empty --config", () => {
    const root = project({ "tandem.config.json": "{nope", "empty.json": "" });
    expect(() => loadConfig(undefined, root)).toThrow(/tandem\.config\.json.*not valid JSON/);
    expect(() => loadConfig("missing.json", root)).toThrow(/missing\.json.*no such config file/);
    expect(() => loadConfig("empty.json", root)).toThrow(/empty\.json.*the config is empty/);
  });

  it("reads the tandem key of a package.json given with --config, and refuses one without it", () => {
    const root = project({ "a/package.json": '{"tandem":{"from":"en"}}', "b/package.json": '{"name":"x"}' });
    expect(loadConfig("a/package.json", root)?.from).toBe("en");
    expect(() => loadConfig("b/package.json", root)).toThrow(/must be a JSON object/);
  });
});
