// Numbers in Chinese and English text, by value: Arabic and full-width digits, Chinese numerals,
// 万/亿 scaling, English number words. Used as alignment anchors and by the number-mismatch rule.

export interface NumberMention {
  value: number;
  start: number;
  end: number;
  /** How it was written: "digits", "hanzi", "words", or the number of a name ("name": G20, COP28). */
  form: "digits" | "hanzi" | "words" | "name";
  ordinal?: boolean;
  percent?: boolean;
  /** Another value the same words may stand for: 6:30 p.m. is 18:30, midnight is 0 or 24. */
  also?: number;
  /** A time of day (7:30, 6 p.m., 下午4点, 18时30分), which no percentage stands for. */
  clock?: boolean;
}

const HAN_DIGIT: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9,
};
const HAN_UNIT: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const HAN_BIG: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

/** Parses a run of Chinese numeral characters; NaN when it is not a well-formed number. */
export function parseHanNumber(s: string): number {
  const point = s.search(/[点點]/);
  if (point >= 0) {
    const whole = parseHanNumber(s.slice(0, point));
    // 三点五亿 = 3.5 × 10^8: a scale after the decimals applies to the whole number.
    const scaled = /([万萬亿億]+)$/.exec(s);
    if (scaled) {
      const base = parseHanNumber(s.slice(0, s.length - scaled[1]!.length));
      const factor = [...scaled[1]!].reduce((f, c) => f * HAN_BIG[c]!, 1);
      return Number.isNaN(base) ? NaN : Number((base * factor).toPrecision(12));
    }
    const frac = [...s.slice(point + 1)].map((c) => HAN_DIGIT[c]);
    if (Number.isNaN(whole) || frac.some((d) => d === undefined) || frac.length === 0) return NaN;
    return Number(`${whole}.${frac.join("")}`);
  }
  const chars = [...s];
  // Digit-by-digit years and codes: 二〇二一 = 2021. Two digits side by side (七八个, 三四百) are a
  // rough count, not a number, unless a zero shows they are spelled out (二〇).
  if (chars.length >= 2 && chars.every((c) => HAN_DIGIT[c] !== undefined)) {
    if (chars.length === 2 && !chars.some((c) => HAN_DIGIT[c] === 0)) return NaN;
    return Number(chars.map((c) => HAN_DIGIT[c]).join(""));
  }
  let total = 0;
  let section = 0;
  let digit = -1;
  for (const c of chars) {
    const d = HAN_DIGIT[c];
    if (d !== undefined) {
      if (d === 0) continue; // 一万零五: the zero only holds a place
      if (digit >= 0) return NaN; // 三四百: a rough count
      digit = d;
      continue;
    }
    const unit = HAN_UNIT[c];
    if (unit !== undefined) {
      section += (digit < 0 ? 1 : digit) * unit;
      digit = -1;
      continue;
    }
    const big = HAN_BIG[c];
    if (big !== undefined) {
      section += digit < 0 ? 0 : digit;
      total += (section === 0 ? 1 : section) * big;
      section = 0;
      digit = -1;
      continue;
    }
    return NaN;
  }
  return total + section + (digit < 0 ? 0 : digit);
}

