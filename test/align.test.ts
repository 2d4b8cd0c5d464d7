// Small alignment cases written for the project: merges, splits, omissions, additions, numbers.
import { describe, expect, it } from "vitest";
import { align } from "../src/align/index.js";
import { parseDictionary } from "../src/align/dictionary.js";
import { loadDictionary } from "../src/io/dictionary-file.js";
import { segment } from "../src/segment/index.js";
import { wordSegmenter } from "../src/segment/words.js";
import type { Document, Lang } from "../src/model/types.js";
import { stem } from "../src/align/stem.js";

const resources = { dictionary: loadDictionary(), words: wordSegmenter() };
const doc = (lines: string[], lang: Lang): Document => ({ path: lang, lang, text: lines.join("\n"), baseOffset: 0, baseLine: 1 });
const beads = (zh: string[], en: string[], from: Lang = "zh") => {
  const [src, tgt] = from === "zh" ? [zh, en] : [en, zh];
  const to: Lang = from === "zh" ? "en" : "zh";
  const S = segment(doc(src, from), "source", { presplit: true });
  const T = segment(doc(tgt, to), "target", { presplit: true });
  return align(S, T, from, to, resources).map((b) => `[${b.source}]:[${b.target}]`);
};

const ZH = [
  "今天早上我去市场买了三斤苹果。",
  "天气很冷，风也很大。",
  "我的朋友王明在门口等我。",
  "我们一起去学校上课。",
  "老师讲了一个关于历史的故事。",
  "下课以后我们在图书馆看书。",
  "晚上我给妈妈打了电话。",
  "她说家里一切都好。",
];
const EN = [
  "This morning I went to the market and bought three jin of apples.",
  "The weather was very cold, and the wind was strong.",
  "My friend Wang Ming was waiting for me at the door.",
  "We went to school together for class.",
  "The teacher told a story about history.",
  "After class we read books in the library.",
  "In the evening I phoned my mother.",
  "She said everything at home was fine.",
];

