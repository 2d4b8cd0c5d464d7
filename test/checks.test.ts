import { describe, expect, it } from "vitest";
import { chineseNumbers, englishNumbers, parseHanNumber } from "../src/align/numbers.js";
import { candidates, sameMention, side, surplus, unmatched, type Mention } from "../src/checks/number-mismatch.js";
import { selectRules } from "../src/checks/select.js";
import { clausesOf } from "../src/checks/clauses.js";
import { showDiff } from "../src/checks/inconsistency.js";
import { sentenceSpots } from "../src/checks/typography.js";
import { parseDelimited, parseTbx } from "../src/io/glossary.js";
import { check, readFixture, sentences } from "./checks-helpers.js";

/** Per fixture line, the rules that reported on it (by target sentence, else source). */
function perLine(name: string, rule: string): { got: string[][]; expected: string[][] } {
  const f = readFixture(name);
  const findings = check(f.pairs, [rule], { from: f.from, to: f.to });
  const got = f.pairs.map((): string[] => []);
  for (const x of findings) {
    const line = x.target.sentences[0] ?? x.source.sentences[0]!;
    got[line]!.push(x.rule);
  }
  return { got, expected: f.expected };
}

describe("fixtures with expected findings beside each line", () => {
  for (const [file, rule] of [
    ["number-mismatch.tsv", "number-mismatch"],
    ["untranslated.tsv", "untranslated"],
    ["untranslated-en-zh.tsv", "untranslated"],
    ["typography.tsv", "typography"],
    ["link-mismatch.tsv", "link-mismatch"],
  ] as const) {
    it(`${file}: ${rule} fires exactly on the marked lines`, () => {
      const { got, expected } = perLine(file, rule);
      expect(got).toEqual(expected);
    });
  }
});