const FULLWIDTH = /[０-９．，％]/g;
export function normaliseDigits(s: string): string {
  return s.replace(FULLWIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

const HAN_NUMERAL_RUN = /[零〇一二两兩三四五六七八九十百千万萬亿億点點壹贰叁肆伍陆柒捌玖拾佰仟]+/g;
/** Characters after a numeral that mark it as a quantity, not part of a word (一起, 统一). */
const HAN_COUNTERS = "年月日号時时点分秒岁歲个個人次项項家名条條位件座种種倍亿万千百元美元米公里岁届屆大期章节節页頁册卷部批%％";

/** Characters after a numeral that make it an ordinal: 二十大 (the 20th Congress), 十九届, 三中全会. */
const HAN_ORDINAL_AFTER = /^(?:大(?![小量批多概约都家力])|届|屆|中全会|世纪|世紀)/;
/** 百分之十五 = 15%, 千分之三 = 0.3%, 万分之五. */
const HAN_FRACTION = /([百千万萬])分之([零〇一二两兩三四五六七八九十百千点點]+|\d+(?:\.\d+)?)/g;
const FRACTION_SCALE: Record<string, number> = { 百: 100, 千: 1000, 万: 1e4, 萬: 1e4 };

/** 十四五规划, “十三五”时期, 九五期间: a five-year plan by its number (the 6th to the 19th). */
const FIVE_YEAR_PLAN = /(?<=[“「"‘『]|^|[^一二三四五六七八九十百千万零〇两])(十[一二三四五六七八九]|[六七八九])五(?=[”」"’』]|规划|規劃|计划|計劃|时期|時期|期间|期間|末|初)/g;
const CLOCK = /(?<![\d.])(\d{1,2}|[一二两三四五六七八九十]{1,3})[时時点點](?:(\d{1,2}|[零〇一二三四五六七八九十]{1,3})分|(半))/g;
/** A race's time with hundredths: 1分54秒37, 9秒98 (minutes optional). */
const RACE_TIME = /(?<![\d.])(?:(\d{1,3})分)?(\d{1,2})秒(\d{1,3})(?![\d.])/g;
/** A telephone number in international form (+41 22 555 0147, +44 (0)161 555 0142): digits that are no quantity. */
export const PHONE = /\+\d{1,3}(?:[ \u00a0]?\(0\))?(?:[ \-\u00a0]\(?\d{1,5}\)?|(?<=\(0\))\d{1,5}){2,}/g;
/** 下午4点 is also 16:00, as "4 p.m." is (English gives 16:00 too): an hour after 下午, 晚上, 傍晚 or 晚. */
function evening(t: string, start: number, value: number): { also?: number } {
  const hour = Math.floor(value);
  if (hour < 1 || hour >= 12 || !/(?:下午|晚上|傍晚|晚间|晚間|晚)$/.test(t.slice(Math.max(0, start - 2), start))) return {};
  return { also: Number((value + 12).toFixed(2)) };
}

/** Seconds, to the thousandth, of a time given as minutes, seconds and the digits after the point. */
function seconds(min: string | undefined, sec: string, fraction: string): number {
  return Number(((min ? Number(min) * 60 : 0) + Number(`${sec}.${fraction}`)).toFixed(3));
}
/** 近四成表示, 约三成来自: after "nearly", "about", "over", a numeral and 成 are tenths whatever follows. */
const TENTHS_AFTER = /(?<=[近约逾]|超过|将近|接近)(\d|[一二两三四五六七八九])成/g;
const TENTHS = /(?<![\d.零〇一二两三四五六七八九十百千])(\d|[一二两三四五六七八九十])成(?=以上|以下|左右|多|的|[，。、；,;）)]|$)/g;

/**
 * Spans of a text already read, marked per character (the marks made on the first span taken): a list
 * of spans searched for every match made long runs of numbers quadratic (24 kB of 近1成 took 0.23 s,
 * 48 kB 0.85 s; now 8 and 16 ms).
 */
function spans(length: number): { take: (a: number, b: number) => void; isTaken: (a: number, b: number) => boolean } {
  let mask: Uint8Array | undefined;
  return {
    take: (a, b) => void (mask ??= new Uint8Array(length)).fill(1, a, b),
    isTaken: (a, b) => {
      if (mask) for (let i = a; i < b; i++) if (mask[i]) return true;
      return false;
    },
  };
}

/** Numbers in Chinese text. Single numerals count only as quantities (三年, 第二), not inside words. */
export function chineseNumbers(text: string): NumberMention[] {
  const out: NumberMention[] = [];
  const t = normaliseDigits(text);
  // Spans already read as fractions, so that the 百 of 百分之 is not read as a hundred.
  const { take, isTaken } = spans(t.length);
  // Each pattern below needs a digit or a word that most sentences lack: a cheap test first.
  const digits = /\d/.test(t);
  if (t.includes("分之")) for (const m of t.matchAll(HAN_FRACTION)) {
    const body = m[2]!;
    const v = /\d/.test(body) ? Number(body) : parseHanNumber(body.replace(/[点點]$/, ""));
    take(m.index, m.index + m[0].length);
    if (Number.isNaN(v)) continue;
    const scale = FRACTION_SCALE[m[1]!]!;
    const value = scale === 100 ? v : Number(((v * 100) / scale).toPrecision(12));
    out.push({ value, start: m.index, end: m.index + m[0].length, form: /\d/.test(body) ? "digits" : "hanzi", percent: true });
  }
  if (digits) for (const m of t.matchAll(PHONE)) take(m.index, m.index + m[0].length);
  // A race's time to the hundredth: 1分54秒37 is 1:54.37 (114.37 seconds), 9秒98 is 9.98 seconds.
  if (digits && t.includes("秒")) for (const m of t.matchAll(RACE_TIME)) {
    if (isTaken(m.index, m.index + m[0].length)) continue;
    take(m.index, m.index + m[0].length);
    out.push({ value: seconds(m[1], m[2]!, m[3]!), start: m.index, end: m.index + m[0].length, form: "digits" });
  }
  if (digits) for (const m of t.matchAll(TIME)) {
    if (isTaken(m.index, m.index + m[0].length)) continue;
    take(m.index, m.index + m[0].length);
    out.push({ value: Number(m[1]) + Number(m[2]) / 100, start: m.index, end: m.index + m[0].length, form: "digits" });
  }
  // Clock times: 4时30分, 4点30分, 四点半 = 4:30, read as one number (4.3) as English 4:30 is.
  if (/[时時点點]/.test(t)) for (const m of t.matchAll(CLOCK)) {
    const h = /\d/.test(m[1]!) ? Number(m[1]) : parseHanNumber(m[1]!);
    const min = m[3] ? 30 : /\d/.test(m[2]!) ? Number(m[2]) : parseHanNumber(m[2]!);
    if (Number.isNaN(h) || Number.isNaN(min) || h > 24 || min > 59) continue;
    take(m.index, m.index + m[0].length);
    out.push({ value: h + min / 100, start: m.index, end: m.index + m[0].length, form: /\d/.test(m[0]) ? "digits" : "hanzi", clock: true, ...evening(t, m.index, h + min / 100) });
  }
  // 八成 = 80%: tenths (not 八成是, "most likely", nor the 成 of 成本 or 成为).
  if (t.includes("成")) for (const m of [...t.matchAll(TENTHS), ...t.matchAll(TENTHS_AFTER)]) {
    if (isTaken(m.index, m.index + m[0].length)) continue;
    const v = /\d/.test(m[1]!) ? Number(m[1]) : parseHanNumber(m[1]!);
    if (Number.isNaN(v) || v > 10) continue;
    take(m.index, m.index + m[0].length);
    out.push({ value: v * 10, start: m.index, end: m.index + m[0].length, form: /\d/.test(m[1]!) ? "digits" : "hanzi", percent: true });
  }
  // 二三十年代: the twenties and thirties.
  if (t.includes("年代")) for (const m of t.matchAll(/([一二三四五六七八九])([一二三四五六七八九])十年代/g)) {
    take(m.index, m.index + m[0].length);
    for (const d of [m[1]!, m[2]!]) out.push({ value: HAN_DIGIT[d]! * 10, start: m.index, end: m.index + m[0].length, form: "hanzi" });
  }
  // 17世纪70年代 = the 1670s.
  if (t.includes("世纪")) for (const m of t.matchAll(/(\d{1,2}|[一二三四五六七八九十]{1,3})世纪(\d{2}|[一二三四五六七八九十]{1,3})年代/g)) {
    const c = /\d/.test(m[1]!) ? Number(m[1]) : parseHanNumber(m[1]!);
    const d = /\d/.test(m[2]!) ? Number(m[2]) : parseHanNumber(m[2]!);
    if (Number.isNaN(c) || Number.isNaN(d)) continue;
    take(m.index, m.index + m[0].length);
    out.push({ value: (c - 1) * 100 + d, start: m.index, end: m.index + m[0].length, form: /\d/.test(m[0]) ? "digits" : "hanzi" });
  }
  // 民国元年 = 1912, 民國26年 = 1937: the Republic's calendar, which translations give in either
  // reckoning. Both years only vouch for a number (hanzi form), so that neither is missed when the
  // translation writes the other.
  if (t.includes("民国") || t.includes("民國")) for (const m of t.matchAll(/民[国國](元|\d{1,2}|[一二三四五六七八九十]{1,3})年/g)) {
    const n = m[1] === "元" ? 1 : /\d/.test(m[1]!) ? Number(m[1]) : parseHanNumber(m[1]!);
    if (Number.isNaN(n) || n < 1 || n > 120) continue;
    take(m.index, m.index + m[0].length);
    out.push({ value: 1911 + n, start: m.index, end: m.index + m[0].length, form: "hanzi" }, { value: n, start: m.index, end: m.index + m[0].length, form: "hanzi", ordinal: true });
  }
  // “十四五” = the 14th Five-Year Plan (十三五, 九五 …): the plan's ordinal and the five of "five-year".
  // exec() loops here and below: matchAll() copies its expression on every call, and these run once a
  // sentence (五 is in many Chinese sentences: 五千, 五十 …).
  FIVE_YEAR_PLAN.lastIndex = 0;
  if (t.includes("五")) for (let m = FIVE_YEAR_PLAN.exec(t); m; m = FIVE_YEAR_PLAN.exec(t)) {
    const n = parseHanNumber(m[1]!);
    if (Number.isNaN(n)) continue;
    const five = m.index + m[1]!.length; // the look-arounds take no characters: m[0] is m[1] and 五
    take(m.index, five + 1);
    out.push({ value: n, start: m.index, end: five, form: "hanzi", ordinal: true }, { value: 5, start: five, end: five + 1, form: "hanzi" });
  }
  if (digits) for (const m of t.matchAll(/(?<![A-Za-z\d.])\d+(?:,\d{3})*(?:\.\d+)?(?![\d]|\.\d)/g)) {
    if (isTaken(m.index, m.index + m[0].length)) continue;
    let value = Number(m[0].replace(/,/g, ""));
    let end = m.index + m[0].length;
    const scale = HAN_BIG[t[end] ?? ""];
    if (scale) {
      value = Number((value * scale).toPrecision(12));
      end++;
      if (scale === 1e4 && HAN_BIG[t[end] ?? ""] === 1e8) (value = Number((value * 1e8).toPrecision(12)), end++); // 1万亿 = 10^12
    } else if ((t[end] === "多" || t[end] === "余" || t[end] === "餘") && HAN_BIG[t[end + 1] ?? ""]) {
      value = Number((value * HAN_BIG[t[end + 1]!]!).toPrecision(12)); // 3多万, 5000余万: more than 30,000, 50 million
      end += 2;
    }
    const percent = t[end] === "%";
    const ordinal = t[m.index - 1] === "第" || HAN_ORDINAL_AFTER.test(t.slice(end));
    out.push({ value, start: m.index, end: percent ? end + 1 : end, form: "digits", percent, ordinal, ...(value <= 24 && /^[点點时時]/.test(t.slice(end)) ? { clock: true, ...evening(t, m.index, value) } : {}) });
  }
  // exec() rather than matchAll(), which copies the expression on each call (this runs once a sentence).
  HAN_NUMERAL_RUN.lastIndex = 0;
  for (let m = HAN_NUMERAL_RUN.exec(t); m; m = HAN_NUMERAL_RUN.exec(t)) {
    let run = m[0];
    let start = m.index;
    if (/^[点點]/.test(run)) {
      run = run.slice(1);
      start++;
    }
    run = run.replace(/[点點]$/, "");
    if (!run || isTaken(start, start + run.length)) continue;
    // A numeral run followed by digits (二〇2) or by 分之 belongs to something else.
    const next = t[start + run.length] ?? "";
    if (next === "分" && t[start + run.length + 1] === "之") continue;
    let value = parseHanNumber(run);
    // A run ending in 万/亿 that scales the digits right before it was read with them (3.5亿, 3多万).
    if (/^[万萬亿億]/.test(run) && /\d[多余餘]?$/.test(t.slice(0, start))) continue;
    if (Number.isNaN(value)) continue;
    const before = t.slice(Math.max(0, start - 3), start);
    const after = t.slice(start + run.length);
    const ordinal = before.endsWith("第") || HAN_ORDINAL_AFTER.test(after);
    // 一、二、 and （一） number the items of a list.
    const listItem = /^[、）)]/.test(after) && run.length <= 2;
    const quantity = ordinal || listItem || (after.length > 0 && HAN_COUNTERS.includes(after[0]!)) || /[十百千万萬亿億]/.test(run) || run.length >= 2;
    if (!quantity) continue;
    if (run.length === 1 && value === 1 && !ordinal && !listItem) continue; // 一个, 一年: too common to anchor
    if (value >= 1e4 && /^[万萬亿億千]/.test(run) && run.length === 1) value = HAN_BIG[run] ?? HAN_UNIT[run] ?? value;
    out.push({ value, start, end: start + run.length, form: "hanzi", ordinal });
  }
  return out.sort((a, b) => a.start - b.start);
}

