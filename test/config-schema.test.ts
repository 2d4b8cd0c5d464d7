// The config file's JSON schema (schema/tandem.schema.json) says what config.ts accepts: the same keys,
// the same rule ids, and the README's example passes both.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv from "ajv";
import { describe, expect, it } from "vitest";
import { RULES } from "../src/checks/registry.js";
import { configSchemaText } from "../src/cli/config-schema.js";
import { CONFIG_KEYS, validateConfig } from "../src/cli/config.js";
import { ROOT, SEED, tandem } from "./helpers.js";

const SCHEMA_FILE = join(ROOT, "schema", "tandem.schema.json");
const schema = JSON.parse(readFileSync(SCHEMA_FILE, "utf8")) as { properties: Record<string, { properties?: Record<string, unknown> }> };
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

/** The JSON example of the README's config section. */
function readmeExample(): Record<string, unknown> {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("### Config file"));
  const block = /```json\n([^]*?)```/.exec(section);
  expect(block).not.toBeNull();
  return JSON.parse(block![1]!) as Record<string, unknown>;
}

describe("schema/tandem.schema.json", () => {
  it("is current (regenerate with npm run docs:schema)", () => {
    expect(readFileSync(SCHEMA_FILE, "utf8")).toBe(configSchemaText());
  });

  it("has exactly the keys config.ts accepts, and every rule id", () => {
    expect(Object.keys(schema.properties).sort()).toEqual([...CONFIG_KEYS].sort());
    expect(Object.keys(schema.properties["rules"]!.properties!).sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  it("accepts the README's example, as config.ts does, $schema included", () => {
    const example = readmeExample();
    expect(example["$schema"]).toMatch(/tandem\.schema\.json$/);
    expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
    expect(() => validateConfig(example, "/p/tandem.config.json")).not.toThrow();
  });

  const bad: Array<[string, unknown]> = [
    ["an unknown key", { failon: "never" }],
    ["an unknown rule", { rules: { spelling: "off" } }],
    ["a bad severity", { rules: { addition: "fatal" } }],
    ["an unknown key in a rule", { rules: { addition: { level: "error" } } }],
    ["a bad failOn", { failOn: "always" }],
    ["a bad minCoverage", { minCoverage: 98 }],
    ["a bad format", { format: ["pdf"] }],
    ["a bad language", { from: "fr" }],
    ["a $schema that is not a string", { $schema: 1 }],
  ];
  for (const [what, config] of bad) {
    it(`rejects ${what}, as config.ts does`, () => {
      expect(validate(config)).toBe(false);
      expect(() => validateConfig(config, "/p/tandem.config.json")).toThrow();
    });
  }

  it("lets the CLI run with a $schema key in the config", () => {
    const dir = mkdtempSync(join(tmpdir(), "tandem-schema-"));
    writeFileSync(join(dir, "tandem.config.json"), JSON.stringify({ $schema: "./node_modules/tandem/schema/tandem.schema.json", failOn: "never", format: "json" }));
    const r = tandem(["check", SEED], { cwd: dir });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  });
});
