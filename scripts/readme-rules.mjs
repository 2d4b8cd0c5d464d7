// npm run docs:rules: rewrites the README's rule table (between the rules markers) from the registry in
// dist/checks/registry.js, so the table, `check --help` and the SARIF rule list say the same thing.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { RULES } = await import(pathToFileURL(join(root, "dist", "checks", "registry.js")).href);
const cell = (s) => String(s).replace(/\|/g, "\\|").replace(/\n/g, " ");
const table = ["| rule | default | finds |", "|---|---|---|", ...RULES.map((r) => `| \`${r.id}\` | ${r.defaultSeverity} | ${cell(r.description)} |`)].join("\n");
const file = join(root, "README.md");
const text = readFileSync(file, "utf8");
const re = /(<!-- rules:start[^>]*-->)[^]*?(<!-- rules:end -->)/;
if (!re.test(text)) {
  console.error("docs:rules: README.md has no <!-- rules:start --> … <!-- rules:end --> markers");
  process.exit(2);
}
const next = text.replace(re, `$1\n${table}\n$2`);
if (next !== text) writeFileSync(file, next);
console.log(`docs:rules: ${RULES.length} rules${next === text ? " (unchanged)" : " written to README.md"}`);
