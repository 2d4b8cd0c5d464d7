// Omission and addition of a sentence the aligner paired only by position: the translation replaced
// it with an unrelated sentence. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { check, PLAIN_PAIRS, resources, sentences } from "./checks-helpers.js";

const base = PLAIN_PAIRS;
// Sentence 7 (index 6) of the translation replaced by one of about the same length on another matter.
const swapped = base.map(([zh, en], i): [string, string] => [zh, i === 6 ? "Heavy snow closed the mountain roads for most of the winter." : en]);
const rules = ["omission", "addition"];
// The aligner's similarity for the swapped pair: low, as it finds for unrelated sentences (0.8 elsewhere).
const pairBeads = (texts: unknown[], score = 0.1) => texts.map((_, i) => ({ source: [i], target: [i], score: i === 6 ? score : 0.8 }));
// Twelve short sentences teach the rules little about the document (its hit rates stay near their
// priors), so the evidence needed is lowered from its default; the cases that must stay quiet are
// held to the same lowered bar.
const SMALL = { omission: { options: { minPairEvidence: 2 } }, addition: { options: { minPairEvidence: 2 } } };

describe("a one-to-one pair that shares nothing", () => {
  it("reports its source as omitted and its target as added, each naming the other", () => {
    const findings = check(swapped, rules, { beads: pairBeads(swapped), settings: SMALL });
    expect(findings.map((f) => `${f.rule}:${f.source.sentences}:${f.target.sentences}`).sort()).toEqual(["addition:6:6", "omission:6:6"]);
    const om = findings.find((f) => f.rule === "omission")!;
    expect(om.message).toContain("政府计划在明年修建三座新学校");
    expect(om.message).toMatch(/English sentence 7, aligned with it by position, shares nothing/);
    expect(om.source.ranges).toHaveLength(1);
    expect(findings.find((f) => f.rule === "addition")!.target.ranges).toHaveLength(1);
  });
  it("answers for the numbers of the pair too: they differ because the sentences do", () => {
    const numbered = swapped.map(([zh, en], i): [string, string] => (i === 6 ? ["政府计划在2025年修建3座新学校。", "Heavy snow closed 120 mountain roads for most of the winter."] : [zh, en]));
    const rules3 = (extra: string[]) => check(numbered, [...rules, ...extra], { beads: pairBeads(numbered), settings: SMALL }).map((f) => f.rule).sort();
    expect(rules3(["number-mismatch"])).toEqual(["addition", "omission"]);
    // Without the pair found, the numbers are a finding of their own.
    expect(check(numbered, ["number-mismatch"]).map((f) => f.rule)).toEqual(["number-mismatch"]);
  });
  it("works from English to Chinese too", () => {
    const flipped = swapped.map(([zh, en]): [string, string] => [en, zh]);
    const findings = check(flipped, rules, { from: "en", to: "zh", beads: pairBeads(flipped), settings: SMALL });
    expect(findings.map((f) => `${f.rule}:${f.source.sentences}:${f.target.sentences}`).sort()).toEqual(["addition:6:6", "omission:6:6"]);
  });
  it("stays quiet on a faithful translation, and on a free one that keeps a few words", () => {
    expect(check(base, rules, { settings: SMALL })).toEqual([]);
    const free = base.map(([zh, en], i): [string, string] => [zh, i === 6 ? "Next year, the authorities intend to open three more places of learning." : en]);
    expect(check(free, rules, { settings: SMALL })).toEqual([]);
  });
  it("lets a pair with nothing in common pass on both sides' evidence together, each at least half the bar", () => {
    // The swapped pair's sides give about 3.6 (Chinese) and 2.8 nats (English): under a bar of 3 on
    // one side, over it together (6 asked) when the aligner found nothing in common (similarity 0).
    const at = (score: number) =>
      check(swapped, rules, {
        beads: swapped.map((_, i) => ({ source: [i], target: [i], score: i === 6 ? score : 0.8 })),
        settings: { omission: { options: { minPairEvidence: 3 } }, addition: { options: { minPairEvidence: 3 } } },
      }).map((f) => `${f.rule}:${f.source.sentences}:${f.target.sentences}`).sort();
    expect(at(0)).toEqual(["addition:6:6", "omission:6:6"]);
    expect(at(0.2)).toEqual([]);
  });
  it("leaves alone a pair the aligner finds similar, whatever the word evidence says", () => {
    // The same pair and bar as the first case: the aligner's similarity decides.
    const at = (score: number) => check(swapped, rules, { beads: pairBeads(swapped, score), settings: SMALL }).length;
    expect(at(0.29)).toBe(2);
    expect(at(0.3)).toBe(0);
  });
  it("needs more evidence by default than so short a document gives", () => {
    expect(check(swapped, rules)).toEqual([]);
  });
  it("lowers its default bar for short documents, which teach little about their words", async () => {
    const { pairBar } = await import("../src/checks/unpaired.js");
    expect(pairBar(0)).toBe(3);
    expect(pairBar(50)).toBe(4);
    expect(pairBar(100)).toBe(5);
    expect(pairBar(1000)).toBe(5);
  });
  it("is turned off with minPairEvidence 0", () => {
    const off = { omission: { options: { minPairEvidence: 0 } }, addition: { options: { minPairEvidence: 0 } } };
    expect(check(swapped, rules, { settings: off })).toEqual([]);
  });
});

