// Function words that carry meaning across the two languages. CC-CEDICT glosses 她 as "she" and 不 as
// "not", but English stop words never reach the scorer, so pronouns, negation and question words, which
// agree in most sentence pairs of any genre and tell neighbours apart in dialogue, counted for nothing
// (nor did here, more/most and some/any, measured one class at a time on mac-dev: those helped a
// little; than, other, same, until, can, must, when, before, after, from, so, such and by lost 0.001–
// 0.003; each, between and through changed nothing; "there" is mostly existential, "there was a
// knock", and made such a line lose its bead).
// Both sides map such words to shared markers; the scorer treats a marker like any other stem, weighted
// by how rare it is in the document.

import { forEachWord } from "./stem.js";

const EN_TABLE: Record<string, string[]> = {
  i: ["~i"], me: ["~i"], my: ["~i"], mine: ["~i"], myself: ["~i", "~self"],
  we: ["~we"], us: ["~we"], our: ["~we"], ours: ["~we"], ourselves: ["~we", "~self"],
  you: ["~you"], your: ["~you"], yours: ["~you"], yourself: ["~you", "~self"], yourselves: ["~you", "~self"],
  // Archaic second person (scripture, older literature).
  thou: ["~you"], thee: ["~you"], thy: ["~you"], thine: ["~you"], ye: ["~you"], thyself: ["~you", "~self"],
  he: ["~he"], him: ["~he"], his: ["~he"], himself: ["~he", "~self"],
  she: ["~she"], her: ["~she"], hers: ["~she"], herself: ["~she", "~self"],
  they: ["~they"], them: ["~they"], their: ["~they"], theirs: ["~they"], themselves: ["~they", "~self"],
  itself: ["~self"], oneself: ["~self"],
  not: ["~neg"], cannot: ["~neg"], without: ["~neg"], no: ["~neg"], never: ["~neg"], nothing: ["~neg"], nobody: ["~neg"], none: ["~neg"], neither: ["~neg"], nor: ["~neg"], "n't": ["~neg"],
  this: ["~this"], these: ["~this"],
  if: ["~if"], unless: ["~if", "~neg"],
  because: ["~because"],
  but: ["~but"], however: ["~but"], yet: ["~but"], though: ["~but"], although: ["~but"],
  what: ["~what"], who: ["~who"], whom: ["~who"], why: ["~why"], how: ["~how"], where: ["~where"],
  again: ["~again"], also: ["~also"], too: ["~also"], still: ["~still"], only: ["~only"],
  all: ["~all"], every: ["~all"], everyone: ["~all"], everything: ["~all"],
  here: ["~here"], more: ["~more"], most: ["~more"], some: ["~some"], any: ["~some"],
};

const ZH_TABLE: Record<string, string[]> = {
  我: ["~i"], 俺: ["~i"], 我们: ["~we"], 咱们: ["~we"], 咱: ["~we"],
  你: ["~you"], 您: ["~you"], 你们: ["~you"],
  他: ["~he"], 她: ["~she"], 他们: ["~they"], 她们: ["~they"], 它们: ["~they"],
  自己: ["~self"],
  不: ["~neg"], 没: ["~neg"], 没有: ["~neg"], 未: ["~neg"], 别: ["~neg"], 无: ["~neg"], 非: ["~neg"], 莫: ["~neg"],
  不是: ["~neg"], 不能: ["~neg"], 不会: ["~neg"], 不要: ["~neg"], 不敢: ["~neg"], 不肯: ["~neg"], 不用: ["~neg"],
  不必: ["~neg"], 从不: ["~neg"], 从未: ["~neg"], 决不: ["~neg"], 绝不: ["~neg"], 并不: ["~neg"], 毫不: ["~neg"],
  不再: ["~neg"], 无法: ["~neg"], 不得: ["~neg"], 并非: ["~neg"], 没什么: ["~neg"], 谁也: ["~neg"],
  这: ["~this"], 这个: ["~this"], 这些: ["~this"], 此: ["~this"], 这种: ["~this"], 该: ["~this"],
  如果: ["~if"], 要是: ["~if"], 假如: ["~if"], 假若: ["~if"], 倘若: ["~if"], 若: ["~if"], 如若: ["~if"], 除非: ["~if", "~neg"],
  因为: ["~because"], 由于: ["~because"],
  但: ["~but"], 但是: ["~but"], 可是: ["~but"], 却: ["~but"], 然而: ["~but"], 不过: ["~but"], 虽然: ["~but"], 虽: ["~but"], 尽管: ["~but"],
  什么: ["~what"], 啥: ["~what"], 谁: ["~who"], 为什么: ["~why"], 为何: ["~why"], 怎么: ["~how", "~why"], 怎样: ["~how"], 如何: ["~how"],
  哪里: ["~where"], 哪儿: ["~where"], 何处: ["~where"],
  又: ["~again"], 再: ["~again"], 再次: ["~again"], 也: ["~also"], 还: ["~still", "~also"], 仍: ["~still"], 仍然: ["~still"], 依然: ["~still"],
  只: ["~only"], 只是: ["~only"], 仅: ["~only"], 仅仅: ["~only"], 只有: ["~only"],
  都: ["~all"], 所有: ["~all"], 每: ["~all"], 一切: ["~all"], 全部: ["~all"], 大家: ["~all"],
  这里: ["~here"], 这儿: ["~here"], 此处: ["~here"], 这边: ["~here"],
  更: ["~more"], 更加: ["~more"], 最: ["~more"], 越: ["~more"], 一些: ["~some"], 有些: ["~some"], 些: ["~some"], 任何: ["~some"],
};