describe("numbers by value", () => {
  const zh = (t: string) => chineseNumbers(t).map((n) => n.value);
  const en = (t: string) => englishNumbers(t).map((n) => n.value);
  it("reads Chinese numerals, scales, percentages, ordinals and years", () => {
    expect(zh("二十大")).toEqual([20]);
    expect(chineseNumbers("二十大")[0]!.ordinal).toBe(true);
    expect(zh("两百")).toEqual([200]);
    expect(zh("三点五倍")).toEqual([3.5]);
    expect(zh("一万二千人")).toEqual([12000]);
    expect(zh("3.5亿元")).toEqual([350000000]);
    expect(zh("1万亿条边")).toEqual([1e12]);
    expect(zh("百分之十五")).toEqual([15]);
    expect(chineseNumbers("百分之十五")[0]!.percent).toBe(true);
    expect(zh("千分之三")).toEqual([0.3]);
    expect(zh("第二十章")).toEqual([20]);
    expect(zh("二〇二一年")).toEqual([2021]);
    expect(zh("１２３个")).toEqual([123]);
    expect(zh("1,000,000元")).toEqual([1000000]);
    expect(zh("一万零五")).toEqual([10005]);
    expect(zh("17世纪70年代")).toEqual([1670]);
    expect(zh("7：30出发")).toEqual([7.3]);
    // Clock times as one number, like English 4:30; 点 as a decimal point stays one.
    expect(zh("凌晨4时30分登陆")).toEqual([4.3]);
    expect(zh("下午三点半开会")).toEqual([3.3]);
    expect(zh("七点十五分出发")).toEqual([7.15]);
    expect(zh("三点五亿元")).toEqual([350000000]);
    // 八成 = 80%, but not 八成是 ("most likely") or the 成 of 成本.
    expect(zh("保持在八成左右")).toEqual([80]);
    expect(chineseNumbers("近七成的居民")[0]!.percent).toBe(true);
    expect(zh("八成是他干的")).toEqual([]);
    expect(zh("成本下降三成。")).toEqual([30]);
    // After "nearly", "about", "over", whatever follows: 近四成表示 is "nearly 40% said".
    expect(zh("有近四成表示曾在网上遭遇过言语攻击")).toEqual([40]);
    expect(zh("近八成左右")).toEqual([80]);
  });
  it("does not read words or rough counts as numbers", () => {
    expect(zh("统一了一些看法")).toEqual([]);
    // 陆 is also the financial 6, but 登陆 and 大陆 are words, at the end of a text too.
    expect(zh("台风在沿海登陆")).toEqual([]);
    expect(zh("七八个人")).toEqual([]);
    expect(zh("三四百人")).toEqual([]);
    expect(parseHanNumber("七八")).toBeNaN();
    expect(zh("100cm2")).toEqual([100]);
  });
  it("reads English digits, words, scales, ordinals and decades", () => {
    expect(en("the 20thNational Congress in 2021")).toEqual([20, 2021]);
    expect(en("a five-year plan")).toEqual([5]);
    expect(en("3.5 million and 15%")).toEqual([3500000, 15]);
    expect(en("twenty-five thousand")).toEqual([25000]);
    expect(en("three hundred")).toEqual([300]);
    expect(en("the late twentieth century")).toEqual([20]);
    expect(en("the early seventies")).toEqual([70]);
    expect(en("nearly 100 000 particles")).toEqual([100000]);
    expect(en("one trillion")).toEqual([1e12]);
    // The number of a name only vouches for the same number written out (二十国集团): form "name".
    expect(englishNumbers("COVID-19 and G20").map((n) => [n.value, n.form])).toEqual([[19, "name"], [20, "name"]]);
    expect(englishNumbers("The NX-500 index rose 1.1 percent.").map((n) => [n.value, n.form])).toEqual([[500, "name"], [1.1, "digits"]]);
    // A heading's Roman numeral vouches for its Chinese 一、 or 四、; the initials of a name are none.
    expect(englishNumbers("IV. Trade and Investment").map((n) => [n.value, n.form])).toEqual([[4, "name"]]);
    expect(englishNumbers("XII) Closing Remarks").map((n) => [n.value, n.form])).toEqual([[12, "name"]]);
    expect(englishNumbers("I. M. Pei designed it.")).toEqual([]);
    expect(englishNumbers("I think so.")).toEqual([]);
    expect(englishNumbers("a ligand for TLR 9 in CHAPTER 12").map((n) => [n.value, n.form])).toEqual([[9, "name"], [12, "digits"]]);
    expect(en("DEFINITION 2 and EXAMPLE 1 on PAGE 30")).toEqual([2, 1, 30]);
    expect(englishNumbers("IN THE SPRING OF 1977, TLR 9").map((n) => [n.value, n.form])).toEqual([[1977, "digits"], [9, "name"]]);
    expect(en("at 10:30")).toEqual([10.3]);
  });
  it("reads news and report figures: plans, p.m., midnight, noon, half, 余万", () => {
    // “十四五” is the 14th Five-Year Plan: its ordinal and the five of "five-year".
    const plan = chineseNumbers("“十四五”规划开局良好");
    expect(plan.map((n) => [n.value, n.ordinal ?? false])).toEqual([[14, true], [5, false]]);
    expect(zh("十三五时期")).toEqual([13, 5]);
    expect(zh("五年规划")).toEqual([5]);
    expect(zh("全省接待游客5000余万人次")).toEqual([5e7]);
    // 6:30 p.m. stands for 18:30 too; 12 a.m. for 0; a time in the morning for itself alone.
    expect(englishNumbers("at 6:30 p.m. sharp").map((n) => [n.value, n.also])).toEqual([[6.3, 18.3]]);
    expect(englishNumbers("ended at 8 pm").map((n) => [n.value, n.also])).toEqual([[8, 20]]);
    expect(englishNumbers("at 12 a.m.").map((n) => [n.value, n.also])).toEqual([[12, 0]]);
    expect(englishNumbers("at 9 a.m.").map((n) => n.also)).toEqual([undefined]);
    expect(englishNumbers("As of midnight").map((n) => [n.value, n.also])).toEqual([[0, 24]]);
    // 下午4点 stands for 16:00 too, as "4 p.m." does; 上午9点 for itself alone.
    expect(chineseNumbers("美国东部时间下午4点发布").map((n) => [n.value, n.also])).toEqual([[4, 16]]);
    expect(chineseNumbers("晚上8时30分").map((n) => [n.value, n.also])).toEqual([[8.3, 20.3]]);
    expect(chineseNumbers("上午9点").map((n) => n.also)).toEqual([undefined]);
    expect(en("at noon")).toEqual([12]);
    expect(en("invest $5bn and €3.2m, a 5bn-yuan plan, 5m tall")).toEqual([5e9, 3.2e6, 5e9, 5]);
    expect(englishNumbers("in mid-2021, after pre-1949 days").map((n) => [n.value, n.form])).toEqual([[2021, "digits"], [1949, "digits"]]);
    // News style abbreviates a month before its day.
    expect(en("said on Oct. 18")).toEqual([10, 18]);
    expect(en("on Sept. 20 and Dec.")).toEqual([9, 20]);
    const half = englishNumbers("Nearly half of them");
    expect(half.map((n) => [n.value, n.percent, n.form])).toEqual([[50, true, "words"]]);
  });
  it("reads sports results: race times to the hundredth, relays, sub-10, a quarter-point", () => {
    // 1分54秒37 is 1:54.37 and 9秒98 is 9.98 seconds: one number each, in seconds.
    expect(zh("许婧以1分54秒37夺冠，韩子墨以9秒98夺冠")).toEqual([114.37, 9.98]);
    expect(en("won in 1:54.37, then 9.98 seconds")).toEqual([114.37, 9.98]);
    // A marathon's 2:08:15 is read part by part, as 2小时08分15秒 is; a clock time stays one.
    expect(en("crossed the line in 2:08:15")).toEqual([2, 8, 15]);
    expect(zh("以2小时08分15秒率先撞线")).toEqual([2, 8, 15]);
    expect(en("started at 7:30 a.m.")).toEqual([7.3]);
    // The 100 of a 4x100m relay, the 10 of a sub-10 run and of the under-20s are numbers.
    expect(en("the men's 4x100m medley relay")).toEqual([4, 100]);
    expect(en("the third sub-10 run of his career")).toEqual([3, 10]);
    expect(en("the under-20s and the top-10 list")).toEqual([20, 10]);
    // After a lower-case word and a hyphen a number counts (a 2-hour-47-minute match); after a
    // capitalised one it names something (COVID-19, read as a name's number).
    expect(en("a 2-hour-47-minute quarterfinal")).toEqual([2, 47]);
    // A mixed number has a small whole part: a year before a fraction is a year.
    expect(en("at 4-1/4 to 4 1/2 percent, 2¾")).toEqual([4.25, 4.5, 2.75]);
    expect(en("In 2024 1/3 of households")).toEqual([2024, 1, 3]);
    expect(en("Mid-2021 and Sub-10 runs")).toEqual([2021, 10]);
    expect(englishNumbers("COVID-19").map((n) => n.form)).toEqual(["name"]);
    // A telephone number in international form is no quantity, in either language.
    expect(en("call +41 22 555 0147 today")).toEqual([]);
    expect(en("call +44 (0)161 555 0142 today")).toEqual([]);
    expect(zh("电话：+44 (0)161 555 0142")).toEqual([]);
    expect(zh("电话：+41 22 555 0147")).toEqual([]);
    expect(en("22 555 people")).toEqual([22555]);
    // A quarter-point cut is 25 basis points or 0.25 percentage points, and only vouches.
    const quarter = englishNumbers("an immediate quarter-point cut");
    expect(quarter.map((n) => [n.value, n.also, n.form])).toEqual([[25, 0.25, "words"]]);
  });
  it("takes what a cut at a thousands comma left of a number for no number of its own", () => {
    const one = (text: string, lang: "zh" | "en", index = 0) => side([0], [{ side: "source", index, text, start: 0, end: text.length, startPos: { line: 1, column: 1 }, endPos: { line: 1, column: 1 }, kind: "text" }], lang);
    const zh = one("中欧班列开行4300列，比上年增加600列。", "zh");
    const texts = (u: { a: Mention[]; b: Mention[] }) => [u.a.map((m) => m.text), u.b.map((m) => m.text)];
    expect(texts(unmatched(zh, one("A total of 4, 600 more than the year before.", "en")))).toEqual([["4300"], []]);
    // A changed number stays one, and so does a number that only begins like it.
    expect(texts(unmatched(zh, one("A total of 38, 600 more than the year before.", "en")))).toEqual([["4300"], ["38"]]);
    expect(texts(unmatched(zh, one("A total of 43 trains, 600 more than the year before.", "en")))).toEqual([["4300"], ["43"]]);
    expect(texts(unmatched(one("研发投入强度达到2.6%，高新技术企业超过1.5万家。", "zh"), one("R&D spending reached 2.6 percent of GDP,000.", "en")))).toEqual([["1.5万"], []]);
    // Decimals after the comma: the index's 19,845.62 cut with the clause before it.
    expect(texts(unmatched(one("恒生指数收报19845.62点，涨0.93%。", "zh"), one("In Hong Kong,845.62 points, up 0.93 percent.", "en")))).toEqual([["19845.62"], []]);
    expect(texts(unmatched(one("恒生指数收报19845.62点，涨0.93%。", "zh"), one("The index closed at 845.62 points, up 0.93 percent.", "en")))).toEqual([["19845.62"], ["845.62"]]);
  });
  it("finds the number written more often in the translation than in its source: where a lost one went", () => {
    const one = (text: string, lang: "zh" | "en") => side([0], [{ side: "source", index: 0, text, start: 0, end: text.length, startPos: { line: 1, column: 1 }, endPos: { line: 1, column: 1 }, kind: "text" }], lang);
    const zh = one("本届亚运会将持续到10月8日，历时16天。", "zh");
    expect(surplus(one("The Games will run until Oct. 16, lasting 16 days.", "en"), zh).map((m) => m.text)).toEqual(["16"]);
    expect(surplus(one("The Games will run until Oct. 8, lasting 16 days.", "en"), zh)).toEqual([]);
    // The month's name takes the 10 of 10月: a day changed to 10 is the 10 over.
    expect(surplus(one("The Games will run until Oct. 10, lasting 16 days.", "en"), zh).map((m) => m.text)).toEqual(["10"]);
    // A value the source never writes is unmatched, not surplus.
    expect(surplus(one("The Games will run until Oct. 9, lasting 16 days.", "en"), zh)).toEqual([]);
  });
  it("tests a number against the mentions within reach of its value alone, and misses none of them", () => {
    // Rounded copies (2.726 for 2.7255), decades written short (85 for 1985), values read two ways
    // (6 p.m. = 18), whole numbers beside decimals (1 against 1.11, never a rounded copy): a side of more
    // than 16 numbers is searched by value, which must find what testing every mention finds.
    const pool = [1, 1.11, 1.1, 1.2, 0.95, 2.7255, 2.726, 2.73, 2.7, 3, 85, 1985, 2085, 1885, 6, 18, 12.5, 12.45, 12.4, 1e9, 1e9 + 1, 100, 99.96, 99.9, 0.05, 0.1];
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = () => pool[Math.floor(rand() * pool.length)]!;
    const sentence = { side: "source" as const, index: 0, text: "", start: 0, end: 0, startPos: { line: 1, column: 1 }, endPos: { line: 1, column: 1 }, kind: "text" as const };
    const mention = (value: number, also?: number): Mention => ({ mention: { value, start: 0, end: 0, form: "digits", ...(also === undefined ? {} : { also }) }, sentence, text: String(value) });
    for (let round = 0; round < 20; round++) {
      const numbers = Array.from({ length: 17 + Math.floor(rand() * 30) }, () => (rand() < 0.2 ? mention(pick(), pick()) : mention(pick())));
      const near = candidates({ lang: "en", sentences: [sentence], numbers });
      for (const v of pool) {
        for (const x of [mention(v), mention(v, pick())]) {
          const test = (y: Mention) => sameMention(x.mention, y.mention);
          expect(near(x, test), `${x.mention.value}/${x.mention.also}`).toBe(numbers.some(test));
        }
      }
    }
  });
  it("keeps the aligner's anchors: numbers have offsets into the text", () => {
    const t = "展望2022年";
    const [n] = chineseNumbers(t);
    expect(t.slice(n!.start, n!.end)).toBe("2022");
  });
});

