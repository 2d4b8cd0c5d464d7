import { createRequire } from "node:module";
import type { Sentence } from "../model/types.js";
import { quote } from "./describe.js";
import type { CheckContext, Rule } from "./types.js";
import { bareText } from "./untranslated.js";

// The same source sentence translated two ways in one document, or two different source sentences
// given one translation. The difference is shown word by word (fast-diff, cleaned up for people).

const require = createRequire(import.meta.url);
type Diff = Array<[-1 | 0 | 1, string]>;
const fastDiff = require("fast-diff") as (a: string, b: string, cursor?: number, cleanup?: boolean) => Diff;

/** "… [−centre][+center] …": the changes between two texts, with a little context. */
export function showDiff(a: string, b: string, context = 12): string {
  const parts = fastDiff(a, b, undefined, true);
  const out: string[] = [];
  parts.forEach(([op, text], k) => {
    if (op === -1) out.push(`[−${text}]`);
    else if (op === 1) out.push(`[+${text}]`);
    else {
      const first = k === 0;
      const last = k === parts.length - 1;
      if (text.length <= context * 2) out.push(text);
      else out.push(`${first ? "…" : text.slice(0, context)}${first || last ? "" : "…"}${last ? "…" : text.slice(-context)}`.replace(/^…$/, "…"));
    }
  });
  return out.join("");
}

/** Long enough that two of them being equal is no accident: 6 Han characters, or 4 English words. */
function substantial(text: string, scale = 1): boolean {
  const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
  const words = (text.match(/[A-Za-z]+/g) ?? []).length;
  return han >= 6 * scale || words >= 4 * scale;
}

interface Pair {
  source: Sentence[];
  target: Sentence[];
}

function pairs(ctx: CheckContext): Pair[] {
  return ctx.beads
    .filter((b) => b.source.length === 1 && b.target.length >= 1)
    .map((b) => ({ source: b.source.map((i) => ctx.source[i]!), target: b.target.map((i) => ctx.target[i]!) }))
    .filter((p) => p.source.every((s) => s.kind !== "blank") && p.target.every((s) => s.kind !== "blank"));
}

const joined = (ss: Sentence[]): string => ss.map((s) => s.text).join(" ");

export const inconsistency: Rule = {
  id: "inconsistency",
  description: "The same source sentence is translated differently in one document, or different source sentences share one translation.",
  defaultSeverity: "warning",
  example: "“北京进入新时期。” as “Beijing enters a new period.” and as “Beijing entered a new era.” → inconsistency: [−enters][+entered] a new [−period][+era]",
  options: { reverse: "also report one translation given to different source sentences (default true)" },
  run(ctx: CheckContext) {
    const all = pairs(ctx);
    // Short replies ("Never heard of him.") rightly translate many wordings: the reverse check wants
    // twice the length.
    const check = (key: (p: Pair) => Sentence[], other: (p: Pair) => Sentence[], what: "source" | "target") => {
      const groups = new Map<string, Pair[]>();
      for (const p of all) {
        const text = joined(key(p));
        if (!substantial(text, what === "source" ? 1 : 2)) continue;
        const k = bareText(text);
        groups.set(k, [...(groups.get(k) ?? []), p]);
      }
      for (const group of groups.values()) {
        if (group.length < 2) continue;
        const first = group[0]!;
        const firstOther = bareText(joined(other(first)));
        const reported = new Set<string>([firstOther]);
        for (const p of group.slice(1)) {
          const o = bareText(joined(other(p)));
          if (reported.has(o)) continue;
          reported.add(o);
          const a = joined(other(first));
          const b = joined(other(p));
          const ref = (ps: Pair[], side: "source" | "target") => {
            const ss = ps.flatMap((x) => x[side]);
            return { sentences: ss.map((s) => s.index), ranges: ss.map((s) => ctx.range(s)) };
          };
          const key1 = key(first)[0]!;
          ctx.report({
            message:
              what === "source"
                ? `source sentence ${key1.index + 1} ${quote(joined(key(first)), 50)} is translated differently at sentences ${other(first)[0]!.index + 1} and ${other(p)[0]!.index + 1}: ${showDiff(a, b)}`
                : `target sentences ${key1.index + 1} and ${key(p)[0]!.index + 1} are the same ${quote(joined(key(first)), 50)} for different sources: ${showDiff(a, b)}`,
            source: ref([first, p], "source"),
            target: ref([first, p], "target"),
          });
        }
      }
    };
    check((p) => p.source, (p) => p.target, "source");
    if (ctx.options.reverse !== false) check((p) => p.target, (p) => p.source, "target");
  },
};