describe("align", () => {
  it("pairs a clean translation one to one", () => {
    expect(beads(ZH, EN)).toEqual(ZH.map((_, i) => `[${i}]:[${i}]`));
  });

  it("finds a source sentence left untranslated (1-0)", () => {
    const en = EN.filter((_, i) => i !== 4);
    const out = beads(ZH, en);
    expect(out).toContain("[4]:[]");
    expect(out).toContain("[5]:[4]");
  });

  it("finds a target sentence with no source (0-1)", () => {
    const en = [...EN.slice(0, 3), "The city was proud of its new bridge over the river, built by engineers from abroad.", ...EN.slice(3)];
    const out = beads(ZH, en);
    expect(out).toContain("[]:[3]");
    expect(out).toContain("[3]:[4]");
  });

  it("merges two source sentences translated as one (2-1)", () => {
    const en = [...EN.slice(0, 1), "The weather was very cold and windy, and my friend Wang Ming was waiting for me at the door.", ...EN.slice(3)];
    expect(beads(ZH, en)).toContain("[1,2]:[1]");
  });

  it("splits one source sentence translated as two (1-2)", () => {
    const en = [...EN.slice(0, 4), "The teacher told a story.", "It was about history.", ...EN.slice(5)];
    expect(beads(ZH, en)).toContain("[4]:[4,5]");
  });

  it("joins two sentences whose translations moved a clause across their border (2-2)", () => {
    const en = [...EN.slice(0, 4), "The teacher told a story about history, and when class was over we went to the library.", "There we read books.", ...EN.slice(6)];
    const out = beads(ZH, en);
    expect(out).toContain("[4,5]:[4,5]");
    // Its neighbours stay one to one.
    expect(out).toContain("[3]:[3]");
    expect(out).toContain("[6]:[6]");
  });

  it("joins no bead holding a sentence left in Chinese, nor a heading-like line, to its neighbour", () => {
    // The address and the copied sentence each find little in English; a neighbour joined to them would
    // raise the pair's similarity, and hide the address's own translation or the copy beside it.
    const zh = ["各位代表！", "新征程上，我们要更加紧密地团结在党中央周围，奋力谱写现代化的新篇章！", ...ZH];
    const en = ["Fellow Deputies,", "新征程上，我们要更加紧密地团结在党中央周围，奋力谱写现代化的新篇章！", ...EN];
    const out = beads(zh, en);
    expect(out.slice(0, 2)).toEqual(["[0]:[0]", "[1]:[1]"]);
    const dated = beads(["东川省生态环境厅", "2025年5月28日", ...ZH], ["Department of Ecology and Environment of Dongchuan Province", "May 28, 2025", ...EN]);
    expect(dated.slice(0, 2)).toEqual(["[0]:[0]", "[1]:[1]"]);
  });

  it("joins no short line to a long neighbour for its few words, nor a sentence that lost a clause to the next", () => {
    // A short line finds few words, so its pair scores low: an unweighted mean of the two beads would
    // make any join with the long sentence after it look like a gain.
    const addressed = beads(
      ["我先发布一条消息。", "应国务院总理邀请，塔兰共和国总理阿米尔·萨法维将于3月18日至21日对中国进行正式访问。", ...ZH],
      ["I'd like to begin with an announcement.", "At the invitation of the Premier of the State Council, Prime Minister Amir Safavi of the Republic of Taran will pay an official visit to China from March 18 to 21.", ...EN],
    );
    expect(addressed.slice(0, 2)).toEqual(["[0]:[0]", "[1]:[1]"]);
    // The first English sentence lost its clause about the cut; nothing of the second sentence is in it.
    const cut = beads(
      ["8月15日，本行下调金融机构存款准备金率0.5个百分点，释放长期流动性约1.2万亿元。", "下调后，金融机构加权平均存款准备金率为6.6%。", ...ZH],
      ["On August 15, releasing about 1.2 trillion yuan of long-term liquidity.", "After the cut, the weighted average reserve requirement ratio for financial institutions stood at 6.6 percent.", ...EN],
    );
    expect(cut.slice(0, 2)).toEqual(["[0]:[0]", "[1]:[1]"]);
  });

  it("uses numbers, Chinese numerals included, as anchors", () => {
    const zh = ["二〇二一年，人口增长了百分之十五。", "第二十届会议在北京召开。"];
    const en = ["The 20th session was held in Beijing.", "In 2021 the population grew by 15%."];
    // Crossed order cannot be aligned monotonically: the numbers pick the better pairing.
    const out = beads(zh, en);
    expect(out.filter((b) => !b.includes("[]"))).toHaveLength(1);
  });

  it("aligns English to Chinese too", () => {
    expect(beads(ZH, EN, "en")).toEqual(EN.map((_, i) => `[${i}]:[${i}]`));
  });

  it("gives blank lines beads of their own and keeps every sentence exactly once", () => {
    const zh = [ZH[0]!, "", ZH[1]!, ZH[2]!];
    const en = [EN[0]!, EN[1]!, "", EN[2]!];
    const out = beads(zh, en);
    const ids = (side: 0 | 1) => out.flatMap((b) => b.split(":")[side]!.replace(/[[\]]/g, "").split(",").filter(Boolean).map(Number));
    expect(ids(0)).toEqual([0, 1, 2, 3]);
    expect(ids(1)).toEqual([0, 1, 2, 3]);
    expect(out).toContain("[1]:[]");
    expect(out).toContain("[]:[2]");
  });

  it("pairs a sentence left untranslated (copied into the target) with its source, not with a neighbour", () => {
    const en = [...EN.slice(0, 3), ZH[3]!, ...EN.slice(4)];
    expect(beads(ZH, en)).toEqual(ZH.map((_, i) => `[${i}]:[${i}]`));
  });

  it("tells two short dialogue lines apart by their pronouns and negation", async () => {
    const { alignPath } = await import("../src/align/index.js");
    const S = segment(doc(["他笑了。", "她不去。"], "zh"), "source", { presplit: true });
    const T = segment(doc(["She won't go.", "He laughed."], "en"), "target", { presplit: true });
    const { scorer } = alignPath(S, T, "zh", "en", resources);
    // 他笑了 ↔ "He laughed." and 她不去 ↔ "She won't go." each beat the crossed pairing.
    expect(scorer.lexical(0, 1, 1, 2)).toBeGreaterThan(scorer.lexical(0, 1, 0, 1));
    expect(scorer.lexical(1, 2, 0, 1)).toBeGreaterThan(scorer.lexical(1, 2, 1, 2));
    expect(scorer.coverage(1, 2, 0, 1).en).toBeGreaterThan(0.5);
  });

  it("matches a speech tag with whatever verb of speaking the translator chose", async () => {
    const { englishTextMarkers, chineseMarkers } = await import("../src/align/bridge.js");
    for (const tag of ["he jeered", "she retorted", "cried Trinket", "he snapped", "she asked", "he muttered", "they replied"]) expect(englishTextMarkers(tag)).toContain("~say");
    for (const word of ["道", "说", "问道", "喊道"]) expect(chineseMarkers(word)).toContain("~say");
    expect(englishTextMarkers("the old jeep")).not.toContain("~say");
    const { alignPath } = await import("../src/align/index.js");
    const S = segment(doc(["男孩道：“走开！”"], "zh"), "source", { presplit: true });
    const T = segment(doc(["'Go away!' the boy jeered."], "en"), "target", { presplit: true });
    const { scorer } = alignPath(S, T, "zh", "en", resources);
    const T2 = segment(doc(["'Go away!' the boy waved."], "en"), "target", { presplit: true });
    const other = alignPath(S, T2, "zh", "en", resources).scorer;
    expect(scorer.coverage(0, 1, 0, 1).en).toBeGreaterThan(other.coverage(0, 1, 0, 1).en);
  });

  it("matches a name the segmenter splits by its pinyin on the English side", async () => {
    const { chineseFeatures, englishFeatures, englishNames } = await import("../src/align/features.js");
    const S = segment(doc(["琦瑶笑了。"], "zh"), "source", { presplit: true });
    const T = segment(doc(["Qiyao smiled."], "en"), "target", { presplit: true });
    const en = englishFeatures(T, resources.dictionary);
    const withNames = chineseFeatures(S, resources.dictionary, resources.words, englishNames(T, resources.dictionary));
    const without = chineseFeatures(S, resources.dictionary, resources.words);
    const qiyao = resources.dictionary.stemId("qiyao");
    expect(en.stems[0]).toContain(qiyao);
    expect(Array.from(withNames.glosses)).toContain(qiyao);
    expect(Array.from(without.glosses)).not.toContain(qiyao);
  });

  it("finds a web address or a code kept in the Chinese by the words the English splits it into", async () => {
    const { chineseFeatures, englishFeatures, numberKey } = await import("../src/align/features.js");
    const S = segment(doc(["会议将在investors.northvale.com直播。"], "zh"), "source", { presplit: true });
    const T = segment(doc(["A webcast will be available at investors.northvale.com."], "en"), "target", { presplit: true });
    const en = englishFeatures(T, resources.dictionary);
    const zh = chineseFeatures(S, resources.dictionary, resources.words);
    const northvale = resources.dictionary.stemId(stem("northvale"));
    expect(en.stems[0]).toContain(northvale);
    expect(Array.from(zh.glosses)).toContain(northvale);
    // A code is its letters and its number, as the English side's words are: IP68 is "IP" and 68.
    const code = chineseFeatures(segment(doc(["整机达到IP68级防尘防水标准。"], "zh"), "source", { presplit: true }), resources.dictionary, resources.words);
    expect(Array.from(code.glosses)).toContain(resources.dictionary.stemId(stem("IP")));
    expect(Array.from(code.glosses)).toContain(resources.dictionary.stemId(numberKey(68)));
  });

  it("joins a sentence left alone to the neighbour that explains it, and leaves an unrelated one alone", async () => {
    const { joinExplained } = await import("../src/align/nulls.js");
    // Coverage of English sentence e by Chinese range [z0, z1): a stand-in for the dictionary.
    const explains = new Map([["0:0", 0.8], ["1:1", 0.7], ["1:2", 0.6], ["2:4", 0.9], ["1:3", 0.05], ["2:3", 0.1]]);
    const scorer = { coverage: (z0: number, _z1: number, e0: number) => ({ zh: explains.get(`${z0}:${e0}`) ?? 0, en: explains.get(`${z0}:${e0}`) ?? 0, zhWeight: 1, enWeight: 1 }), lengthDelta: () => 0 };
    const path = [
      { z0: 0, z1: 1, e0: 0, e1: 1, score: 0 },
      { z0: 1, z1: 2, e0: 1, e1: 2, score: 0 },
      { z0: 2, z1: 2, e0: 2, e1: 3, score: 0 }, // explained by Chinese 1: joins it
      { z0: 2, z1: 2, e0: 3, e1: 4, score: 0 }, // explained by nothing: stays alone
      { z0: 2, z1: 3, e0: 4, e1: 5, score: 0 },
    ];
    const out = joinExplained(path, scorer as never, 0.45).map((b) => `${b.z0}-${b.z1}:${b.e0}-${b.e1}`);
    expect(out).toEqual(["0-1:0-1", "1-2:1-3", "2-2:3-4", "2-3:4-5"]);
    expect(joinExplained(path, scorer as never, 2)).toBe(path);
    // A document the dictionary does not cover at all: nothing explains anything, nothing is joined.
    const blind = { coverage: () => ({ zh: 0, en: 0, zhWeight: 1, enWeight: 1 }), lengthDelta: () => 0 };
    expect(joinExplained(path, blind as never, 0.45)).toEqual(path);
    // A keywords line or heading pairs only with its like: explained or not, it stays alone.
    const apart = { zh: [], en: [false, false, true] };
    expect(joinExplained(path, scorer as never, 0.45, Infinity, Infinity, Infinity, apart).map((b) => `${b.z0}-${b.z1}:${b.e0}-${b.e1}`)).toEqual(["0-1:0-1", "1-2:1-2", "2-2:2-3", "2-2:3-4", "2-3:4-5"]);
  });

  it("joins a lone sentence the dictionary cannot see into when it balances a bead far too short on its side", async () => {
    const { joinExplained } = await import("../src/align/nulls.js");
    // Chinese 0 ↔ English 0 is well explained; Chinese 1's bead has half the English expected, and
    // English 2 ("They are psychological.") makes up the other half with no dictionary evidence.
    const scorer = {
      coverage: (z0: number, _z1: number, e0: number) => {
        const c = z0 === e0 ? 0.8 : 0;
        return { zh: c, en: c, zhWeight: 1, enWeight: 1 };
      },
      lengthDelta: (_z0: number, _z1: number, e0: number, e1: number) => (e0 === 1 && e1 === 2 ? -0.7 : 0),
    };
    const path = [
      { z0: 0, z1: 1, e0: 0, e1: 1, score: 0 },
      { z0: 1, z1: 2, e0: 1, e1: 2, score: 0 },
      { z0: 2, z1: 2, e0: 2, e1: 3, score: 0 },
    ];
    const show = (p: typeof path) => p.map((b) => `${b.z0}-${b.z1}:${b.e0}-${b.e1}`);
    expect(show(joinExplained(path, scorer as never, 0.45, 0.5, 0.5))).toEqual(["0-1:0-1", "1-2:1-3"]);
    // Without the length evidence it stays alone.
    expect(show(joinExplained(path, scorer as never, 0.45, 0.5, Infinity))).toEqual(show(path));
  });

  it("joins a sentence explained as well as a typical pair under a looser length bound", async () => {
    const { joinExplained } = await import("../src/align/nulls.js");
    // One-to-one pairs cover 0.6 (the median); English 2 is covered 0.7 by Chinese 1, but joining it
    // makes the bead 0.65 too long: over joinMaxDelta 0.5, under the strong bound 0.8.
    const scorer = {
      coverage: (z0: number, _z1: number, e0: number) => {
        const c = z0 === e0 ? 0.6 : z0 === 1 && e0 === 2 ? 0.7 : 0;
        return { zh: c, en: c, zhWeight: 1, enWeight: 1 };
      },
      lengthDelta: (_z0: number, _z1: number, e0: number, e1: number) => (e0 === 1 && e1 === 3 ? 0.65 : 0),
    };
    const path = [
      { z0: 0, z1: 1, e0: 0, e1: 1, score: 0 },
      { z0: 1, z1: 2, e0: 1, e1: 2, score: 0 },
      { z0: 2, z1: 2, e0: 2, e1: 3, score: 0 },
    ];
    const show = (p: typeof path) => p.map((b) => `${b.z0}-${b.z1}:${b.e0}-${b.e1}`);
    expect(show(joinExplained(path, scorer as never, 0.45, 0.5, Infinity, 0.8))).toEqual(["0-1:0-1", "1-2:1-3"]);
    expect(show(joinExplained(path, scorer as never, 0.45, 0.5, Infinity, 0.5))).toEqual(show(path));
  });

  it("takes words named like an object's members (constructor, toString) as plain words", async () => {
    const { stem, contentStems } = await import("../src/align/stem.js");
    expect(stem("constructor")).toBe("constructor");
    expect(contentStems("The constructor's toString won't hasOwnProperty")).toEqual(["constructor", "tostr", "hasownproperti"]);
    const out = beads(["构造函数在这里。"], ["The constructor is here, said toString and valueOf."]);
    expect(out).toEqual(["[0]:[0]"]);
  });

  it("stems an irregular form as its base form's regular forms are stemmed (came, comes, to come)", async () => {
    const { stem } = await import("../src/align/stem.js");
    for (const [irregular, regular] of [["came", "comes"], ["took", "taking"], ["made", "makes"], ["left", "leaves"], ["hung", "hangs"], ["became", "becoming"], ["liveth", "lives"], ["sheddeth", "shed"], ["saith", "says"]]) {
      expect(stem(irregular!)).toBe(stem(regular!));
    }
  });

  it("stems a British spelling as its American form, which CC-CEDICT's glosses use, and leaves look-alikes alone", async () => {
    const { stem } = await import("../src/align/stem.js");
    const pairs = [["colour", "color"], ["neighbourhood", "neighborhood"], ["honoured", "honored"], ["centre", "center"], ["kilometres", "kilometers"], ["centred", "centered"], ["organise", "organize"], ["organisations", "organizations"], ["analysed", "analyzed"], ["travelled", "traveled"], ["programme", "program"], ["defence", "defense"], ["tonnes", "tons"], ["fulfil", "fulfill"]];
    for (const [british, american] of pairs) expect(stem(british!), british).toBe(stem(american!));
    // Words that are no British spelling keep their own stems: advise is not "advize", nor four "for".
    for (const [word, other] of [["advise", "advize"], ["raise", "raize"], ["exercise", "exercize"], ["otherwise", "otherwize"], ["four", "for"], ["tour", "tor"], ["acre", "acer"], ["called", "caled"], ["enrolled", "enroled"]]) expect(stem(word!), word).not.toBe(stem(other!));
  });

  it("pairs a question with a question and an exclamation with an exclamation in dialogue", () => {
    const zh = ["老王看着窗外的雨。", "“谁？”", "“是我！”", "门开了，进来一个年轻人。"];
    const en = ["Old Wang watched the rain outside the window.", "There was a knock.", "'Who's there?'", "'It's me!'", "The door opened and a young man came in."];
    // Without the marks, "There was a knock." went with 谁 and "Who's there?" with 是我.
    expect(beads(zh, en)).toEqual(["[0]:[0,1]", "[1]:[2]", "[2]:[3]", "[3]:[4]"]);
  });

  it("counts quotation marks, not apostrophes, and only marks both sides use", async () => {
    const { punctuationMarkers, sharedMarkers } = await import("../src/align/features.js");
    expect(punctuationMarkers("It's John's.")).toEqual([]);
    expect(punctuationMarkers("'Go,' he said.")).toEqual(["~quote"]);
    expect(punctuationMarkers("他说：“走吧！”")).toEqual(["~!", "~quote"]);
    expect(punctuationMarkers("Why?")).toEqual(["~?"]);
    const S = segment(doc(["他说：“走吧！”", "为什么？"], "zh"), "source", { presplit: true });
    const T = segment(doc(["He said we should go.", "Why?"], "en"), "target", { presplit: true });
    // The English sets no exclamation and no quotation: only the question mark is shared.
    expect([...sharedMarkers(S, T)]).toEqual(["~?"]);
  });

  it("counts the quotations a sentence opens and closes, curly, corner or straight, not apostrophes", async () => {
    const { quoteBalance } = await import("../src/align/features.js");
    expect(quoteBalance("海老公道：“我再说一遍，你好好记住了。")).toBe(1);
    expect(quoteBalance("不过你得带钱来。”")).toBe(-1);
    expect(quoteBalance("他说：「走吧。」")).toBe(0);
    expect(quoteBalance("'I'll say it once more.")).toBe(1);
    expect(quoteBalance("Never.'")).toBe(-1);
    expect(quoteBalance("'I know,' said the boy. 'I'm not afraid.'")).toBe(0);
    expect(quoteBalance("\"Breathtaking, aren't they?")).toBe(1);
    expect(quoteBalance("He said \"no.\" It's John's.")).toBe(0);
  });

  it("keeps speech that runs over several English sentences in the bead of its Chinese sentence", () => {
    const zh = ["天黑以前，老人把少年叫到屋里。", "老人又道：“你明天去城里买米，路上千万小心，要是被官兵看见了，你就回不来了。”", "少年道：“我知道，我不怕。”", "老人点了点头。"];
    const en = [
      "Before dark the old man called the boy into the house.",
      "'Tomorrow you go to town to buy rice,' the old man went on, 'and be very careful on the road.",
      "If the soldiers see you, you won't come back.",
      "Never.'",
      "'I know,' said the boy. 'I'm not afraid.'",
      "The old man nodded.",
    ];
    // Without the quotations' balance, "Never.'" closed the old man's speech in the boy's bead.
    expect(beads(zh, en)).toEqual(["[0]:[0]", "[1]:[1,2,3]", "[2]:[4]", "[3]:[5]"]);
  });

  it("tells a heading from a sentence: a line ending in a word, short", async () => {
    const { headingLike } = await import("../src/align/index.js");
    expect(headingLike("前言")).toBe(true);
    expect(headingLike("第三章 通行与停放")).toBe(true);
    expect(headingLike("1.1 Beliefs, Preferences, and Constraints")).toBe(true);
    expect(headingLike("我们一起去学校上课。")).toBe(false);
    expect(headingLike("Mathematical Models.")).toBe(false);
    expect(headingLike("Excellencies,")).toBe(false);
    // A long line that lost its full stop is a sentence.
    expect(headingLike("However great the aura of majesty or authority which the official system may have, its demands must in the end be submitted to a moral scrutiny")).toBe(false);
  });

  it("leaves a heading the translation lacks alone rather than in its neighbour's bead", () => {
    expect(beads(["第一章 市场", ...ZH], EN)[0]).toBe("[0]:[]");
    // The same heading translated pairs with its translation.
    expect(beads(["第一章 市场", ...ZH], ["Chapter One The Market", ...EN])[0]).toBe("[0]:[0]");
  });

  it("leaves an added heading alone in the translation", () => {
    const got = beads(ZH, [...EN.slice(0, 4), "Part Two A Story About History", ...EN.slice(4)]);
    expect(got).toContain("[]:[4]");
  });

  it("does not pair a title that sums up the first sentence with that sentence's translation", () => {
    const got = beads(["王明在门口等我", ...ZH.slice(2)], EN.slice(2));
    expect(got.slice(0, 2)).toEqual(["[0]:[]", "[1]:[0]"]);
  });

  it("still aligns by length and position without a dictionary", () => {
    const S = segment(doc(ZH, "zh"), "source", { presplit: true });
    const T = segment(doc(EN, "en"), "target", { presplit: true });
    const out = align(S, T, "zh", "en", { dictionary: parseDictionary(""), words: resources.words });
    expect(out.filter((b) => b.source.length === 1 && b.target.length === 1 && b.source[0] === b.target[0]).length).toBeGreaterThanOrEqual(6);
  });
});

describe("dictionary segmenter", () => {
  it("cuts Chinese by the longest headword and keeps other runs whole", async () => {
    const { dictionarySegmenter } = await import("../src/align/maxmatch.js");
    const cut = dictionarySegmenter(resources.dictionary).cut("2021年北京国际交往中心ABC建设");
    expect(cut.join("")).toBe("2021年北京国际交往中心ABC建设");
    expect(cut).toContain("2021");
    expect(cut).toContain("北京");
    expect(cut).toContain("ABC");
    expect(cut).toContain("建设");
  });

  it("knows the longest headword for a prefix, and 0 for none", () => {
    expect(resources.dictionary.longestWith("北京")).toBeGreaterThanOrEqual(2);
    expect(resources.dictionary.longestWith("ZZ")).toBe(0);
  });
});