describe("number-mismatch", () => {
  it("reads mixed numbers, codes after a hyphen, pixels and power as the translation converts them", () => {
    const en = (s: string, z: string) => check([[s, z]], ["number-mismatch"], { from: "en", to: "zh" });
    // A central bank's 4-1/4 to 4-1/2 percent is 4.25% to 4.50%; 4-3/4 is not 4.50.
    expect(en("The target range stays at 4-1/4 to 4-1/2 percent.", "目标区间维持在4.25%至4.50%。")).toEqual([]);
    expect(en("The target range stays at 4-1/4 to 4-3/4 percent.", "目标区间维持在4.25%至4.50%。")).toHaveLength(1);
    // The 500 of NX-500 names the index, on both sides.
    expect(en("The NX-500 index closed up 1.1 percent.", "NX-500指数收涨1.1%。")).toEqual([]);
    // 5,000万像素 is 50 megapixels; 1200万千瓦 is 12 gigawatts; 1亿千瓦时 is 100 gigawatt-hours.
    expect(en("It has a 50-megapixel main sensor.", "它配备一颗5,000万像素主摄。")).toEqual([]);
    expect(en("It has a 48-megapixel main sensor.", "它配备一颗5,000万像素主摄。")).toHaveLength(1);
    expect(en("Installed capacity reached 12 gigawatts, generating 100 gigawatt-hours.", "装机容量达到1200万千瓦，发电1亿千瓦时。")).toEqual([]);
    expect(en("Installed capacity reached 15 gigawatts.", "装机容量达到1200万千瓦。")).toHaveLength(1);
    // A small number of a ratio or a score counts: a 1:1 ratio is not 2:1; Figure 2-1 is a reference.
    expect(en("Patients were assigned in a 1:1 ratio to colchicine or placebo.", "患者按2:1的比例分别接受秋水仙碱或安慰剂。")).toHaveLength(1);
    expect(en("Patients were assigned in a 1:1 ratio to colchicine or placebo.", "患者按1:1的比例分别接受秋水仙碱或安慰剂。")).toEqual([]);
    // "Zhang and 11 others" are twelve: 张某某等12人; "Zhang and 10 others" are not.
    expect(check([["检察院对张某某等12人提起公诉。", "Prosecutors indicted Zhang and 11 others."]], ["number-mismatch"])).toEqual([]);
    expect(check([["检察院对张某某等12人提起公诉。", "Prosecutors indicted Zhang and 10 others."]], ["number-mismatch"])).toHaveLength(1);
  });
  it("finds a number missing from its bead in the next sentence past one aligned with nothing", () => {
    const pairs: Array<[string, string]> = [
      ["研讨会将于明年春天举行，来自六个国家的16位嘉宾将发表演讲。", "The symposium will be held next spring."],
      ["门票价格保持不变。", "Heavy snow closed the mountain roads for most of the winter."],
      ["", "There will be 16 speakers from six countries."],
      ["", "Ticket prices remain unchanged."],
    ];
    const beads = [
      { source: [0], target: [0], score: 0.6 },
      { source: [], target: [1], score: 0 },
      { source: [], target: [2], score: 0 },
      { source: [1], target: [3], score: 0.8 },
    ];
    const run = (second: string) => check(pairs, ["number-mismatch"], { beads, targets: [pairs[0]![1], pairs[1]![1], second, pairs[3]![1]] }).map((f) => f.message);
    expect(run(pairs[2]![1])).toEqual([]);
    expect(run("There will be speakers from six countries.")).toEqual(["numbers differ: 16 missing in the English"]);
  });
  it("reports a changed number with both spots", () => {
    const [f] = check([["会议于2021年召开。", "The meeting opened in 2012."]], ["number-mismatch"]);
    expect(f?.message).toContain("2021 became 2012");
    expect(f?.source.ranges).toHaveLength(1);
    expect(f?.target.ranges).toHaveLength(1);
  });
  it("finds no mismatch on the seed's numbers (二十大 ↔ 20th, 2021, 2022)", () => {
    const findings = check(
      [
        ["2021年在党和国家历史上是具有里程碑意义的一年。", "2021 is the milestone in the history of the Party and the country."],
        ["展望2022年,北京将在迎接党的二十大胜利召开过程中继续前进。", "Looking into the year 2022,Beijing will keep going while welcoming the opening of the 20thNational Congress."],
        ["编制首个五年规划。", "The first five-year plan was published."],
      ],
      ["number-mismatch"],
    );
    expect(findings).toEqual([]);
  });
  it("does not accuse a number the aligner put one bead off", () => {
    const findings = check(
      [
        ["他们在1998年相识。", "They met"],
        ["后来结了婚。", "in 1998 and later married."],
      ],
      ["number-mismatch"],
    );
    expect(findings).toEqual([]);
  });
  it("takes sports results as the agency's English writes them", () => {
    const pairs: Array<[string, string]> = [
      ["韩子墨以9秒98的成绩夺冠，这是他个人第三次跑进10秒。", "Han Zimo won in 9.98 seconds for the third sub-10 run of his career."],
      ["男子4×100米混合泳接力决赛中，东川队以3分31秒06打破全国纪录。", "In the men's 4x100m medley relay final, Dongchuan set a national record of 3:31.06."],
    ];
    expect(check(pairs, ["number-mismatch"])).toEqual([]);
    const [f] = check([["东川队以3分31秒06打破全国纪录。", "Dongchuan set a national record of 3:31.60."]], ["number-mismatch"]);
    expect(f?.message).toContain("3分31秒06 became 3:31.60");
  });
  it("takes 下午4点 for 16:00", () => {
    expect(check([["声明于下午4点发布。", "The statement was released at 16:00."]], ["number-mismatch"])).toEqual([]);
    expect(check([["声明于上午4点发布。", "The statement was released at 16:00."]], ["number-mismatch"])[0]?.message).toContain("4 became 16:00");
  });
  // One English sentence and its Chinese translation, number-mismatch alone.
  const enZh = (en: string, zh: string) => check([[en, zh]], ["number-mismatch"], { from: "en", to: "zh" });
  it("never pairs a time of day with a percentage", () => {
    const en = "In a statement released at 2 p.m. EST, the bank said inflation was moving toward its 2% goal.";
    const [f] = enZh(en, "美联储在美国东部时间下午4点发布的声明中表示，通胀正朝2%的目标回落。");
    expect(f?.message).toContain("2 became 4");
    expect(enZh(en, "美联储在美国东部时间下午2点发布的声明中表示，通胀正朝2%的目标回落。")).toEqual([]);
  });
  it("reports a month changed, though month names only vouch and the day pairs with the month by chance", () => {
    const en = "Our formal request was lodged with the depositary in Singapore on 2 February.";
    const [f] = enZh(en, "10月2日，我们向位于新加坡的协定保存方正式递交了加入申请。");
    expect(f?.message).toContain("February became 10");
    expect(enZh(en, "2月2日，我们向位于新加坡的协定保存方正式递交了加入申请。")).toEqual([]);
    // "May" opening a sentence may be the verb: no month.
    expect(enZh("May the talks succeed, as they did on 3 October.", "愿谈判取得成功，就像10月3日那样。")).toEqual([]);
  });
  it("reports a telephone number changed, and none kept", () => {
    const en = "For more information, please contact the press office, +41 22 555 0147.";
    const [f] = enZh(en, "欲了解更多信息，请联系新闻办公室，电话：+49 22 555 0147。");
    expect(f?.message).toContain("+41 22 555 0147 became +49 22 555 0147");
    expect(enZh(en, "欲了解更多信息，请联系新闻办公室，电话：+41 22 555 0147。")).toEqual([]);
  });
  it("reports a small number dropped where the translation writes another number once too often", () => {
    const en = "The campaign aims to immunize 12.4 million children aged 6–59 months over a period of 10 days.";
    const [f] = enZh(en, "此次接种运动的目标是在10天内为1240万名10至59月龄儿童接种疫苗。");
    expect(f?.message).toContain("6 became 10");
    // A small number only dropped stays quiet, and so does a part of an equation's number.
    expect(enZh(en, "此次接种运动的目标是在10天内为1240万名59月龄以下儿童接种疫苗。")).toEqual([]);
    expect(enZh("Equation (2-1) holds where g(t) is 0.", "方程（2.1）在 g（t）=0 且 x（t）=0 时成立。")).toEqual([]);
  });
  it("leaves an ordinal the translation gives where the source says 本届, when the source names it elsewhere", () => {
    const opening: [string, string] = ["第十六届全国运动会21日进入第七个比赛日。", "The 16th National Games entered its seventh day on Sept. 21."];
    const closing: [string, string] = ["本届全运会共设35个大项。", "The 16th National Games feature 35 sports."];
    // Beads apart, so that the number is not one the aligner put a bead off.
    const between: Array<[string, string]> = [["比赛在青岚举行。", "The competition is held in Qinglan."], ["天气晴朗。", "The weather was fine."]];
    expect(check([opening, ...between, closing], ["number-mismatch"])).toEqual([]);
    // Without the source's own 第十六届, the 16th is the translation's alone.
    const [f] = check([["全运会21日进入第七个比赛日。", "The Games entered its seventh day on Sept. 21."], ...between, closing], ["number-mismatch"]);
    expect(f?.message).toContain("16th not in the Chinese");
  });
  it("reports a number cut from a sentence whose bead matches poorly only because the number's clause went with it", () => {
    const pair: [string, string] = ["我们扎实推进乡村振兴，农村居民人均可支配收入增长7.8%。", "We made solid progress in rural revitalization."];
    const weak = [{ source: [0], target: [0], score: 0.19 }];
    const [f] = check([pair], ["number-mismatch"], { beads: weak });
    expect(f?.message).toContain("7.8% missing in the English");
    // The same weak bead between unrelated sentences is the aligner's doubt, not the translator's loss.
    expect(check([[pair[0], "The weather was cold and the wind was strong."]], ["number-mismatch"], { beads: weak })).toEqual([]);
  });
});

