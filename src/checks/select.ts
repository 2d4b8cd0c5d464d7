// --rules LIST: "omission,addition" runs only those; "-typography,-length-ratio" turns those off;
// "+terminology" turns one on beside the others. Applied over the config's rule settings.

import { UsageError } from "../model/errors.js";
import type { RuleSetting } from "./index.js";
import { RULES } from "./registry.js";

export function selectRules(list: string, base: Record<string, Partial<RuleSetting>> = {}, flag = "--rules"): Record<string, Partial<RuleSetting>> {
  const items = list.split(",").map((x) => x.trim()).filter(Boolean);
  const out: Record<string, Partial<RuleSetting>> = { ...base };
  const known = RULES.map((r) => r.id);
  const parsed = items.map((item) => {
    const sign = item[0] === "-" || item[0] === "+" ? item[0] : "";
    const id = sign ? item.slice(1) : item;
    if (!known.includes(id)) throw new UsageError(`${flag} ${list}: unknown rule ${JSON.stringify(id)} (known: ${known.join(", ")})`);
    return { sign, id };
  });
  // A bare list is the whole set: every other rule is off.
  if (parsed.some((p) => p.sign === "")) for (const id of known) out[id] = { ...out[id], enabled: false };
  for (const { sign, id } of parsed) out[id] = { ...out[id], enabled: sign !== "-" };
  return out;
}