describe("a bead of two sentences a side that shares nothing", () => {
  // Source 6 and 7 both left out, their translations replaced by two sentences on another matter,
  // which the aligner put together in one bead of two a side.
  const other = ["Heavy snow closed the mountain roads for most of the winter.", "Old songs about the sea were sung in the harbour taverns."];
  const two = base.map(([zh, en], i): [string, string] => [zh, i === 6 || i === 7 ? other[i - 6]! : en]);
  const beads = (score: number) => [
    ...Array.from({ length: 6 }, (_, i) => ({ source: [i], target: [i], score: 0.8 })),
    { source: [6, 7], target: [6, 7], score },
    ...Array.from({ length: 4 }, (_, i) => ({ source: [i + 8], target: [i + 8], score: 0.8 })),
  ];
  it("reports both source sentences as omitted and both targets as added", () => {
    const findings = check(two, rules, { beads: beads(0.1), settings: SMALL });
    expect(findings.map((f) => `${f.rule}:${f.source.sentences}:${f.target.sentences}`).sort()).toEqual(["addition:6,7:6", "addition:6,7:7", "omission:6:6,7", "omission:7:6,7"]);
    expect(findings.find((f) => f.rule === "omission")!.message).toMatch(/English sentences 7, 8, aligned with it by position, share nothing with it/);
  });
  it("stays quiet when neither target was pasted from elsewhere: words of the document's own, the aligner's doubt", () => {
    // Two unrelated sentences made of the document's own words (a misalignment of names the dictionary
    // cannot read looks like this), not a text pasted in.
    const own = ["The teacher reads books in the library every evening.", "My brother likes fishing by the river at the weekend."];
    const mixed = base.map(([zh, en], i): [string, string] => [zh, i === 6 || i === 7 ? own[i - 6]! : en]);
    const low = { omission: { options: { minPairEvidence: 0.5 } }, addition: { options: { minPairEvidence: 0.5 } } };
    expect(check(mixed, rules, { beads: beads(0.01), settings: low }).some((f) => f.message.includes("share nothing"))).toBe(false);
    // The same bead with the pasted sentences is reported at that bar.
    expect(check(two, rules, { beads: beads(0.01), settings: low }).some((f) => f.message.includes("share nothing"))).toBe(true);
  });
  it("stays quiet when one of the targets translates its source, even cut short", () => {
    // The bead as a whole passes a low bar (the long added sentence and the omitted source weigh more
    // than the three words found), but "Corn was planted." finds more than it misses: it is translated.
    const long = "Heavy snow closed the mountain roads for most of the winter, and the villages above the river waited weeks for supplies, fuel and news.";
    const cut = two.map(([zh, en], i): [string, string] => [zh, i === 6 ? long : i === 7 ? "Corn was planted." : en]);
    const low = { omission: { options: { minPairEvidence: 0.5 } }, addition: { options: { minPairEvidence: 0.5 } } };
    const findings = check(cut, rules, { beads: beads(0.01), settings: low });
    expect(findings.some((f) => f.message.includes("shares nothing"))).toBe(false);
  });

});

