// The rules' reference page (docs/rules.md), made from the registry so that it cannot drift:
// scripts/rules-doc.mjs writes it, test/checks.test.ts checks it is current.
import type { Rule } from "./types.js";

export function rulesMarkdown(rules: Rule[]): string {
  const out = [
    "# tandem's QA rules",
    "",
    "Generated from `src/checks/registry.ts` by `node scripts/rules-doc.mjs` (after `npm run build`); do not edit.",
    "Turn rules on and off with `--rules` or the config's `rules`; set a rule's severity and options there:",
    '`{"rules": {"number-mismatch": {"severity": "warning", "options": {"minScore": 0.5}}}}`.',
    "",
  ];
  for (const r of rules) {
    out.push(`## \`${r.id}\``, "", r.description, "", `- default severity: **${r.defaultSeverity}**`, `- example: ${r.example}`);
    const options = Object.entries(r.options ?? {});
    if (options.length) {
      out.push("- options:");
      for (const [name, what] of options) out.push(`  - \`${name}\`: ${what}`);
    }
    out.push(`- source: [\`src/checks/${r.id}.ts\`](../src/checks/${r.id}.ts)`, "");
  }
  return out.join("\n");
}
