// npm run docs:schema: writes schema/tandem.schema.json (the config file's JSON schema) from
// dist/cli/config-schema.js, i.e. from the keys config.ts accepts and the rule registry.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { configSchemaText } = await import(pathToFileURL(join(root, "dist", "cli", "config-schema.js")).href);
const file = join(root, "schema", "tandem.schema.json");
const text = configSchemaText();
let before = "";
try {
  before = readFileSync(file, "utf8");
} catch {}
if (text !== before) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}
console.log(`docs:schema: ${file}${text === before ? " (unchanged)" : " written"}`);