describe("one sentence of several aligned together that has no counterpart", () => {
  // Source 6 and 7 aligned with one English sentence that translates only source 6.
  const src = base.map((p) => p[0]);
  const tgt = base.map((p) => p[1]).filter((_, i) => i !== 7);
  const beads = [
    ...Array.from({ length: 6 }, (_, i) => ({ source: [i], target: [i], score: 0.8 })),
    { source: [6, 7], target: [6], score: 0.5 },
    ...Array.from({ length: 4 }, (_, i) => ({ source: [i + 8], target: [i + 7], score: 0.8 })),
  ];
  const pairs = src.map((s, i): [string, string] => [s, tgt[i] ?? ""]);
  const LOW = { omission: { options: { minMemberEvidence: 3 } }, addition: { options: { minMemberEvidence: 3 } } };
  it("reports it as omitted, naming the sentence it was aligned with and the translation", () => {
    const findings = check(pairs, rules, { beads, targets: tgt, settings: LOW });
    expect(findings.map((f) => `${f.rule}:${f.source.sentences}:${f.target.sentences}`)).toEqual(["omission:7:6"]);
    expect(findings[0]!.message).toContain("农民在田里种了很多玉米和小麦");
    expect(findings[0]!.message).toMatch(/aligned together with Chinese sentence 7, English sentence 7 translates only that/);
  });
  it("lowers its default bar for short documents, as the pair check does", async () => {
    const { memberBar } = await import("../src/checks/unpaired.js");
    expect(memberBar(0)).toBe(3);
    expect(memberBar(50)).toBe(4.5);
    expect(memberBar(100)).toBe(6);
    expect(memberBar(1000)).toBe(6);
    // Source 2 aligned with source 1's translation, which renders only 1: weaker evidence than
    // source 7's above (4.5 nats), over the bar of a document of ten one-to-one beads (3.3 nats) and
    // under the 6 nats of a long one.
    const t2 = base.map((p) => p[1]).filter((_, i) => i !== 2);
    const b2 = [{ source: [0], target: [0], score: 0.8 }, { source: [1, 2], target: [1], score: 0.5 }, ...Array.from({ length: 9 }, (_, i) => ({ source: [i + 3], target: [i + 2], score: 0.8 }))];
    const p2 = src.map((s, i): [string, string] => [s, t2[i] ?? ""]);
    expect(check(p2, rules, { beads: b2, targets: t2 }).map((f) => `${f.rule}:${f.source.sentences}`)).toEqual(["omission:2"]);
    expect(check(p2, rules, { beads: b2, targets: t2, settings: { omission: { options: { minMemberEvidence: 6 } } } })).toEqual([]);
  });
  it("counts a word of the translation once: an omitted sentence's terms taken by its neighbour's", async () => {
    // 新医院将在明年九月开放 has no translation; the hospital its neighbour's translation names is
    // the neighbour's, so its words are missing, though each finds a gloss in the bead.
    const extra: Array<[string, string]> = [["新医院将在明年九月开放。", ""], ["市政府决定在河边修建一座新医院。", "The city government decided to build a new hospital by the river."]];
    const src2 = [...base.map((p) => p[0]), ...extra.map((p) => p[0])];
    const tgt2 = [...base.map((p) => p[1]), extra[1]![1]];
    const b2 = [...base.map((_, i) => ({ source: [i], target: [i], score: 0.8 })), { source: [12, 13], target: [12], score: 0.5 }];
    const p2 = src2.map((s, i): [string, string] => [s, tgt2[i] ?? ""]);
    expect(check(p2, rules, { beads: b2, targets: tgt2 }).map((f) => `${f.rule}:${f.source.sentences}`)).toEqual(["omission:12"]);
    // Counted the plain way, each word finding any gloss in the bead, it stays under the bar.
    const { memberEvidence, omissionIndex } = await import("../src/checks/omission-evidence.js");
    const { PARTIAL_OMISSION_DEFAULTS } = await import("../src/checks/partial-omission.js");
    const { memberBar, EXCLUSIVE_MARGIN } = await import("../src/checks/unpaired.js");
    const index = omissionIndex(sentences(src2, "source").list, sentences(tgt2, "target").list, b2, true, resources());
    const m = memberEvidence(index, "zh", "source", PARTIAL_OMISSION_DEFAULTS).find((x) => x.sentence === 12)!;
    expect(m.lexical + m.length).toBeLessThan(memberBar(12));
    expect(m.exclusive + m.length).toBeGreaterThanOrEqual(memberBar(12) + EXCLUSIVE_MARGIN);
  });
  it("lets a sentence of figures pass when the translation has none of its numbers, though its words are the neighbour's", async () => {
    // 第一季度…增长5.4% has no translation; its words (全市, 生产总值, 同比, 增长) are found in the
    // translation of its neighbour on the same topic, so only its numbers show it is missing. Its numbers are its own
    // finding's, not a number-mismatch of their own.
    const zh: Array<[string, string]> = [["全市生产总值达到5200亿元，同比增长6.1%。", "The city's gross domestic product reached 520 billion yuan, up 6.1 percent year on year."], ["全市生产总值第一季度同比增长5.4%，第二季度同比增长6.8%。", ""]];
    const src2 = [...base.map((p) => p[0]), ...zh.map((p) => p[0])];
    const tgt2 = [...base.map((p) => p[1]), zh[0]![1]];
    const b2 = [...base.map((_, i) => ({ source: [i], target: [i], score: 0.8 })), { source: [12, 13], target: [12], score: 0.6 }];
    const p2 = src2.map((s, i): [string, string] => [s, tgt2[i] ?? ""]);
    const all = [...rules, "number-mismatch"];
    expect(check(p2, all, { beads: b2, targets: tgt2 }).map((f) => `${f.rule}:${f.source.sentences}`)).toEqual(["omission:13"]);
    // Its words alone count against it.
    const { memberEvidence, omissionIndex } = await import("../src/checks/omission-evidence.js");
    const { PARTIAL_OMISSION_DEFAULTS } = await import("../src/checks/partial-omission.js");
    const index = omissionIndex(sentences(src2, "source").list, sentences(tgt2, "target").list, b2, true, resources());
    expect(memberEvidence(index, "zh", "source", PARTIAL_OMISSION_DEFAULTS).find((x) => x.sentence === 13)!.lexical).toBeLessThan(0);
    // Translated, its numbers found: nothing.
    const whole = [...tgt2.slice(0, 12), "The city's gross domestic product reached 520 billion yuan, up 6.1 percent year on year; it grew 5.4 percent year on year in the first quarter and 6.8 percent in the second."];
    expect(check(p2, all, { beads: b2, targets: whole })).toEqual([]);
  });
  it("counts a question the bead's translation does not ask, where this document's questions stay questions", () => {
    // 问题摆在眼前，怎么办？ put with its neighbour's translation, which asks nothing.
    const asked: Array<[string, string]> = [["你今天去哪里了？", "Where did you go today?"], ["这本书是谁写的？", "Who wrote this book?"], ["明天会下雨吗？", "Will it rain tomorrow?"]];
    const extra: Array<[string, string]> = [["一些地方政策落实的最后一公里仍未打通，企业的获得感有待增强。", "In some localities the last mile of policy implementation has yet to be cleared, and businesses still feel little benefit."], ["问题摆在眼前，怎么办？", ""]];
    const pairs2 = [...base, ...asked, ...extra];
    const src2 = pairs2.map((p) => p[0]);
    const tgt2 = pairs2.slice(0, 16).map((p) => p[1]);
    const b2 = [...pairs2.slice(0, 15).map((_, i) => ({ source: [i], target: [i], score: 0.8 })), { source: [15, 16], target: [15], score: 0.5 }];
    const found = (targets: string[]) => check(src2.map((x, i): [string, string] => [x, targets[i] ?? ""]), rules, { beads: b2, targets, settings: { omission: { options: { minMemberEvidence: 3.5 } } } }).map((f) => `${f.rule}:${f.source.sentences}`);
    expect(found(tgt2)).toEqual(["omission:16"]);
    // Its question asked in the translation: its words alone decide, and they are too few.
    expect(found([...tgt2.slice(0, 15), `${tgt2[15]} What is to be done?`])).toEqual([]);
  });
  it("stays quiet when the translation renders both sentences", () => {
    const both = [...tgt];
    both[6] = "The government plans to build three new schools next year, and the farmers planted a lot of corn and wheat in the fields.";
    expect(check(pairs, rules, { beads, targets: both, settings: LOW })).toEqual([]);
    expect(check(pairs, rules, { beads, targets: both })).toEqual([]);
  });
  it("reports an added sentence aligned together with a translation", () => {
    const added = [...base.map((p) => p[1]).slice(0, 7), "Heavy snow closed the mountain roads for most of the winter.", ...base.map((p) => p[1]).slice(7)];
    const addBeads = [
      ...Array.from({ length: 6 }, (_, i) => ({ source: [i], target: [i], score: 0.8 })),
      { source: [6], target: [6, 7], score: 0.5 },
      ...Array.from({ length: 5 }, (_, i) => ({ source: [i + 7], target: [i + 8], score: 0.8 })),
    ];
    const findings = check(base, rules, { beads: addBeads, targets: added, settings: LOW });
    expect(findings.map((f) => `${f.rule}:${f.source.sentences}:${f.target.sentences}`)).toEqual(["addition:6:7"]);
    expect(findings[0]!.message).toMatch(/English sentence 8 has no Chinese source: “Heavy snow.*aligned together with English sentence 7, which translates Chinese sentence 7/);
  });
});