const EN_UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, thousand: 1000, million: 1e6, billion: 1e9, trillion: 1e12, dozen: 12,
};
const EN_ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16,
  seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40,
  fiftieth: 50, hundredth: 100, thousandth: 1000,
};
const ABBREVIATED_SCALE: Record<string, number> = { bn: 1e9, tn: 1e12, trn: 1e12, mn: 1e6, m: 1e6, k: 1e3 };
const SCALE: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
/** "the seventies" = the 1970s (sameValue in the number-mismatch rule matches 70 with 1970). */
const DECADES: Record<string, number> = { twenties: 20, thirties: 30, forties: 40, fifties: 50, sixties: 60, seventies: 70, eighties: 80, nineties: 90 };
const WORD_ALTERNATIVES = [...Object.keys(EN_UNITS), ...Object.keys(EN_ORDINALS), ...Object.keys(DECADES)].sort((x, y) => y.length - x.length).join("|");
const NUMBER_WORDS = new RegExp(`\\b(${WORD_ALTERNATIVES})(?:[- ](${WORD_ALTERNATIVES}))?(?:\\s+(hundred|thousand|million|billion|trillion))?\\b`);
/** NUMBER_WORDS for a loop of exec(), made once rather than for each text (RegExp construction showed in profiles). */
const NUMBER_WORDS_GI = new RegExp(NUMBER_WORDS.source, "gi");