describe("number-mismatch: codes", () => {
  it("reports a satellite's or a model's code whose digits changed before its letters (启明-1A became Qiming-3A)", () => {
    const [f] = check([["两颗立方星“启明-1A”和“启明-1B”同时入轨。", "Two CubeSats, Qiming-3A and Qiming-1B, entered orbit together."]], ["number-mismatch"]);
    expect(f?.message).toContain("1A became 3A");
    expect(check([["两颗立方星“启明-1A”和“启明-1B”同时入轨。", "Two CubeSats, Qiming-1A and Qiming-1B, entered orbit together."]], ["number-mismatch"])).toEqual([]);
    // Codes of other letters do not pair: 5G is no 1A.
    expect(check([["启明-1A卫星支持5G通信。", "The Qiming satellite supports 5G communications."]], ["number-mismatch"])).toEqual([]);
  });
});

describe("untranslated", () => {
  it("names the source of a copied sentence even when the aligner left it unaligned", () => {
    const findings = check(
      [
        ["第一句话很长很长。", "The first sentence is long."],
        ["这一句没有翻译。", "这一句没有翻译。"],
      ],
      ["untranslated", "omission", "addition"],
      { beads: [{ source: [0], target: [0], score: 0.8 }, { source: [1], target: [], score: 0 }, { source: [], target: [1], score: 0 }] },
    );
    expect(findings.map((f) => [f.rule, f.source.sentences, f.target.sentences])).toEqual([["untranslated", [1], [1]]]);
  });
  it("reports a copied heading of ordinary words and a copied line of labels, not a copied name", () => {
    const copied = (line: string) => {
      const pairs: Array<[string, string]> = [
        ["The company reported strong results for the third quarter.", "公司公布了强劲的第三季度业绩。"],
        ["Highlights of the quarter are listed below.", "本季度要点如下。"],
        [line, line],
      ];
      return check(pairs, ["untranslated"], { from: "en", to: "zh" }).map((f) => f.target.sentences);
    };
    // Its words are written in lower case elsewhere in the document: a heading, not a name.
    expect(copied("Third Quarter Highlights")).toEqual([[2]]);
    expect(copied("Referee: Simon Yardley. Attendance: 52,304.")).toEqual([[2]]);
    // A name keeps its words to itself, and a code is no language.
    expect(copied("Northvale Systems Inc")).toEqual([]);
    expect(copied("NYSE: NVLS")).toEqual([]);
  });
});