describe("a sentence aligned together with one the translation only copies", () => {
  /** Chinese sentences 7 and 8 (of `src`) aligned with one target that is sentence 8 copied. */
  const besideCopy = (src: string[], score: number) => {
    const tgt = [...base.slice(0, 6).map((p) => p[1]), src[7]!, ...base.slice(8).map((p) => p[1])];
    const beads = [
      ...Array.from({ length: 6 }, (_, i) => ({ source: [i], target: [i], score: 0.8 })),
      { source: [6, 7], target: [6], score },
      ...Array.from({ length: 4 }, (_, i) => ({ source: [i + 8], target: [i + 7], score: 0.8 })),
    ];
    const pairs = src.map((s, i): [string, string] => [s, tgt[i] ?? ""]);
    return { pairs, beads, targets: tgt };
  };
  it("is omitted: the bead translates nothing, and the copy is reported as untranslated", () => {
    const { pairs, beads, targets: tgt } = besideCopy(base.map((p) => p[0]), 0.3);
    const findings = check(pairs, ["omission", "untranslated"], { beads, targets: tgt });
    expect(findings.map((f) => `${f.rule}:${f.source.sentences}:${f.target.sentences}`)).toEqual(["omission:6:6", "untranslated:7:6"]);
    expect(findings[0]!.message).toMatch(/Chinese sentence 7 has no English translation: “政府计划.*aligned together with Chinese sentence 8, which the translation only copies/);
  });
  it("answers for the numbers of both sentences: the omitted one's are not compared with the copy's", () => {
    const src = base.map((p) => p[0]);
    src[6] = "政府计划在2025年修建3座新学校。";
    src[7] = "这家工厂去年生产了20000辆汽车。";
    const { pairs, beads, targets: tgt } = besideCopy(src, 0.5);
    const rules = (extra: string[]) => check(pairs, ["omission", "untranslated", ...extra], { beads, targets: tgt }).map((f) => `${f.rule}:${f.source.sentences}:${f.target.sentences}`);
    expect(rules(["number-mismatch"])).toEqual(["omission:6:6", "untranslated:7:6"]);
    // Without the omission found, 2025 missing from the copy is a finding of its own.
    expect(check(pairs, ["untranslated", "number-mismatch"], { beads, targets: tgt }).map((f) => f.rule)).toEqual(["number-mismatch", "untranslated"]);
  });
  it("says nothing more when the bead also holds a real translation", () => {
    const src = base.map((p) => p[0]);
    const tgt = [...base.slice(0, 7).map((p) => p[1]), src[7]!, ...base.slice(8).map((p) => p[1])];
    const beads = [
      ...Array.from({ length: 6 }, (_, i) => ({ source: [i], target: [i], score: 0.8 })),
      { source: [6, 7], target: [6, 7], score: 0.5 },
      ...Array.from({ length: 4 }, (_, i) => ({ source: [i + 8], target: [i + 8], score: 0.8 })),
    ];
    const pairs = src.map((s, i): [string, string] => [s, tgt[i] ?? ""]);
    expect(check(pairs, ["omission", "untranslated"], { beads, targets: tgt }).map((f) => `${f.rule}:${f.source.sentences}:${f.target.sentences}`)).toEqual(["untranslated:7:7"]);
  });
});