// Verbs of speaking: narrative renders 道 and 说 as "said", "cried", "jeered", "retorted" or "asked" as
// the translator pleases, and CC-CEDICT knows only a few of them; speech tags are how dialogue lines
// find their source. English forms are spelled out from the base (regular -s, -ed, -ing) plus irregulars.
const SAY_EN = ["say", "ask", "answer", "reply", "cry", "shout", "yell", "scream", "exclaim", "mutter", "murmur", "whisper", "protest", "retort", "jeer", "sneer", "scoff", "snap", "growl", "grumble", "demand", "inquire", "enquire", "remark", "rejoin", "respond", "bellow", "roar", "snarl"];
const SAY_EN_IRREGULAR = ["said", "told", "tell", "tells", "telling", "spoke", "speak", "speaks", "speaking"];
const SAY_ZH = ["道", "说", "说道", "问", "问道", "叫", "叫道", "喊", "喊道", "笑道", "骂道", "答", "答道", "回答", "喝道", "嚷", "嚷道", "叹道", "怒道", "冷笑道", "低声道", "大声道", "喃喃", "嘟囔", "吼", "吼道", "哭道", "说着", "问着", "笑着说"];

function forms(base: string): string[] {
  const stem = base.endsWith("e") ? base.slice(0, -1) : base;
  const ed = base.endsWith("e") ? `${base}d` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ied` : `${base}ed`;
  const s = /(s|sh|ch|x)$/.test(base) ? `${base}es` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
  const doubled = /^[^aeiou]*[aeiou][bdgmnpt]$/.test(base) ? base + base.at(-1) : "";
  return [base, s, ed, `${stem}ing`, ...(doubled ? [`${doubled}ed`, `${doubled}ing`] : [])];
}
function addMarker(table: Record<string, string[]>, words: string[], marker: string): void {
  for (const w of words) {
    const marks = (table[w] ??= []);
    if (!marks.includes(marker)) marks.push(marker);
  }
}
addMarker(EN_TABLE, [...SAY_EN.flatMap(forms), ...SAY_EN_IRREGULAR], "~say");
addMarker(ZH_TABLE, SAY_ZH, "~say");

// Maps, not the objects: a word such as "constructor" must not find Object.prototype's members.
const EN = new Map(Object.entries(EN_TABLE));
const ZH = new Map(Object.entries(ZH_TABLE));

/** The markers of a Chinese word, or undefined. */
export function chineseMarkers(word: string): string[] | undefined {
  return ZH.get(word);
}

/** Every marker of an English text: its function words, and "n't" in contractions. */
export function englishTextMarkers(text: string): string[] {
  const out: string[] = [];
  forEachWord(text.toLowerCase(), (w, apostrophe) => wordMarkers(w, apostrophe, out));
  return out;
}

/** Adds the markers of one word, as forEachWord gives it, to `out`. */
export function wordMarkers(w: string, apostrophe: boolean, out: string[]): void {
  if (apostrophe && /n['’]t$/.test(w)) out.push("~neg");
  // Function words are short: most words need no look-up.
  if (w.length > 10) return;
  const marks = EN.get(w);
  if (marks) out.push(...marks);
}
