import type { Lang, Sentence } from "../model/types.js";
import { quote } from "./describe.js";
import type { CheckContext, Rule } from "./types.js";

// When the source uses a glossary term, the translation must use one of its allowed translations.
// Chinese terms are found as substrings (Chinese has no spaces); English terms as whole words, case
// aside, with plural and verb endings. A longer term wins over a shorter one inside it.

export interface Term {
  source: string;
  targets: string[];
  where?: string;
}

const HAN = /\p{Script=Han}/u;
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A matcher for a term in text of its language. */
export function termPattern(term: string): RegExp {
  if (HAN.test(term)) return new RegExp(escape(term).replace(/\s+/g, "\\s*"), "g");
  const words = term.trim().split(/\s+/).map(escape);
  // The last word may take an ending: "development" matches "developments".
  const last = words.pop()!;
  const body = [...words, `${last}(?:s|es|ed|d|ing)?`].join("[\\s-]+");
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, "giu");
}

function matches(text: string, term: string): Array<[number, number]> {
  return [...text.matchAll(termPattern(term))].map((m) => [m.index, m.index + m[0].length]);
}

function langOf(term: string): Lang {
  return HAN.test(term) ? "zh" : "en";
}

/** The glossary turned to face the document: source-language terms → allowed target terms. */
export function orient(terms: Term[], sourceLang: Lang, targetLang: Lang): Term[] {
  const out: Term[] = [];
  for (const t of terms) {
    const sl = langOf(t.source);
    const targets = t.targets.filter((x) => langOf(x) === targetLang);
    if (sl === sourceLang && targets.length) out.push({ ...t, targets });
    else if (sl === targetLang) {
      for (const x of t.targets) if (langOf(x) === sourceLang) out.push({ source: x, targets: [t.source], ...(t.where ? { where: t.where } : {}) });
    }
  }
  return out;
}

function glossaryOf(options: Record<string, unknown>): Term[] {
  const g = options.glossary ?? options.terms;
  if (Array.isArray(g)) return g.filter((t): t is Term => typeof t?.source === "string" && Array.isArray(t?.targets));
  // A config may give {"术语": ["term", "other"]}.
  if (g && typeof g === "object") return Object.entries(g as Record<string, unknown>).map(([source, v]) => ({ source, targets: Array.isArray(v) ? v.map(String) : [String(v)] }));
  return [];
}

export const terminology: Rule = {
  id: "terminology",
  description: "A glossary term of the source is not translated with one of its allowed translations (--glossary FILE: TSV, CSV or TBX).",
  defaultSeverity: "warning",
  example: "glossary 国际交往中心 → international exchange center; the English says “international communication hub” → terminology",
  options: { glossary: "the terms: [{source, targets[]}] (the CLI fills it from --glossary or the config's glossary file), or {term: [translations]}" },
  run(ctx: CheckContext) {
    const terms = orient(glossaryOf(ctx.options), ctx.sourceLang, ctx.targetLang);
    if (!terms.length) return;
    for (const bead of ctx.beads) {
      if (!bead.source.length || !bead.target.length) continue;
      const targets = bead.target.map((i) => ctx.target[i]!);
      const targetText = targets.map((s) => s.text).join("\n");
      for (const id of bead.source) {
        const s = ctx.source[id]!;
        if (s.kind === "blank") continue;
        for (const hit of termsIn(s, terms)) {
          if (hit.term.targets.some((t) => matches(targetText, t).length > 0)) continue;
          const used = hit.term.targets.map((t) => quote(t, 40)).join(" or ");
          ctx.report({
            message: `term ${quote(hit.term.source, 40)} should be translated as ${used}${hit.term.where ? ` (${hit.term.where})` : ""}`,
            source: { sentences: [id], ranges: [ctx.range(s, hit.start, hit.end)] },
            target: { sentences: targets.map((t) => t.index), ranges: [] },
            suggestion: hit.term.targets[0]!,
          });
        }
      }
    }
  },
};

/** Terms used in a sentence, longest first, a shorter term inside a longer one's match dropped. */
export function termsIn(s: Sentence, terms: Term[]): Array<{ term: Term; start: number; end: number }> {
  const found: Array<{ term: Term; start: number; end: number }> = [];
  for (const term of terms) for (const [start, end] of matches(s.text, term.source)) found.push({ term, start, end });
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: typeof found = [];
  for (const f of found) if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  // One finding per term per sentence.
  const seen = new Set<string>();
  return kept.sort((a, b) => a.start - b.start).filter((f) => !seen.has(f.term.source) && seen.add(f.term.source));
}