describe("a sentence left out whole by partial-omission's evidence", () => {
  // Sentence 13 ("the new building has 3,000 seats") aligned with sentence 12, whose translation
  // shares its words (新大楼, "new building"): counted sentence by sentence, its words are found.
  const src = [...base.map((p) => p[0]), "图书馆的新大楼一共有3000个座位。"];
  const tgt = base.map((p) => p[1]);
  const beads = [...Array.from({ length: 11 }, (_, i) => ({ source: [i], target: [i], score: 0.8 })), { source: [11, 12], target: [11], score: 0.6 }];
  const pairs = src.map((s, i): [string, string] => [s, tgt[i] ?? ""]);
  const run = (rules: string[]) => check(pairs, rules, { beads, targets: tgt }).map((f) => `${f.rule}:${f.source.sentences}:${f.target.sentences}`);
  it("is an omission of that sentence, and the passage finding gives way to it", () => {
    expect(run(["partial-omission"])).toEqual(["partial-omission:12:11"]);
    expect(run(["omission", "partial-omission"])).toEqual(["omission:12:11"]);
  });
  it("stays a passage when it is only part of the sentence", () => {
    const part = [...src.slice(0, 11), "图书馆的新大楼将在九月开放，一共有3000个座位。"];
    const partPairs = part.map((s, i): [string, string] => [s, tgt[i] ?? ""]);
    const one = Array.from({ length: 12 }, (_, i) => ({ source: [i], target: [i], score: 0.8 }));
    const found = check(partPairs, ["omission", "partial-omission"], { beads: one, targets: tgt }).map((f) => `${f.rule}:${f.source.sentences}`);
    expect(found).toEqual(["partial-omission:11"]);
  });
});