describe("typography", () => {
  it("groups every spot of a sentence into one finding", () => {
    const findings = check([["北京、上海。", "Beijing,Shanghai,Guangzhou  and the 20thNational Congress。"]], ["typography"]);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.target.ranges.length).toBe(5);
    expect(findings[0]!.message).toMatch(/5 typography spots/);
  });
  it("leaves Chinese-English punctuation differences alone: 。 against . and ， against ,", () => {
    expect(check([["他来了，我走了。", "He came, and I left."]], ["typography", "number-mismatch", "untranslated"])).toEqual([]);
  });
  it("accepts curly quotes, decimals, times, thousands and abbreviations", () => {
    expect(sentenceSpots("He said “yes” at 10:30, paid $1,000.50 to Mr. Smith, e.g. for the U.S.A. trip.")).toEqual([]);
  });
  it("lets a quotation run over several sentences", () => {
    const findings = check(
      [
        ["他说：“我来了。", "He said, “I have come."],
        ["我们走吧。”", "Let us go.”"],
      ],
      ["typography"],
    );
    expect(findings).toEqual([]);
  });
  it("reports a closing quote with nothing open", () => {
    expect(check([["我们走吧。", "Let us go.”"]], ["typography"])).toHaveLength(1);
  });
  it("takes a name kept as written for no partial addition, and a number changed in it for one", () => {
    const pairs: Array<[string, string]> = [
      ["The company was founded in Lindale in 1998 and employs 4,200 people.", "该公司1998年在林代尔成立，员工4200人。"],
      ["Media contact: Elena Brandt, Corvane Technologies, +1 408-555-0142", "媒体联系人：埃琳娜·勃兰特，Corvane Technologies，+1 408-555-0142"],
      ["Media contact: Elena Brandt, Corvane Technologies, +1 408-555-0142", "媒体联系人：埃琳娜·勃兰特，Corvane Technologies，+1 650-321-0199"],
    ];
    // Gates opened wide, so that only the evidence decides.
    const settings = { "partial-addition": { options: { minRest: 0, minDeficit: 0, minShare: 0, minLengthZh: 1 } } };
    const quoted = check(pairs, ["partial-addition"], { from: "en", to: "zh", settings }).map((f) => f.message);
    expect(quoted.some((m) => m.includes("408-555-0142"))).toBe(false);
    expect(quoted.some((m) => m.includes("650-321-0199"))).toBe(true);
  });
  it("takes a camel-case word written alike twice, or kept in the source, as a name, not words glued together", () => {
    const twice = check(
      [
        ["两颗立方星同时入轨。", "Two CubeSats entered orbit together."],
        ["每颗立方星重十公斤。", "Each CubeSat weighs ten kilograms."],
      ],
      ["typography"],
    );
    expect(twice).toEqual([]);
    expect(check([["我们使用BeiDou系统。", "We use the BeiDou system."]], ["typography"])).toEqual([]);
    // Once, and nowhere in the source: glued.
    const once = check([["城市功能。", "The CityFunction grew."]], ["typography"]);
    expect(once).toHaveLength(1);
    expect(once[0]!.message).toMatch(/glued/);
  });
});

