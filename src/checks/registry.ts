// The one list of rules: docs, config validation and --rules derive from it.
import { addition } from "./addition.js";
import { inconsistency } from "./inconsistency.js";
import { lengthRatio } from "./length-ratio.js";
import { linkMismatch } from "./link-mismatch.js";
import { numberMismatch } from "./number-mismatch.js";
import { omission } from "./omission.js";
import { partialAddition } from "./partial-addition.js";
import { partialOmission } from "./partial-omission.js";
import { terminology } from "./terminology.js";
import type { Rule } from "./types.js";
import { typography } from "./typography.js";
import { untranslated } from "./untranslated.js";

export const RULES: Rule[] = [omission, addition, partialOmission, partialAddition, numberMismatch, linkMismatch, untranslated, terminology, inconsistency, typography, lengthRatio];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