describe("an added sentence whose words the document has nowhere else", () => {
  // English sentence 13, pasted from another text, aligned together with the translation of sentence 12.
  const pasted = "Quantum chromodynamics explains how gluons bind quarks inside protons and neutrons.";
  const beads = [...Array.from({ length: 11 }, (_, i) => ({ source: [i], target: [i], score: 0.8 })), { source: [11], target: [11, 12], score: 0.6 }];
  const run = (extra: string) => {
    const tgt = [...base.map((p) => p[1]), extra];
    const pairs = tgt.map((t, i): [string, string] => [base[i]?.[0] ?? "", t]);
    // The member check's own bar out of reach: only the unshared words decide.
    const settings = { addition: { options: { minMemberEvidence: 50 } } };
    return check(pairs.slice(0, 12), ["addition"], { beads, targets: tgt, settings }).map((f) => `${f.rule}:${f.source.sentences}:${f.target.sentences}`);
  };
  it("is an addition, on 1 nat of its own evidence", () => {
    expect(run(pasted)).toEqual(["addition:11:12"]);
  });
  it("is not, when its words are the document's own", () => {
    // The same length, made of words the other sentences use.
    expect(run("The children went to the market in the park and the teacher was reading at the bank.")).toEqual([]);
  });
  it("is an addition beside a translation cut short, though the bead's lengths then balance", () => {
    // The library's new building will open in September: cut to "The new library opens." with the
    // pasted sentence after it, the bead's English is as long as its Chinese predicts.
    const tgt = [...base.slice(0, 11).map((p) => p[1]), "The new library opens.", "Quantum chromodynamics explains how gluons bind quarks inside protons and neutrons, and why no quark is ever seen alone."];
    const pairs = tgt.slice(0, 12).map((t, i): [string, string] => [base[i]![0], t]);
    const found = check(pairs, ["addition"], { beads, targets: tgt }).map((f) => `${f.rule}:${f.source.sentences}:${f.target.sentences}`);
    expect(found).toEqual(["addition:11:12"]);
  });
});