describe("terminology", () => {
  const glossary = parseDelimited("源\t译\n国际交往中心\tinternational exchange center|international exchange centre\n冬奥会\tWinter Olympics\n", "g.tsv");
  it("parses TSV with a header, alternatives in one cell, and CSV with quotes", () => {
    expect(glossary).toEqual([
      { source: "国际交往中心", targets: ["international exchange center", "international exchange centre"], where: "g.tsv:2" },
      { source: "冬奥会", targets: ["Winter Olympics"], where: "g.tsv:3" },
    ]);
    expect(parseDelimited('term,translation\n"双奥之城","dual Olympic city"\n', "g.csv")).toEqual([{ source: "双奥之城", targets: ["dual Olympic city"], where: "g.csv:2" }]);
  });
  it("parses TBX", () => {
    const tbx = `<martif><text><body><termEntry><langSet xml:lang="zh"><tig><term>首都</term></tig></langSet><langSet xml:lang="en-US"><tig><term>capital</term></tig></langSet></termEntry></body></text></martif>`;
    expect(parseTbx(tbx, "zh", "en")).toEqual([{ source: "首都", targets: ["capital"], where: "glossary.tbx" }]);
    // Language tags named like Object.prototype's members are just unknown languages.
    const odd = tbx.replace('xml:lang="en-US"', 'xml:lang="constructor"').replace("</termEntry>", '<langSet xml:lang="__proto__"><tig><term>x</term></tig></langSet></termEntry>');
    expect(parseTbx(odd, "zh", "en")).toEqual([]);
  });
  it("finds Chinese terms without spaces and accepts any allowed translation, plural included", () => {
    const findings = check(
      [
        ["北京国际交往中心建设加快。", "The building of the Beijing international exchange centre speeds up."],
        ["北京国际交往中心功能拓展。", "The functions of Beijing's international communication hub grew."],
        ["冬奥会很成功。", "The Winter Olympics were a success."],
      ],
      ["terminology"],
      { settings: { terminology: { options: { glossary } } } },
    );
    expect(findings.map((f) => f.source.sentences)).toEqual([[1]]);
    expect(findings[0]!.message).toContain("international exchange center");
  });
  it("turns a zh→en glossary around for an English source", () => {
    const findings = check([["The Winter Olympics opened.", "冬季奥运会开幕了。"]], ["terminology"], { from: "en", to: "zh", settings: { terminology: { options: { glossary } } } });
    expect(findings).toHaveLength(1);
  });
});