const HEADING_WORDS = /^(?:PART|PAGE|BOOK|TABLE|FIG|NO|AD|BC|NOTE|STEP|CASE|RULE|ITEM|TYPE|LAW|ACT|PLAN|ROOM|UNIT|ZONE|LEVEL|PHASE|STAGE|ROUND|GROUP|CLASS|GRADE|BOX|LINE|ROW|SCENE|DAY|YEAR|WEEK|TOP|GATE|FORM|MODEL|VOL|SEC|ART|EX|EQ)$/;

/** A race's time with hundredths, 1:54.37 (not 2:08:15, whose parts are read one by one as 2小时08分15秒's are). */
const EN_RACE_TIME = /(?<![\d.:])(\d{1,2}):(\d{2})\.(\d{1,3})(?![\d:])/g;

/** Clock times, 7:30 and 7：30, as one number (7.3), so that their minutes are not numbers of their own. */
const TIME = /(?<![\d.:：])(\d{1,2})[:：](\d{2})(?![\d:：])/g;

/** Numbers in English text: digits (with separators, scales and ordinals) and number words. */
export function englishNumbers(text: string): NumberMention[] {
  const out: NumberMention[] = [];
  const t = normaliseDigits(text);
  // Spans read as times or telephone numbers.
  const { take, isTaken } = spans(t.length);
  // Times and digit numbers need a digit, which most sentences lack: a cheap test first.
  const digits = /\d/.test(t);
  if (digits) for (const m of t.matchAll(PHONE)) take(m.index, m.index + m[0].length);
  // A race's time to the hundredth: 1:54.37 (114.37 seconds), as Chinese writes it (1分54秒37).
  if (digits) for (const m of t.matchAll(EN_RACE_TIME)) {
    if (isTaken(m.index, m.index + m[0].length)) continue;
    take(m.index, m.index + m[0].length);
    out.push({ value: seconds(m[1], m[2]!, m[3]!), start: m.index, end: m.index + m[0].length, form: "digits" });
  }
  // Mixed numbers: 4-1/4 percent and 4 1/4 are 4.25, 4¼ too, as a translation writes them (4.25%).
  if (digits) for (const m of t.matchAll(MIXED_NUMBER)) {
    const [whole, numerator, denominator] = [Number(m[1]), m[2] ? Number(m[2]) : VULGAR[m[4]!]![0], m[3] ? Number(m[3]) : VULGAR[m[4]!]![1]];
    if (!(numerator < denominator) || isTaken(m.index, m.index + m[0].length)) continue;
    take(m.index, m.index + m[0].length);
    const percent = /^\s*(?:%|percent|per cent)/i.test(t.slice(m.index + m[0].length, m.index + m[0].length + 9));
    out.push({ value: Number((whole + numerator / denominator).toPrecision(12)), start: m.index, end: m.index + m[0].length, form: "digits", percent });
  }
  if (digits) for (const m of t.matchAll(TIME)) {
    if (isTaken(m.index, m.index + m[0].length)) continue;
    take(m.index, m.index + m[0].length);
    const value = Number(m[1]) + Number(m[2]) / 100;
    out.push({ value, start: m.index, end: m.index + m[0].length, form: "digits", clock: true, ...afternoon(t, m.index + m[0].length, value) });
  }
  if (digits) for (const m of t.matchAll(/(?:(?<=\d[x×])|(?<![\w.]))\d+(?:,\d{3}|(?<=(?<!\d)\d{1,3})[ \u00a0\u2009\u202f]\d{3}(?!\d))*(?:\.\d+)?(?!\.\d)(st|nd|rd|th)?(?:\s*(%|percent|per cent))?(?:\s+(hundred|thousand|million|billion|trillion)\b|(bn|tn|trn)\b|(mn|m|k)\b(?<=[$€£¥][\d.,]{1,24}(?:mn|m|k)))?/gi)) {
    if (isTaken(m.index, m.index + m[0].length)) continue;
    // After a capitalised word and a hyphen it names something (COVID-19, Qiming-3: read below as a
    // name's); after a lower-case one it counts (a 2-hour-47-minute match).
    if (t[m.index - 1] === "-" && CAPITALISED_HYPHEN.test(t.slice(Math.max(0, m.index - 40), m.index))) continue;
    // A number after an acronym names something (TLR 9, MP 3, the UN 2030 Agenda), as TLR9 does: it
    // vouches for the same number, never accuses; headings keep theirs. Acronyms are short; DEFINITION
    // 2 or EXAMPLE 1 in capitals are headings with real numbers. A line in capitals (IN THE SPRING OF
    // 1977) is prose, not an acronym.
    const acronym = /(\S*)\s+([A-Z]{2,5})\s$/.exec(` ${t.slice(Math.max(0, m.index - 30), m.index)}`);
    const named = Boolean(acronym && !HEADING_WORDS.test(acronym[2]!) && !/^[A-Z]{2,}\W*$/.test(acronym[1]!));
    let value = Number(m[0].replace(/(?<=\d)[, \u00a0\u2009\u202f](?=\d{3})/g, "").replace(/[^\d.].*$/s, ""));
    // "$5bn", "€3.2m": news style's scales, the short ones only after a currency sign (5m is five metres);
    // the sign is looked for only once a scale follows, and not far back ("1,1,1,…" stays linear).
    const short = m[4] ?? m[5];
    const scale = m[3] ? SCALE[m[3].toLowerCase()] : short ? ABBREVIATED_SCALE[short.toLowerCase()] : undefined;
    if (scale) value = Number((value * scale).toPrecision(12));
    const ordinal = Boolean(m[1]);
    out.push({ value, start: m.index, end: m.index + m[0].length, form: named ? "name" : "digits", ordinal, percent: Boolean(m[2]), ...(ordinal || m[2] || scale ? {} : afternoon(t, m.index + m[0].length, value)), ...andOthers(t, m.index, m.index + m[0].length, value) });
  }
  // Years after Mid-, Pre- and Post- (the lower-case mid-2021 is read above) and counts after Sub-,
  // Top-, Under- and Over- opening a sentence, which the hyphen rule above leaves out with names such
  // as COVID-19; and the number of a name such as COP28, G20 or C919,
  // which only vouches for the same number written out (第28届联合国气候变化大会), never accuses; so does
  // that of NX-500 or COVID-19, which Chinese text reads as a number.
  NAMED_OR_PREFIXED.lastIndex = 0;
  if (digits) for (let m = NAMED_OR_PREFIXED.exec(t); m; m = NAMED_OR_PREFIXED.exec(t)) {
    const count = m[1] ?? m[2];
    if (count) {
      if (/^[a-z]/.test(m[0])) continue; // read above, after a lower-case word and its hyphen
      const start = m.index + m[0].indexOf(count, m[0].indexOf("-"));
      out.push({ value: Number(count), start, end: start + count.length, form: "digits" });
    } else {
      const digits = m[3] ?? m[4]!;
      const start = m.index + m[0].length - digits.length;
      out.push({ value: Number(digits), start, end: start + digits.length, form: "name" });
    }
  }
  // A heading's Roman numeral (I. Overview, IV) Trade) is the 一、 or 四、 of its Chinese: it vouches.
  const roman = ROMAN_HEADING.exec(t);
  if (roman) {
    const value = romanValue(roman[1]!);
    const start = roman.index + roman[0].indexOf(roman[1]!);
    if (value) out.push({ value, start, end: start + roman[1]!.length, form: "name" });
  }
  // A loop rather than matchAll: when the second word is not part of the number ("five six"), the
  // search resumes right after the first, so no number word is swallowed ("late twentieth").
  const words = NUMBER_WORDS_GI;
  words.lastIndex = 0;
  for (let m = words.exec(t); m; m = words.exec(t)) {
    const a = m[1]!.toLowerCase();
    const b = m[2]?.toLowerCase();
    let value: number | undefined;
    let ordinal = false;
    let end = m.index + m[1]!.length;
    const decade = DECADES[a];
    if (decade !== undefined) {
      value = decade;
    } else if (EN_UNITS[a] !== undefined && !(a in SCALE)) {
      value = EN_UNITS[a]!;
      let tookB = false;
      if (b !== undefined && SCALE[b] !== undefined) {
        value *= SCALE[b]!;
        tookB = true;
      } else if (b !== undefined && EN_UNITS[b] !== undefined && EN_UNITS[a]! >= 20 && EN_UNITS[a]! < 100 && EN_UNITS[b]! < 10) {
        value += EN_UNITS[b]!;
        tookB = true;
      } else if (b !== undefined && EN_ORDINALS[b] !== undefined && EN_UNITS[a]! >= 20 && EN_UNITS[a]! < 100 && EN_ORDINALS[b]! < 10) {
        value += EN_ORDINALS[b]!;
        ordinal = true;
        tookB = true;
      }
      if (tookB) end = m.index + m[0].length - (m[3] ? m[3].length + 1 : 0);
      if (m[3] && (tookB || b === undefined)) {
        value *= SCALE[m[3].toLowerCase()]!;
        end = m.index + m[0].length;
      }
    } else if (EN_ORDINALS[a] !== undefined) {
      value = EN_ORDINALS[a]!;
      ordinal = true;
    }
    if (end < m.index + m[0].length) words.lastIndex = end;
    if (value === undefined) continue;
    if (a === "one" && end === m.index + 3) continue; // "one" is a pronoun as often as a number
    out.push({ value, start: m.index, end, form: "words", ordinal, ...(ordinal ? {} : andOthers(t, m.index, end, value)) });
  }
  // Times of day, a half and "around the clock", in words: they vouch for the Chinese figure (12时, 24时,
  // 50%, 24小时), never accuse.
  DAY_WORDS.lastIndex = 0;
  if (/noon|midday|midnight|half|clock/i.test(t)) for (let m = DAY_WORDS.exec(t); m; m = DAY_WORDS.exec(t)) {
    const w = m[0].toLowerCase();
    const start = m.index;
    const end = start + m[0].length;
    if (w === "half") out.push({ value: 50, start, end, form: "words", percent: true });
    // "Around the clock" is how news English says 24小时 (monitored 24 hours a day).
    else if (w.endsWith("clock")) out.push({ value: 24, start, end, form: "words" });
    else if (w === "midnight") out.push({ value: 0, start, end, form: "words", also: 24 });
    else out.push({ value: 12, start, end, form: "words" });
  }
  // A quarter-point cut is one of 25 basis points (25个基点) or 0.25 percentage points; a half-point, 50.
  // Words: they vouch for the figure, never accuse.
  if (/point/i.test(t)) for (const m of t.matchAll(FRACTION_POINT)) {
    const quarter = m[1]!.toLowerCase() === "quarter";
    out.push({ value: quarter ? 25 : 50, also: quarter ? 0.25 : 0.5, start: m.index, end: m.index + m[0].length, form: "words" });
  }
  MONTH.lastIndex = 0;
  for (let m = MONTH.exec(t); m; m = MONTH.exec(t)) {
    out.push({ value: MONTHS.indexOf(m[0].slice(0, 3).toLowerCase()) + 1, start: m.index, end: m.index + m[0].length, form: "words" });
  }
  return out.sort((x, y) => x.start - y.start);
}

