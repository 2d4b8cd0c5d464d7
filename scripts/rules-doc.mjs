// node scripts/rules-doc.mjs: writes docs/rules.md from the built registry (run npm run build first).
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { RULES } = await import(pathToFileURL(join(root, "dist", "checks", "registry.js")).href);
const { rulesMarkdown } = await import(pathToFileURL(join(root, "dist", "checks", "docs.js")).href);
writeFileSync(join(root, "docs", "rules.md"), rulesMarkdown(RULES));
console.log(`docs/rules.md: ${RULES.length} rules`);
