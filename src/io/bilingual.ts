// One bilingual file, as the seed: paragraphs in one language, then paragraphs in the other, where a
// line starting "<<" starts a translation paragraph. The markers are blanked (same length) so that
// offsets still point into the user's file.

export interface BilingualParts {
  source: { text: string; baseOffset: number; baseLine: number };
  target: { text: string; baseOffset: number; baseLine: number };
}

export const TRANSLATION_MARK = "<<";

export function isBilingual(text: string): boolean {
  return /(^|\n)<</.test(text) && !/^<</.test(text.trimStart()) ;
}

export function splitBilingual(text: string): BilingualParts | undefined {
  const m = /(^|\r\n|\r|\n)<</.exec(text);
  if (!m || m.index + m[1]!.length === 0) return undefined;
  const cut = m.index + m[1]!.length;
  const sourceText = text.slice(0, cut);
  let targetText = text.slice(cut);
  targetText = targetText.replace(/(^|\r\n|\r|\n)<</g, (_all, nl: string) => `${nl}  `);
  const baseLine = 1 + (sourceText.match(/\r\n|\r|\n/g)?.length ?? 0);
  return {
    source: { text: sourceText, baseOffset: 0, baseLine: 1 },
    target: { text: targetText, baseOffset: cut, baseLine },
  };
}