describe("inconsistency", () => {
  it("shows the difference between two translations of one sentence", () => {
    const findings = check(
      [
        ["北京进入了新的发展时期。", "Beijing enters a new period of development."],
        ["别的句子在这里。", "Another sentence is here."],
        ["北京进入了新的发展时期。", "Beijing entered a new era of development."],
      ],
      ["inconsistency"],
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]!.source.sentences).toEqual([0, 2]);
    expect(findings[0]!.message).toMatch(/\[−/);
  });
  it("stays quiet when the translations agree but for spacing and case", () => {
    expect(
      check(
        [
          ["北京进入了新的发展时期。", "Beijing enters a new period of development."],
          ["北京进入了新的发展时期。", "Beijing enters a new period of  development."],
        ],
        ["inconsistency"],
      ),
    ).toEqual([]);
  });
  it("diffs word changes", () => {
    expect(showDiff("a new period", "a new era")).toContain("[+");
  });
});

describe("length-ratio", () => {
  const base: Array<[string, string]> = Array.from({ length: 30 }, (_, i) => [`这是第${i}个测试句子，内容比较普通而且长度适中一些。`, `This is test sentence number ${i}, its content is plain and of middling length.`]);
  it("flags a bead far shorter than the document's ratio", () => {
    const pairs: Array<[string, string]> = [...base, ["这一句很长很长，包含了很多很多的内容，但是译文只有几个字而已，显然漏掉了大部分。", "It is long."]];
    const findings = check(pairs, ["length-ratio"]);
    expect(findings.map((f) => f.source.sentences)).toEqual([[30]]);
    expect(findings[0]!.message).toMatch(/shorter/);
  });
  it("stays quiet on a document of ordinary beads", () => {
    expect(check(base, ["length-ratio"])).toEqual([]);
  });
  it("counts figures and addresses the translation copies as they are, not as Chinese characters", () => {
    // Digits and Latin letters pass one for one; counted as Han characters they predict three times
    // their length in English.
    const contacts: [string, string] = ["联系电话0717-86625100、0717-86625101，邮箱zsb@qlut.edu.cn，网址https://zs.qlut.edu.cn。", "Tel. 0717-86625100 and 0717-86625101; email zsb@qlut.edu.cn; website https://zs.qlut.edu.cn."];
    expect(check([...base, contacts], ["length-ratio"])).toEqual([]);
    // The same line with its contacts gone is still much shorter.
    expect(check([...base, [contacts[0], "Tel."]], ["length-ratio"]).map((f) => f.source.sentences)).toEqual([[30]]);
  });
});

describe("partial omission and addition", () => {
  it("cuts clauses at Chinese and English commas, semicolons and colons, not inside 1,000", () => {
    const [zh] = sentences(["新时代,北京须适应使命；突出发展：聚焦服务，提升能力。"], "source").list;
    expect(clausesOf(zh!, "zh").map((c) => c.text)).toEqual(["新时代", "北京须适应使命", "突出发展", "聚焦服务", "提升能力"]);
    const [en] = sentences(["It cost 1,000 yuan,as planned; then: more."], "target").list;
    expect(clausesOf(en!, "en").map((c) => c.text)).toEqual(["It cost 1,000 yuan", "as planned", "then", "more"]);
  });
  const doc: Array<[string, string]> = [
    ["我们今天早上去公园散步。", "We went for a walk in the park this morning."],
    ["老师在教室里给学生上课。", "The teacher gave the students a lesson in the classroom."],
    ["他每天晚上都看书学习。", "He reads and studies every evening."],
    ["这个城市的经济发展很快。", "The economy of this city is developing fast."],
    ["她喜欢在周末去市场买水果。", "She likes going to the market to buy fruit at the weekend."],
    ["政府决定修建一座新的医院，同时扩大城市的公共交通网络，并且提高全体居民的医疗保险水平。", "The government decided to build a new hospital, and to raise the level of medical insurance for all residents."],
  ];
  // The partial-omission rule's own cases are in partial-omission.test.ts.
  it("reports nothing when every clause is translated", () => {
    const whole: Array<[string, string]> = [...doc.slice(0, 5), [doc[5]![0], "The government decided to build a new hospital, at the same time to expand the city's public transport network, and to raise the level of medical insurance for all residents."]];
    expect(check(whole, ["partial-omission", "partial-addition"])).toEqual([]);
  });
});

