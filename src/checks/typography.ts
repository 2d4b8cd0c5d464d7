import type { Sentence } from "../model/types.js";
import { quote } from "./describe.js";
import type { CheckContext, Rule } from "./types.js";

// Typography of English text: spacing, glued words, Chinese punctuation, unbalanced quotes and
// brackets. One finding per sentence, listing every spot, so that a sloppy paragraph is one finding.
// Curly quotes “ ” ‘ ’ are the English ones too (Unicode shares them with Chinese): only the marks
// that are Chinese alone count as Chinese punctuation.

export interface Spot {
  kind: string;
  start: number;
  end: number;
}

const KINDS: Record<string, string> = {
  space: "no space after punctuation",
  glued: "words glued together",
  double: "double space",
  fullwidth: "Chinese punctuation",
  quote: "unbalanced quotation mark",
  bracket: "unbalanced bracket",
};

// After , ; : a letter with no space ("country,as"); not 1,000 or 10:30 (digits), nor URLs (://).
const NO_SPACE_AFTER = /(?<=[A-Za-z\d)”’"])[,;:](?=[A-Za-z“(])/g;
// After a full stop, a capitalised word with no space ("city.The"); not U.S.A, e.g., Mr.Smith.
const NO_SPACE_AFTER_STOP = /(?<=[a-z]{2})[.!?](?=[A-Z][a-z])/g;
// A lower-case letter run straight into a capitalised word ("CityFunction", "ConstructionBeijing"),
// or an ordinal into a word ("20thNational"). Mc/Mac/De/La names and camel-case brands aside.
const GLUED = /(?<![A-Za-z])([A-Z]?[a-z]{2,})([A-Z][a-z]{2,})|\d(?:st|nd|rd|th)(?=[A-Z][a-z])|(?<=[a-z]{2})\d+(?:st|nd|rd|th)?(?=[A-Z])/g;
const NAME_PREFIX = /^(?:Mc|Mac|De|Di|Du|La|Le|Van|Von|Fitz|Da|Al|El|Mac|Ma|O)$/;
const CAMEL_WORDS = new Set(["iPhone", "iPad", "YouTube", "PowerPoint", "JavaScript", "TypeScript", "PlayStation", "WordPress", "GitHub", "LinkedIn", "PayPal", "FedEx", "WeChat", "TikTok", "BlackBerry", "HarperCollins", "SmithKline", "DreamWorks", "MasterCard", "eBay", "SciFi",
  // Names of markets, companies and products that news about China and its markets writes often.
  "ChiNext", "PetroChina", "NetEase", "ByteDance", "DeepSeek", "MediaTek", "SenseTime", "BlackRock", "SoftBank", "WhatsApp", "DeepMind", "AstraZeneca", "GlaxoSmithKline", "ExxonMobil", "ConocoPhillips", "TotalEnergies", "ArcelorMittal", "AliExpress", "JinkoSolar", "CrowdStrike", "DoorDash", "GameStop", "AirAsia", "CapitaLand", "AstroTurf", "SharePoint", "OneDrive", "QuickTime", "FaceTime", "AirPods", "MacBook", "ThinkPad", "IdeaPad", "ChromeBook"]);
const NO_NAMES: ReadonlySet<string> = new Set();
const CAMEL = /(?<![A-Za-z])[A-Z]?[a-z]{2,}(?:[A-Z][a-z]{2,})+(?![A-Za-z])/g;

/** The whole word a glued match starts, without a plural's s ("CubeSats" → "CubeSat"). */
function camelWord(text: string, at: number): string {
  const word = /^[A-Za-z]+/.exec(text.slice(at))?.[0] ?? "";
  return word.length > 4 && word.endsWith("s") ? word.slice(0, -1) : word;
}

/**
 * Camel-case words written alike in two sentences or more, or in the other side's text too: a
 * product's or a mission's name ("CubeSat", "BeiDou"), not two words run together, which happens once.
 */
export function camelNames(texts: readonly string[]): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  texts.forEach((text, k) => {
    for (const m of text.matchAll(CAMEL)) {
      const word = camelWord(text, m.index);
      const first = seen.get(word);
      if (first === undefined) seen.set(word, k);
      else if (first !== k) out.add(word);
    }
  });
  return out;
}
const DOUBLE_SPACE = /(?<=\S) {2,}(?=\S)/g;
const FULLWIDTH = /[，。：；！？（）【】《》〈〉、「」『』　]/g;

const OPEN_BRACKET: Record<string, string> = { "(": ")", "[": "]" };
const CLOSE_BRACKET: Record<string, string> = { ")": "(", "]": "[" };