describe("a one-to-one pair whose translation is the next sentence's, by its numbers", () => {
  // Source 12 has no translation; the translator split source 13 in two, and the aligner paired 12
  // with the first half.
  const src = [...base.map((p) => p[0]), "全市新建公园35个，新增绿地面积1200公顷。", "全市森林覆盖率提高到44.5%，人均公园绿地面积达到15.2平方米，空气质量优良天数比例为87%。"];
  const halves = ["The city's forest coverage rose to 44.5 percent, and per capita park green space reached 15.2 square meters.", "The proportion of days with good air quality was 87 percent."];
  const beads = [...base.map((_, i) => ({ source: [i], target: [i], score: 0.8 })), { source: [12], target: [12], score: 0.3 }, { source: [13], target: [13], score: 0.4 }];
  const run = (targets: string[]) =>
    check(src.map((x, i): [string, string] => [x, targets[i] ?? ""]), ["omission", "addition", "number-mismatch"], { beads, targets }).map((f) => `${f.rule}:${f.source.sentences}:${f.message}`);
  it("reports the source sentence as omitted, its numbers with it", () => {
    const findings = run([...base.map((p) => p[1]), ...halves]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatch(/^omission:12:.*English sentence 13, aligned with it by position, translates Chinese sentence 14: its numbers are that sentence's/);
  });
  it("needs two numbers of the neighbour's: one may be shared by chance", () => {
    const one = ["The city's forest coverage rose to 44.5 percent, a record.", "Per capita park green space reached 15.2 square meters, and the proportion of days with good air quality was 87 percent."];
    expect(run([...base.map((p) => p[1]), ...one]).some((f) => f.startsWith("omission"))).toBe(false);
  });
  it("says nothing when the pair is the translation", () => {
    const whole = ["The city built 35 new parks and added 1,200 hectares of green space.", `${halves[0]} ${halves[1]}`];
    expect(run([...base.map((p) => p[1]), ...whole])).toEqual([]);
  });
});
