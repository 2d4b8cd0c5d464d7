// The partial-omission rule: a clause of a source sentence with no counterpart in the translation,
// judged on word and length evidence learnt from the document. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { parseDictionary } from "../src/align/dictionary.js";
import { dictionarySegmenter } from "../src/align/maxmatch.js";
import { stem } from "../src/align/stem.js";
import { exclusiveHits, omissionIndex, omittedRuns } from "../src/checks/omission-evidence.js";
import { covers, evidenceBar, PARTIAL_OMISSION_DEFAULTS } from "../src/checks/partial-omission.js";
import { check, PLAIN_PAIRS, resources, sentences } from "./checks-helpers.js";

// Plain, closely translated pairs: the document the rule learns its rates from.
const base = PLAIN_PAIRS;
const LONG_ZH = "市政府决定修建一座新医院，同时扩大公共交通网络，并且提高全体居民的医疗保险水平。";
const LONG_EN = "The city government decided to build a new hospital, at the same time to expand the public transport network, and to raise the level of medical insurance for all residents.";
const CUT_EN = "The city government decided to build a new hospital, and to raise the level of medical insurance for all residents.";

// Thirteen sentences teach the rule little about the document (its rates stay near their priors), so
// the evidence needed is lowered from its default; the cases that must stay quiet are held to the
// same lowered bar.
const SMALL = { minEvidence: 3 };
const partial = (pairs: Array<[string, string]>, options: Record<string, unknown> = SMALL, from: "zh" | "en" = "zh", to: "zh" | "en" = "en") =>
  check(pairs, ["partial-omission"], { from, to, settings: { "partial-omission": { options } } });

