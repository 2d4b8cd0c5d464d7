// The one list of rules: docs, config validation and --rules derive from it.
import { addition } from "./addition.js";
import { omission } from "./omission.js";
import type { Rule } from "./types.js";

export const RULES: Rule[] = [omission, addition];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