/** A capitalised word and a hyphen, right before a number. */
const CAPITALISED_HYPHEN = /(?:^|[^A-Za-z])[A-Z][A-Za-z]*-$/;
/** A whole number and a fraction: 4-1/4, 4 1/4, 4¼ (not a date's 24/7 or 1/4, which have no whole part, nor "in 2024 1/3 of"). */
const MIXED_NUMBER = /(?<![\w.,/-])(\d{1,3})(?:(?:-|[ \u00a0])(\d)\/(\d{1,2})(?![\d/])|([¼½¾⅓⅔⅛⅜⅝⅞]))/g;
const VULGAR: Record<string, [number, number]> = { "¼": [1, 4], "½": [1, 2], "¾": [3, 4], "⅓": [1, 3], "⅔": [2, 3], "⅛": [1, 8], "⅜": [3, 8], "⅝": [5, 8], "⅞": [7, 8] };
/** A Roman numeral opening a line, before a full stop or bracket and a word (not the initials of I. M. Pei). */
const ROMAN_HEADING = /^\s*(X{0,3}(?:IX|IV|V?I{0,3}))[.)]\s+(?![A-Z]\.)(?=\p{Lu})/u;

function romanValue(r: string): number {
  const v: Record<string, number> = { I: 1, V: 5, X: 10 };
  let n = 0;
  for (let i = 0; i < r.length; i++) {
    const x = v[r[i]!]!;
    const next = v[r[i + 1] ?? ""] ?? 0;
    n += x < next ? -x : x;
  }
  return n;
}

