// Numbers in Chinese and English text, by value: Arabic and full-width digits, Chinese numerals,
// 万/亿 scaling, English number words. Used as alignment anchors and by the number-mismatch rule.

export interface NumberMention {
  value: number;
  start: number;
  end: number;
  /** How it was written: "digits", "hanzi", "words". */
  form: "digits" | "hanzi" | "words";
  ordinal?: boolean;
  percent?: boolean;
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
    const frac = [...s.slice(point + 1)].map((c) => HAN_DIGIT[c]);
    if (Number.isNaN(whole) || frac.some((d) => d === undefined) || frac.length === 0) return NaN;
    return Number(`${whole}.${frac.join("")}`);
  }
  const chars = [...s];
  // Digit-by-digit years and codes: 二〇二一 = 2021.
  if (chars.length >= 2 && chars.every((c) => HAN_DIGIT[c] !== undefined)) {
    return Number(chars.map((c) => HAN_DIGIT[c]).join(""));
  }
  let total = 0;
  let section = 0;
  let digit = -1;
  for (const c of chars) {
    const d = HAN_DIGIT[c];
    if (d !== undefined) {
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

/** Numbers in Chinese text. Single numerals count only as quantities (三年, 第二), not inside words. */
export function chineseNumbers(text: string): NumberMention[] {
  const out: NumberMention[] = [];
  const t = normaliseDigits(text);
  for (const m of t.matchAll(/\d+(?:,\d{3})*(?:\.\d+)?/g)) {
    let value = Number(m[0].replace(/,/g, ""));
    let end = m.index + m[0].length;
    const scale = HAN_BIG[t[end] ?? ""];
    if (scale) {
      value *= scale;
      end++;
    }
    const percent = t[end] === "%" || /百分之$/.test(t.slice(Math.max(0, m.index - 3), m.index));
    const ordinal = t[m.index - 1] === "第";
    out.push({ value, start: m.index, end, form: "digits", percent, ordinal });
  }
  for (const m of t.matchAll(HAN_NUMERAL_RUN)) {
    let run = m[0];
    let start = m.index;
    if (/^[点點]/.test(run)) {
      run = run.slice(1);
      start++;
    }
    run = run.replace(/[点點]$/, "");
    if (!run) continue;
    const value = parseHanNumber(run);
    if (Number.isNaN(value)) continue;
    const before = t.slice(Math.max(0, start - 3), start);
    const after = t[start + run.length] ?? "";
    const ordinal = before.endsWith("第");
    const percent = before.endsWith("百分之");
    const quantity = ordinal || percent || HAN_COUNTERS.includes(after) || /[十百千万萬亿億]/.test(run) || run.length >= 2;
    if (!quantity) continue;
    if (run.length === 1 && (value === 1) && !ordinal && !percent) continue; // 一个, 一年: too common to anchor
    out.push({ value, start, end: start + run.length, form: "hanzi", ordinal, percent });
  }
  return out.sort((a, b) => a.start - b.start);
}

const EN_UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, thousand: 1000, million: 1e6, billion: 1e9, dozen: 12,
};
const EN_ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16,
  seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40,
  fiftieth: 50, hundredth: 100, thousandth: 1000,
};
const SCALE: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/** Numbers in English text: digits (with separators, scales and ordinals) and number words. */
export function englishNumbers(text: string): NumberMention[] {
  const out: NumberMention[] = [];
  const t = normaliseDigits(text);
  for (const m of t.matchAll(/(?<![\w.])\d+(?:,\d{3})*(?:\.\d+)?(st|nd|rd|th)?(?:\s*(%|percent|per cent))?(?:\s+(hundred|thousand|million|billion|trillion)\b)?/gi)) {
    let value = Number(m[0].replace(/,/g, "").replace(/[^\d.].*$/s, ""));
    const scale = m[3] ? SCALE[m[3].toLowerCase()] : undefined;
    if (scale) value *= scale;
    out.push({ value, start: m.index, end: m.index + m[0].length, form: "digits", ordinal: Boolean(m[1]), percent: Boolean(m[2]) });
  }
  const words = /\b([a-z]+)(?:[- ]([a-z]+))?(?:\s+(hundred|thousand|million|billion))?\b/gi;
  for (const m of t.matchAll(words)) {
    const a = m[1]!.toLowerCase();
    const b = m[2]?.toLowerCase();
    let value: number | undefined;
    let ordinal = false;
    let end = m.index + m[1]!.length;
    if (EN_UNITS[a] !== undefined && a !== "hundred" && a !== "thousand" && a !== "million" && a !== "billion") {
      value = EN_UNITS[a]!;
      if (b !== undefined && EN_UNITS[b] !== undefined && EN_UNITS[a]! >= 20 && EN_UNITS[b]! < 10) {
        value += EN_UNITS[b]!;
        end = m.index + m[0].length - (m[3] ? m[3].length + 1 : 0);
      } else if (b !== undefined && EN_ORDINALS[b] !== undefined && EN_UNITS[a]! >= 20) {
        value += EN_ORDINALS[b]!;
        ordinal = true;
        end = m.index + m[0].length - (m[3] ? m[3].length + 1 : 0);
      }
      if (m[3]) {
        value *= SCALE[m[3].toLowerCase()]!;
        end = m.index + m[0].length;
      }
    } else if (EN_ORDINALS[a] !== undefined) {
      value = EN_ORDINALS[a]!;
      ordinal = true;
    }
    if (value === undefined) continue;
    if (a === "one" && !m[3]) continue; // "one" is a pronoun as often as a number
    out.push({ value, start: m.index, end, form: "words", ordinal });
  }
  return out.sort((x, y) => x.start - y.start);
}
