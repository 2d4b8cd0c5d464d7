import type { Sentence } from "../model/types.js";

/** How a finding names a sentence: "keywords line" for metadata, else "sentence". */
export function what(sentence: Sentence): string {
  return sentence.kind === "keywords" ? "keywords line" : sentence.kind === "heading" ? "heading" : "sentence";
}

export function quote(text: string, max = 80): string {
  const t = text.replace(/\s+/g, " ").trim();
  return `“${t.length > max ? `${t.slice(0, max - 1)}…` : t}”`;
}

export const LANGUAGE_NAME = { zh: "Chinese", en: "English" } as const;