const FRACTION_POINT = /\b(quarter|half)[- ](?:a[- ])?(?:percentage[- ])?points?\b/gi;
const DAY_WORDS = /\b(?:noon|midday|midnight|half|a?round[- ]the[- ]clock)\b/gi;
/** mid-2021, pre-1949, post-2000s; and the number of a name: COP28, G20, C919, NX-500, COVID-19. */
const NAMED_OR_PREFIXED = /\b(?:[Mm]id|[Pp]re|[Pp]ost)-(\d{4})s?\b|\b(?:[Ss]ub|[Tt]op|[Uu]nder|[Oo]ver)-(\d{1,4})s?\b|\b[A-Z]{1,4}(\d{1,4})\b|\b[A-Z]{1,5}-(\d{1,4})\b(?![.,]\d)/g;

/** "Zhang and 11 others" are 张某某等12人: the count after "and" before "others" is also one more. */
function andOthers(t: string, start: number, end: number, value: number): { also?: number } {
  if (!/^\s+others\b/i.test(t.slice(end, end + 8)) || !/\band\s+$/i.test(t.slice(Math.max(0, start - 5), start))) return {};
  return { also: value + 1 };
}

/** "6:30 p.m." is also 18:30 (Chinese gives the hour of a 24-hour clock: 18时30分); "12 a.m." is also 0; either is a time of day. */
function afternoon(t: string, end: number, value: number): { also?: number; clock?: boolean } {
  const m = /^\s?([ap])\.?\s?m\b\.?/i.exec(t.slice(end, end + 6));
  if (!m) return {};
  const hour = Math.floor(value);
  if (m[1]!.toLowerCase() === "p" && hour >= 1 && hour < 12) return { clock: true, also: Number((value + 12).toFixed(2)) };
  if (m[1]!.toLowerCase() === "a" && hour === 12) return { clock: true, also: Number((value - 12).toFixed(2)) };
  return { clock: true };
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
/** Month names written with a capital, as numbers (1989年11月 = November 1989), and news style's abbreviations before a day (Oct. 18). "May" and "March" are also words, so these never raise an alarm alone. */
const MONTH = /\b(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.(?= ?\d))/g;