describe("partial-omission", () => {
  it("reports the middle clause of a long sentence whose translation lost it, with its range", () => {
    const pairs: Array<[string, string]> = [...base, [LONG_ZH, CUT_EN]];
    const findings = partial(pairs);
    expect(findings.map((f) => f.source.sentences)).toEqual([[12]]);
    expect(findings[0]!.message).toContain("扩大公共交通网络");
    const [range] = findings[0]!.source.ranges;
    expect(sentences(pairs.map((p) => p[0]), "source").text.slice(range!.start, range!.end)).toBe("同时扩大公共交通网络");
    expect(range!.startPos).toEqual({ line: 13, column: LONG_ZH.indexOf("同时") + 1 });
    expect(findings[0]!.target.sentences).toEqual([12]);
  });

  it("reports nothing when every clause is translated", () => {
    expect(partial([...base, [LONG_ZH, LONG_EN]])).toEqual([]);
  });

  it("works from English to Chinese too", () => {
    const flipped = base.map(([zh, en]) => [en, zh] as [string, string]);
    const whole: [string, string] = [LONG_EN, LONG_ZH];
    const cut: [string, string] = [LONG_EN, "市政府决定修建一座新医院，并且提高全体居民的医疗保险水平。"];
    expect(partial([...flipped, whole], SMALL, "en", "zh")).toEqual([]);
    const findings = partial([...flipped, cut], SMALL, "en", "zh");
    expect(findings.map((f) => f.source.sentences)).toEqual([[12]]);
    expect(findings[0]!.message).toMatch(/public transport network/);
  });

  it("needs less evidence for a passage whose number the translation lacks", () => {
    const zh = "这家工厂去年的产量增长了很多，其中对欧洲和非洲的出口增长8.5%，国内市场保持稳定。";
    const cut = "This factory's output grew a lot last year, and the domestic market remained stable.";
    const whole = "This factory's output grew a lot last year, with exports to Europe and Africa up 8.5 percent, and the domestic market remained stable.";
    const findings = partial([...base, [zh, cut]], {});
    expect(findings.map((f) => f.source.sentences)).toEqual([[12]]);
    expect(findings[0]!.message).toMatch(/“其中对欧洲和非洲的出口增长8\.5%” \(8\.5% and \d+ of its \d+ words missing from the translation/);
    // The same passage without the number lost, or with this bar raised, is below the default 9 nats.
    expect(partial([...base, [zh, whole]], {})).toEqual([]);
    expect(partial([...base, [zh, cut]], { minEvidenceWithNumber: 99, maxFoundWithLostNumber: 0 })).toEqual([]);
  });

  it("asks less evidence of a Chinese source translated closely, by the document's mean hit rate", () => {
    const o = PARTIAL_OMISSION_DEFAULTS;
    const bar = (zh: number, side: "zh" | "en" = "zh", options = o) => evidenceBar({ mean: { zh, en: 0.7 } }, side, options);
    expect(bar(0.4)).toBe(9); // a novel's free translation
    expect(bar(0.5)).toBe(9);
    expect(bar(0.575)).toBeCloseTo(7.5);
    expect(bar(0.7)).toBe(6); // a report's close one
    expect(bar(0.7, "en")).toBe(9); // English sources keep the one bar
    expect(bar(0.7, "zh", { ...o, minEvidenceClose: 9 })).toBe(9);
    expect(bar(0.7, "zh", { ...o, minEvidence: 5 })).toBe(5);
  });

  it("holds a passage in quotation marks to the free translation's bar: direct speech is rendered freely", () => {
    // The passage is over the close translation's bar and under the free one: found unquoted, not quoted.
    const options = { minEvidence: 7.5, minEvidenceClose: 1 };
    expect(partial([...base, [LONG_ZH, CUT_EN]], options).map((f) => f.source.sentences)).toEqual([[12]]);
    const quotedZh = `市长说：“${LONG_ZH.replace(/。$/, "")}。”`;
    const quotedCut = `The mayor said: "${CUT_EN}"`;
    expect(partial([...base, [quotedZh, quotedCut]], options)).toEqual([]);
    expect(partial([...base, [quotedZh, quotedCut]], { ...options, minEvidence: 3 }).map((f) => f.source.sentences)).toEqual([[12]]);
  });

  it("takes the items of a list that lost their numbers together: each alone is too short to judge", () => {
    const zh = "本届运动会共设40个大项、61个分项、481个小项，是历届规模最大的一届。";
    const cut = "The Games feature 40 sports, the largest program ever.";
    const whole = "The Games feature 40 sports, 61 disciplines and 481 events, the largest program ever.";
    const rules = ["partial-omission", "number-mismatch"];
    // The passage evidence out of reach: the lost numbers' clauses alone decide.
    const settings = { "partial-omission": { options: { minEvidence: 99, minEvidenceClose: 99, minEvidenceWithNumber: 99 } } };
    const findings = check([...base, [zh, cut]], rules, { settings });
    expect(findings.map((f) => f.rule)).toEqual(["partial-omission"]);
    expect(findings[0]!.message).toContain("“61个分项、481个小项” (61, 481 and 4 of its 4 words missing");
    expect(check([...base, [zh, whole]], rules, { settings })).toEqual([]);
    // By default the passage rule finds it too, with the clause after it: one finding still.
    expect(check([...base, [zh, cut]], rules).map((f) => f.rule)).toEqual(["partial-omission"]);
  });

  it("answers for the number of a clause cut at its thousands separator: one finding, not a number changed too", () => {
    const zh = "中欧班列去年开行4300列，比上年增加600列，货物运输量创下新高。";
    // "4,300" cut at its comma with the clause after it leaves "4": the number did not become 4.
    const cut = "A total of 4, 600 more than the year before, and freight volume hit a record high.";
    const whole = "A total of 4,300 China-Europe freight train trips were made last year, 600 more than the year before, and freight volume hit a record high.";
    const findings = check([...base, [zh, cut]], ["partial-omission", "number-mismatch"], { settings: { "partial-omission": { options: SMALL } } });
    expect(findings.map((f) => f.rule)).toEqual(["partial-omission"]);
    expect(findings[0]!.message).toMatch(/“中欧班列去年开行4300列” \(4300 and/);
    expect(check([...base, [zh, whole]], ["partial-omission", "number-mismatch"], { settings: { "partial-omission": { options: SMALL } } })).toEqual([]);
    // A number changed beside the cut is still reported.
    const changed = "A total of 4, 700 more than the year before, and freight volume hit a record high.";
    const rules = check([...base, [zh, changed]], ["partial-omission", "number-mismatch"], { settings: { "partial-omission": { options: SMALL } } }).map((f) => f.rule);
    expect(rules).toContain("number-mismatch");
  });

  describe("a clause that went with its number", () => {
    // A report's list of figures: the same words (收入, 增长; revenue, grew) in every clause, so a
    // clause cut from the translation still finds its words elsewhere in the sentence.
    const zh = "全市财政收入增长4.2%，其中税收收入增长3.8%，民生支出增长6.5%。";
    const whole = "The city's fiscal revenue grew 4.2 percent, of which tax revenue grew 3.8 percent, and spending on people's livelihoods grew 6.5 percent.";
    const cut = "The city's fiscal revenue grew 4.2 percent, and spending on people's livelihoods grew 6.5 percent.";
    const both = (target: string, options: Record<string, unknown> = {}) =>
      check([...base, [zh, target]], ["partial-omission", "number-mismatch"], { settings: { "partial-omission": { options } } });

    it("reports the clause, with the number, in place of a number-mismatch", () => {
      const findings = both(cut);
      expect(findings.map((f) => f.rule)).toEqual(["partial-omission"]);
      expect(findings[0]!.message).toMatch(/“其中税收收入增长3\.8%” \(3\.8% and \d+ of its \d+ words missing from the translation\)/);
      const [range] = findings[0]!.source.ranges;
      expect(sentences([...base.map((p) => p[0]), zh], "source").text.slice(range!.start, range!.end)).toBe("其中税收收入增长3.8%");
    });

    it("leaves a changed number or a number dropped from a translated clause to number-mismatch", () => {
      expect(both(whole)).toEqual([]);
      expect(both(whole.replace("3.8", "3.9")).map((f) => f.rule)).toEqual(["number-mismatch"]);
      const dropped = both(whole.replace("grew 3.8 percent", "also grew"));
      expect(dropped.map((f) => f.rule)).toEqual(["number-mismatch"]);
      expect(dropped[0]!.message).toContain("3.8% missing");
    });

    it("reports a cut clause whose words a later clause of the sentence repeats", () => {
      // 网上零售额 twice in the source, "online retail sales" once in the translation: it belongs to the
      // later clause, and the first went with 11.06万亿.
      const zh2 = "1至9月，全国网上零售额为11.06万亿元，增长8.9%，其中实物商品网上零售额占社会消费品零售总额的比重为25.6%。";
      const whole2 = "From January to September, online retail sales nationwide reached 11.06 trillion yuan, up 8.9 percent, with online retail sales of physical goods accounting for 25.6 percent of total retail sales of consumer goods.";
      const cut2 = "From January to September, up 8.9 percent, with online retail sales of physical goods accounting for 25.6 percent of total retail sales of consumer goods.";
      const run = (target: string) => check([...base, [zh2, target]], ["partial-omission", "number-mismatch"]);
      expect(run(whole2)).toEqual([]);
      const findings = run(cut2);
      expect(findings.map((f) => f.rule)).toEqual(["partial-omission"]);
      expect(findings[0]!.message).toContain("“全国网上零售额为11.06万亿元” (11.06万亿");
    });

    it("is off at maxFoundWithLostNumber 0", () => {
      expect(both(cut, { maxFoundWithLostNumber: 0 }).map((f) => f.rule)).toEqual(["number-mismatch"]);
    });
  });

  it("reports a clause once, found both by its words and by the number it lost", () => {
    const flipped = base.map(([zh, en]) => [en, zh] as [string, string]);
    const en = "China is our largest single trading partner, with two-way trade of $19.8 billion last year, and about 38 per cent of our soybean exports go there.";
    const findings = partial([...flipped, [en, "中国是我们最大的单一贸易伙伴，我们约38%的大豆出口都销往中国。"]], {}, "en", "zh");
    expect(findings.map((f) => f.source.sentences)).toEqual([[12]]);
    expect(findings[0]!.message).toContain("with two-way trade of $19.8 billion last year");
    // A run found by its words may stop before the clause's comma; it still covers the clause, so the
    // lost number's check does not report the clause a second time.
    const sentence = sentences([en], "source").list[0]!;
    const piece = (start: number, end: number) => ({ sentence, start, end, text: en.slice(start, end), length: end - start });
    const at = en.indexOf(" with");
    const comma = en.indexOf(", and") + 1;
    expect(covers([piece(at + 1, comma - 1)], piece(at, comma))).toBe(true);
    expect(covers([piece(at + 1, comma - 6)], piece(at, comma))).toBe(false);
  });

  it("reports the passage cut between two numbers whose ends the translation joined, and no changed number", () => {
    // "5,800 … and 1,200" cut from the first comma to the second reads "5,200": no translator's figure.
    const zh = "电力公司出动抢修人员5800人次、抢修车辆1200余辆。";
    const run = (target: string) => check([...base, [zh, target]], ["partial-omission", "number-mismatch"]);
    expect(run("The power company deployed 5,800 repair workers and more than 1,200 repair vehicles.")).toEqual([]);
    const joined = run("The power company deployed 5,200 repair vehicles.");
    expect(joined.map((f) => f.rule)).toEqual(["partial-omission"]);
    expect(joined[0]!.message).toContain("“5800人次、抢修车辆1200” (the translation's 5,200 is the start of 5800 joined to the end of 1200");
    expect(joined[0]!.target.ranges.length).toBe(1);
    // With partial-omission off, the number is still reported, as it reads.
    const alone = check([...base, [zh, "The power company deployed 5,200 repair vehicles."]], ["number-mismatch"]);
    expect(alone.map((f) => f.message)).toEqual(["numbers differ: 5800 became 5,200; 1200 missing in the English"]);
    // A figure changed in place is a changed number, whatever its digits.
    const changed = run("The power company deployed 5,800 repair workers and more than 1,300 repair vehicles.");
    expect(changed.map((f) => f.rule)).toEqual(["number-mismatch"]);
    expect(changed[0]!.message).toContain("1200 became 1,300");
    // 5,300 is the start of 5800 but the end of nothing: a changed number.
    expect(run("The power company deployed 5,300 repair vehicles.").map((f) => f.rule)).toEqual(["number-mismatch"]);
  });

  it("leaves a passage whose translation the aligner put in the next bead: misplaced, not missing", () => {
    // The translator split the sentence in two; the aligner gave the second half to the next bead.
    const zh = "市政府决定修建一座新医院，同时扩大公共交通网络，并且提高全体居民的医疗保险水平。";
    const pairs: Array<[string, string]> = [...base, [zh, ""], ["新公园的建设工作将于明年春天开始。", ""]];
    const targets = [...base.map((p) => p[1]), "The city government decided to build a new hospital and to expand the public transport network.", "It will also raise the level of medical insurance for all residents.", "Work on the new park will begin next spring."];
    const beads = (secondHalf: "here" | "next") => [
      ...base.map((_, i) => ({ source: [i], target: [i], score: 0.8 })),
      { source: [12], target: secondHalf === "here" ? [12, 13] : [12], score: 0.6 },
      { source: [13], target: secondHalf === "here" ? [14] : [13, 14], score: 0.6 },
    ];
    const run = (secondHalf: "here" | "next", second = targets[13]!) => check(pairs, ["partial-omission"], { beads: beads(secondHalf), targets: [...targets.slice(0, 13), second, targets[14]!], settings: { "partial-omission": { options: SMALL } } });
    expect(run("here")).toEqual([]);
    expect(run("next")).toEqual([]);
    // The next sentence says something else: the passage is missing.
    const missing = run("next", "Heavy snow closed the mountain roads for most of the winter.");
    expect(missing.map((f) => f.source.sentences)).toEqual([[12]]);
    expect(missing[0]!.message).toContain("提高全体居民的医疗保险水平");
  });

  it("leaves a passage whose translation stands alone past an added sentence, and reports only the added one", () => {
    // The translator split the sentence in two, and a sentence with no source came between the halves:
    // the aligner can keep neither half with the other.
    const zh = "市政府决定修建一座新医院，同时扩大公共交通网络，并且提高全体居民的医疗保险水平。";
    const pairs: Array<[string, string]> = [...base, [zh, ""], ["新公园的建设工作将于明年春天开始。", ""]];
    const added = "Heavy snow closed the mountain roads for most of the winter.";
    const run = (second: string) =>
      check(pairs, ["partial-omission", "addition"], {
        beads: [
          ...base.map((_, i) => ({ source: [i], target: [i], score: 0.8 })),
          { source: [12], target: [12], score: 0.6 },
          { source: [], target: [13], score: 0 },
          { source: [], target: [14], score: 0 },
          { source: [13], target: [15], score: 0.6 },
        ],
        targets: [...base.map((p) => p[1]), "The city government decided to build a new hospital and to expand the public transport network.", added, second, "Work on the new park will begin next spring."],
        settings: { "partial-omission": { options: SMALL } },
      }).map((f) => `${f.rule} ${f.source.sentences}:${f.target.sentences}`);
    expect(run("It will also raise the level of medical insurance for all residents.")).toEqual(["addition :13"]);
    // A second sentence that says something else: the passage is missing, and both sentences added.
    expect(run("Ticket prices at the museum will rise by a fifth next year.")).toEqual(["partial-omission 12:12", "addition :13", "addition :14"]);
  });

  it("leaves a passage with its number whose translation, number and all, the aligner put in the next bead", () => {
    // The dictionary finds few of the second half's words (调集 "mobilized", 大型 "heavy"), but its number
    // is in the next bead's first sentence.
    const zh = "当地共出动消防救援人员260余名、车辆48辆，并调集挖掘机、装载机等大型机械31台。";
    const pairs: Array<[string, string]> = [...base, [zh, ""], ["新公园的建设工作将于明年春天开始。", ""]];
    const first = "More than 260 firefighters and 48 vehicles have been dispatched locally.";
    const beads = [
      ...base.map((_, i) => ({ source: [i], target: [i], score: 0.8 })),
      { source: [12], target: [12], score: 0.6 },
      { source: [13], target: [13, 14], score: 0.6 },
    ];
    const run = (second: string) =>
      check(pairs, ["partial-omission"], { beads, targets: [...base.map((p) => p[1]), first, second, "Work on the new park will begin next spring."], settings: { "partial-omission": { options: SMALL } } });
    expect(run("A total of 31 pieces of heavy machinery, including excavators and loaders, have also been mobilized.")).toEqual([]);
    // The next sentence says something else: the passage, and its number, are missing.
    const missing = run("Heavy snow closed the mountain roads for most of the winter.");
    expect(missing.map((f) => f.source.sentences)).toEqual([[12]]);
    expect(missing[0]!.message).toContain("31");
  });

  it("reports a passage gone with its number, and not the same passage translated", () => {
    const zh = "全市新增就业12万人，完成全年目标的八成以上；脱贫劳动力务工规模逾3000万人，保持总体稳定。";
    const kept = "The city created 120,000 new jobs, more than 80 percent of the annual target, while the number of employed workers lifted out of poverty exceeded 30 million, remaining generally stable.";
    const cut = "The city created 120,000 new jobs, more than 80 percent of the annual target, remaining generally stable.";
    const run = (target: string) => partial([...base, [zh, target]], { minEvidence: 2 }).map((f) => f.message);
    expect(run(kept)).toEqual([]);
    expect(run(cut).join()).toContain("3000万");
  });

  it("does not alarm on punctuation that differs between the languages", () => {
    const pairs: Array<[string, string]> = [
      ...base,
      // 、 enumerations become "and"; full-width marks and quotes; a dash; a colon before a quote.
      ["他买了苹果、香蕉、橘子和葡萄，然后回家了。", "He bought apples, bananas, oranges and grapes, and then went home."],
      ["老师说：“明天上午九点考试，不要迟到。”", "The teacher said, \"The exam is at nine tomorrow morning; don't be late.\""],
      ["这座桥——全长一千二百米——是去年建成的。", "The bridge, 1,200 metres long, was completed last year."],
      ["会议讨论了三个问题：教育，医疗，住房。", "The meeting discussed three issues: education, health care and housing."],
      // Clauses merged in the English without a comma.
      ["天黑了，路上没有人，他一个人慢慢地走回家。", "It was dark and there was nobody on the road as he walked home slowly alone."],
      // Clauses in another order.
      ["因为下大雨，比赛推迟到了下周，观众都很失望。", "The spectators were disappointed that the match was put off until next week because of the heavy rain."],
    ];
    expect(partial(pairs)).toEqual([]);
  });

  it("finds a left-out clause in a short document on one topic, whose sentences share their words", () => {
    const topical: Array<[string, string]> = [
      ["北京今年新开通了三条地铁线路。", "Beijing opened three new subway lines this year."],
      ["北京的地铁线路总长度超过八百公里。", "The total length of Beijing's subway lines exceeds 800 kilometres."],
      ["北京市民每天乘坐地铁上下班。", "Beijing residents take the subway to and from work every day."],
      ["北京地铁的票价在全国城市中比较便宜。", "Beijing subway fares are relatively cheap among the country's cities."],
      ["北京计划明年再修建两条地铁线路，同时在郊区增设一百个公交车站，并且延长夜间地铁的运营时间。", "Beijing plans to build two more subway lines next year, and to extend the operating hours of the subway at night."],
    ];
    const findings = partial(topical);
    expect(findings.map((f) => f.source.sentences)).toEqual([[4]]);
    expect(findings[0]!.message).toContain("公交车站");
  });

  it("needs more evidence by default than a document this small can give", () => {
    expect(partial([...base, [LONG_ZH, CUT_EN]], {})).toEqual([]);
  });

  it("says nothing on a bead whose whole translation is missing or on an empty side", () => {
    const pairs: Array<[string, string]> = [...base, [LONG_ZH, ""]];
    expect(partial(pairs)).toEqual([]);
  });

  it("weighs a missing clause above a translated one in the evidence it computes", () => {
    const pairs: Array<[string, string]> = [...base, [LONG_ZH, CUT_EN], [LONG_ZH, LONG_EN]];
    const src = sentences(pairs.map((p) => p[0]), "source").list;
    const tgt = sentences(pairs.map((p) => p[1]), "target").list;
    const beads = pairs.map((_, i) => ({ source: [i], target: [i], score: 0.8 }));
    const index = omissionIndex(src, tgt, beads, true, resources());
    const runs = omittedRuns(index, "zh", { minLength: { zh: 6, en: 25 }, maxClauses: 3, maxShare: 0.9, prior: 4, chanceFactor: 2, maxLengthEvidence: 6 });
    const score = (i: number) => runs.filter((r) => r.bead.source[0] === i).map((r) => r.lexical + r.length)[0] ?? -Infinity;
    expect(score(12)).toBeGreaterThan(score(13) + 8);
    const cut = runs.find((r) => r.bead.source[0] === 12)!;
    expect(cut.length).toBeGreaterThan(0);
    expect(cut.found).toBe(0);
  });

  it("shrinks a word's hit rate towards the document's rate for its kind of word", () => {
    const pairs: Array<[string, string]> = [...base, [LONG_ZH, CUT_EN]];
    const src = sentences(pairs.map((p) => p[0]), "source").list;
    const tgt = sentences(pairs.map((p) => p[1]), "target").list;
    const beads = pairs.map((_, i) => ({ source: [i], target: [i], score: 0.8 }));
    const index = omissionIndex(src, tgt, beads, true, resources());
    // Kinds the document has no word of fall back on its mean; those it has learn their own rate.
    expect(index.kindMean.zh).toHaveLength(12);
    expect(Array.from(index.kindMean.en).slice(3)).toEqual(Array(9).fill(index.mean.en));
    expect(Array.from(index.kindMean.zh).filter((m) => Math.abs(m - index.mean.zh) > 0.05).length).toBeGreaterThanOrEqual(2);
    // With a heavy prior a word's rate is its kind's: missing words that are usually found weigh more.
    const limits = { minLength: { zh: 6, en: 25 }, maxClauses: 3, maxShare: 0.9, prior: 1000, chanceFactor: 2, maxLengthEvidence: 6 };
    const lexical = (m: number) => {
      index.kindMean.zh.fill(m);
      return omittedRuns(index, "zh", limits).find((r) => r.bead.source[0] === 12)!.lexical;
    };
    expect(lexical(0.9)).toBeGreaterThan(lexical(0.3) + 5);
  });
});

describe("exclusiveHits", () => {
  // A dictionary of three words: 甲 is "alpha" or "beta", 乙 only "alpha", 丙 only "delta".
  const tsv = [["丙", "delta"], ["乙", "alpha"], ["甲", "alpha beta"]].map(([w, g]) => `${w}\t${g!.split(" ").map(stem).join(" ")}\tx`).join("\n");
  const dictionary = parseDictionary(tsv);
  const res = { dictionary, words: dictionarySegmenter(dictionary) };
  const hitsOf = (zh: string, en: string) => {
    const index = omissionIndex(sentences([zh], "source").list, sentences([en], "target").list, [{ source: [0], target: [0], score: 1 }], true, res);
    const h = exclusiveHits(index, 0);
    return { zh: [...h.zh], en: [...h.en] };
  };

  it("pairs every word it can, one for one, where the nearest pairs first would leave two over", () => {
    // Nearest first gives "alpha" to 甲; then 乙 has nothing and "beta" neither. 甲 moves to "beta".
    expect(hitsOf("甲乙", "alpha gamma beta")).toEqual({ zh: [1, 1], en: [1, 0, 1] });
    expect(hitsOf("甲丙乙", "alpha delta beta")).toEqual({ zh: [1, 1, 1], en: [1, 1, 1] });
  });

  it("still counts a word once: two 乙 and one alpha leave one 乙 over", () => {
    expect(hitsOf("乙丙乙", "alpha delta")).toEqual({ zh: [1, 1, 0], en: [1, 1] });
  });

  it("reads a currency sign as its word: US$3.8 million finds 美元", () => {
    // Entries sorted by headword, as the dictionary index is (its look-ups are binary searches).
    const money = parseDictionary([["欧元", "euro"], ["美元", "american dollar"]].map(([w, g]) => `${w}\t${g!.split(" ").map(stem).join(" ")}\tx`).join("\n"));
    const r = { dictionary: money, words: dictionarySegmenter(money) };
    const index = omissionIndex(sentences(["还需380万美元和20万欧元"], "source").list, sentences(["a further US$3.8 million and €0.2 million"], "target").list, [{ source: [0], target: [0], score: 1 }], true, r);
    const h = exclusiveHits(index, 0);
    const hit = (side: "zh" | "en", key: string) => h[side][index[side].units.findIndex((u) => u.key === key)];
    expect(hit("zh", "美元")).toBe(1);
    expect(hit("zh", "欧元")).toBe(1);
    expect(hit("en", stem("dollar"))).toBe(1);
  });
});