/** Spots within one sentence (quotes across sentences are handled by `quoteSpots`). */
export function sentenceSpots(text: string, names: ReadonlySet<string> = NO_NAMES): Spot[] {
  const spots: Spot[] = [];
  const add = (kind: string, start: number, end: number): void => {
    if (!spots.some((s) => s.start < end && start < s.end)) spots.push({ kind, start, end });
  };
  for (const m of text.matchAll(GLUED)) {
    if (m[1] && m[2]) {
      const word = camelWord(text, m.index);
      if (NAME_PREFIX.test(m[1]) || CAMEL_WORDS.has(m[0]) || CAMEL_WORDS.has(word) || names.has(word)) continue;
      const at = m.index + m[1].length;
      add("glued", at - 1, at + 1);
    } else add("glued", m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(NO_SPACE_AFTER)) {
    // Scripture references and ratios (John 3:16, a:b) have digits; "http:" has "//".
    if (text.slice(m.index + 1, m.index + 3) === "//") continue;
    add("space", m.index, m.index + 1);
  }
  for (const m of text.matchAll(NO_SPACE_AFTER_STOP)) {
    const word = /[A-Za-z]+$/.exec(text.slice(0, m.index))?.[0] ?? "";
    if (/^(?:www|com|org|net|gov|edu)$/i.test(word) || /\.\w+$/.test(text.slice(0, m.index - word.length))) continue;
    add("space", m.index, m.index + 1);
  }
  for (const m of text.matchAll(DOUBLE_SPACE)) add("double", m.index, m.index + m[0].length);
  for (const m of text.matchAll(FULLWIDTH)) add("fullwidth", m.index, m.index + 1);
  // Brackets balance within a sentence; a closing one after a list label ("a)", "2)") is fine.
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (OPEN_BRACKET[c]) stack.push(i);
    else if (CLOSE_BRACKET[c]) {
      const top = stack[stack.length - 1];
      if (top !== undefined && text[top] === CLOSE_BRACKET[c]) stack.pop();
      else if (!/^\s*(?:[a-zA-Z]|\d{1,2}|[ivx]{1,4})$/.test(text.slice(0, i))) add("bracket", i, i + 1);
    }
  }
  for (const i of stack) add("bracket", i, i + 1);
  return spots.sort((a, b) => a.start - b.start);
}

/**
 * Curly double quotes across sentences: a quotation may run over several sentences, and a new
 * paragraph of a long quotation opens again without closing. So only a closing mark with nothing
 * open, or an opening mark still open `reach` sentences later, is unbalanced.
 */
export function quoteSpots(sentences: Sentence[], reach = 6): Map<number, Spot[]> {
  const out = new Map<number, Spot[]>();
  const push = (id: number, spot: Spot): void => {
    const list = out.get(id) ?? [];
    list.push(spot);
    out.set(id, list);
  };
  let open: { id: number; at: number; k: number } | undefined;
  sentences.forEach((s, k) => {
    if (s.kind === "blank") {
      return;
    }
    if (open && k - open.k > reach) {
      push(open.id, { kind: "quote", start: open.at, end: open.at + 1 });
      open = undefined;
    }
    for (let i = 0; i < s.text.length; i++) {
      const c = s.text[i];
      if (c === "“") open = { id: s.index, at: i, k };
      else if (c === "”") {
        if (open) open = undefined;
        else push(s.index, { kind: "quote", start: i, end: i + 1 });
      }
    }
  });
  if (open) push(open.id, { kind: "quote", start: open.at, end: open.at + 1 });
  return out;
}

export const typography: Rule = {
  id: "typography",
  description: "Typography of English text: missing space after punctuation, glued words, double spaces, Chinese punctuation, unbalanced quotes and brackets — one finding per sentence.",
  defaultSeverity: "info",
  example: "“country,as” and “20thNational” in one sentence → typography: 2 spots",
  options: { quotes: "check curly double quotes across sentences (default true)" },
  run(ctx: CheckContext) {
    const sides = (["source", "target"] as const).filter((w) => (w === "source" ? ctx.sourceLang : ctx.targetLang) === "en");
    for (const which of sides) {
      // The source is the author's: check it only when asked to.
      if (which === "source" && ctx.options.source !== true) continue;
      const sentences = ctx[which];
      const quotes = ctx.options.quotes === false ? new Map<number, Spot[]>() : quoteSpots(sentences);
      // The other side's text counts as one more sentence: a name kept as it is in the source.
      const other = ctx[which === "source" ? "target" : "source"];
      const names = camelNames([...sentences.map((x) => x.text), other.map((x) => x.text).join(" ")]);
      for (const s of sentences) {
        if (s.kind === "blank") continue;
        const spots = [...sentenceSpots(s.text, names), ...(quotes.get(s.index) ?? [])].sort((a, b) => a.start - b.start);
        if (!spots.length) continue;
        const kinds = new Map<string, number>();
        for (const sp of spots) kinds.set(sp.kind, (kinds.get(sp.kind) ?? 0) + 1);
        const summary = [...kinds].map(([k, n]) => `${KINDS[k] ?? k}${n > 1 ? ` ×${n}` : ""}`).join(", ");
        const shown = spots.slice(0, 4).map((sp) => quote(s.text.slice(Math.max(0, sp.start - 8), sp.end + 8), 30)).join(" ");
        const ref = { sentences: [s.index], ranges: spots.map((sp) => ctx.range(s, sp.start, sp.end)) };
        const none = { sentences: [], ranges: [] };
        ctx.report({
          message: `${spots.length} typography spot${spots.length > 1 ? "s" : ""} in ${which} sentence ${s.index + 1}: ${summary} — ${shown}${spots.length > 4 ? " …" : ""}`,
          source: which === "source" ? ref : none,
          target: which === "target" ? ref : none,
        });
      }
    }
  },
};
