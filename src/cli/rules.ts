// Rule settings for one run: the config's, then --rules, then the glossary (--glossary over the
// config's "glossary") handed to the terminology rule as its option.

import type { RuleSetting } from "../checks/index.js";
import { selectRules } from "../checks/select.js";
import { readGlossary, type GlossaryEntry } from "../io/glossary.js";
import type { Lang } from "../model/types.js";

const glossaries = new Map<string, GlossaryEntry[]>();

export function ruleSettings(
  o: { rules?: string; glossary?: string },
  config: { rules?: Record<string, Partial<RuleSetting>>; glossary?: string } | undefined,
  from: Lang,
  to: Lang,
): Record<string, Partial<RuleSetting>> {
  let rules: Record<string, Partial<RuleSetting>> = { ...(config?.rules ?? {}) };
  if (o.rules !== undefined) rules = selectRules(o.rules, rules);
  const file = o.glossary ?? config?.glossary;
  if (file) {
    const key = `${file}\0${from}\0${to}`;
    let terms = glossaries.get(key);
    if (!terms) glossaries.set(key, (terms = readGlossary(file, from, to)));
    const t = rules.terminology ?? {};
    rules.terminology = { ...t, options: { ...(t.options ?? {}), glossary: terms } };
  }
  return rules;
}