describe("--rules", () => {
  it("keeps only the listed rules, or turns off the ones with a minus", () => {
    const only = selectRules("omission,addition");
    expect(only.omission?.enabled).toBe(true);
    expect(only.typography?.enabled).toBe(false);
    const without = selectRules("-typography,-length-ratio");
    expect(without.typography?.enabled).toBe(false);
    expect(without.omission).toBeUndefined();
    expect(() => selectRules("nonsense")).toThrow(/unknown rule/);
  });
});

describe("one error, one finding", () => {
  const range = (start: number, end: number) => ({ start, end, startPos: { line: 1, column: start + 1 }, endPos: { line: 1, column: end + 1 } });
  const f = (rule: string, src: number[], tgt: number[], sr: Array<[number, number]> = [], tr: Array<[number, number]> = []) => ({
    rule,
    severity: "error" as const,
    message: rule,
    source: { sentences: src, ranges: sr.map(([a, b]) => range(a, b)) },
    target: { sentences: tgt, ranges: tr.map(([a, b]) => range(a, b)) },
  });
  it("drops the omission and addition that an untranslated copy causes, and a number inside an omitted passage", async () => {
    const { supersede } = await import("../src/checks/index.js");
    const kept = supersede([
      f("untranslated", [4], [5]),
      f("omission", [4], []),
      f("addition", [], [5]),
      f("omission", [7], []),
      f("partial-omission", [9], [9], [[100, 140]]),
      f("number-mismatch", [9], [9], [[110, 114]]),
      f("number-mismatch", [10], [10], [[210, 214]], [[300, 304]]),
    ]);
    expect(kept.map((x) => `${x.rule}:${x.source.sentences.join()}`)).toEqual(["untranslated:4", "omission:7", "partial-omission:9", "number-mismatch:10"]);
  });
  it("drops a number only missing a few words from a passage reported left out: one cut, not two", async () => {
    const { supersede } = await import("../src/checks/index.js");
    const kept = supersede([
      f("partial-omission", [3], [3], [[100, 140]]),
      f("number-mismatch", [3], [3], [[80, 84]]),
      // A dateline's day 46 characters before the passage: "November 19, 2025 -- Northvale Systems,
      // Inc. (NYSE: NVLS), a provider of …", cut to "… Inc. …" whose code the translation keeps.
      f("number-mismatch", [3], [3], [[50, 54]]),
      // Far from the passage, or changed (a number in its place), it is a finding of its own.
      f("number-mismatch", [3], [3], [[20, 24]]),
      f("number-mismatch", [3], [3], [[90, 94]], [[300, 304]]),
    ]);
    expect(kept.map((x) => `${x.rule}:${x.source.ranges.map((r) => r.start).join()}`)).toEqual(["partial-omission:100", "number-mismatch:20", "number-mismatch:90"]);
  });
  it("keeps only the untranslated finding of a bead whose target is its source copied whole", async () => {
    const { supersede } = await import("../src/checks/index.js");
    const target = sentences(["Fine.", "外贸进出口总额6230亿元，增长3.2%。", "Trade grew."], "target").list;
    const t1 = target[1]!;
    const kept = supersede(
      [
        f("untranslated", [1], [1], [], [[t1.start, t1.start + t1.text.length]]),
        f("number-mismatch", [1], [1]),
        f("partial-omission", [1], [1]),
        f("length-ratio", [1], [1]),
        f("number-mismatch", [2], [2]),
        // Chinese left inside an English sentence is not the whole sentence: its other findings stay.
        f("untranslated", [0], [0], [], [[0, 2]]),
        f("number-mismatch", [0], [0]),
      ],
      target,
    );
    expect(kept.map((x) => `${x.rule}:${x.source.sentences.join()}`)).toEqual(["untranslated:1", "number-mismatch:2", "untranslated:0", "number-mismatch:0"]);
  });
  it("drops a passage of a sentence reported as omitted or added whole", async () => {
    const { supersede } = await import("../src/checks/index.js");
    const kept = supersede([
      f("omission", [7], [6]),
      f("partial-omission", [7], [6], [[10, 30]]),
      f("partial-omission", [8], [7], [[40, 60]]),
      f("addition", [3], [4]),
      f("partial-addition", [3], [4], [], [[5, 9]]),
    ]);
    expect(kept.map((x) => `${x.rule}:${x.source.sentences.join()}`)).toEqual(["omission:7", "partial-omission:8", "addition:3"]);
  });
});

describe("docs/rules.md", () => {
  it("is current with the registry (regenerate with node scripts/rules-doc.mjs)", async () => {
    const { readFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { ROOT } = await import("./helpers.js");
    const { RULES } = await import("../src/checks/registry.js");
    const { rulesMarkdown } = await import("../src/checks/docs.js");
    expect(readFileSync(join(ROOT, "docs", "rules.md"), "utf8")).toBe(rulesMarkdown(RULES));
  });
  it("every rule has an id equal to its file name, a description, an example and a severity", async () => {
    const { existsSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { ROOT } = await import("./helpers.js");
    const { RULES } = await import("../src/checks/registry.js");
    for (const r of RULES) {
      expect(existsSync(join(ROOT, "src", "checks", `${r.id}.ts`))).toBe(true);
      expect(r.description.length).toBeGreaterThan(10);
      expect(r.example.length).toBeGreaterThan(5);
      expect(["error", "warning", "info"]).toContain(r.defaultSeverity);
    }
  });
});
