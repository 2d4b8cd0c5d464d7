// Measures converted between Chinese and Western units: a translation of 1.39万亿斤 as "695 million
// tonnes", of 18亿亩 as "120 million hectares", of 1200万千瓦 as "12 gigawatts" or of 5000万像素 as
// "50 megapixels" states the same quantity. Used by number-mismatch,
// which otherwise reads the two numbers as one changed into the other.

import type { Mention } from "./number-mismatch.js";

/** A unit written after a number: its dimension and its size in that dimension's base unit. */
interface Unit {
  dimension: "mass" | "area" | "length" | "power" | "energy" | "pixels";
  size: number;
}

// Base units: kilograms, square metres, metres. Longest spellings first, so that 平方公里 is not read as 公里.
const ZH_UNITS: Array<[RegExp, Unit]> = [
  [/^(?:平方公里|平方千米)/, { dimension: "area", size: 1e6 }],
  [/^平方米/, { dimension: "area", size: 1 }],
  [/^(?:公斤|千克)/, { dimension: "mass", size: 1 }],
  [/^斤/, { dimension: "mass", size: 0.5 }],
  [/^(?:公吨|吨)/, { dimension: "mass", size: 1000 }],
  [/^亩/, { dimension: "area", size: 10000 / 15 }],
  [/^公顷/, { dimension: "area", size: 10000 }],
  [/^(?:公里|千米)/, { dimension: "length", size: 1000 }],
  [/^里/, { dimension: "length", size: 500 }],
  [/^米/, { dimension: "length", size: 1 }],
  // Energy before power: 千瓦时 is not 千瓦.
  [/^(?:千瓦时|千瓦小时|度电)/, { dimension: "energy", size: 1e3 }],
  [/^兆瓦时/, { dimension: "energy", size: 1e6 }],
  [/^(?:吉瓦时|百万千瓦时)/, { dimension: "energy", size: 1e9 }],
  [/^太瓦时/, { dimension: "energy", size: 1e12 }],
  [/^千瓦/, { dimension: "power", size: 1e3 }],
  [/^兆瓦/, { dimension: "power", size: 1e6 }],
  [/^吉瓦/, { dimension: "power", size: 1e9 }],
  [/^像素/, { dimension: "pixels", size: 1 }],
];

const EN_UNITS: Array<[RegExp, Unit]> = [
  [/^(?:square\s+kilomet(?:er|re)s?|sq\.?\s*km|km2|km²)\b/i, { dimension: "area", size: 1e6 }],
  [/^square\s+miles?\b/i, { dimension: "area", size: 2_589_988 }],
  [/^(?:square\s+met(?:er|re)s?|sq\.?\s*m|m2|m²)(?![a-z])/i, { dimension: "area", size: 1 }],
  [/^(?:metric\s+)?(?:tons?|tonnes?)\b/i, { dimension: "mass", size: 1000 }],
  [/^(?:kilograms?|kilos?|kg)\b/i, { dimension: "mass", size: 1 }],
  [/^(?:pounds?|lbs?)\b/i, { dimension: "mass", size: 0.45359237 }],
  [/^(?:hectares?|ha)\b/i, { dimension: "area", size: 10000 }],
  [/^acres?\b/i, { dimension: "area", size: 4046.8564224 }],
  [/^(?:kilomet(?:er|re)s?|km)\b/i, { dimension: "length", size: 1000 }],
  [/^miles?\b/i, { dimension: "length", size: 1609.344 }],
  [/^(?:met(?:er|re)s?|m)\b/i, { dimension: "length", size: 1 }],
  [/^(?:kilowatt[- ]hours?|kWh)\b/i, { dimension: "energy", size: 1e3 }],
  [/^(?:megawatt[- ]hours?|MWh)\b/i, { dimension: "energy", size: 1e6 }],
  [/^(?:gigawatt[- ]hours?|GWh)\b/i, { dimension: "energy", size: 1e9 }],
  [/^(?:terawatt[- ]hours?|TWh)\b/i, { dimension: "energy", size: 1e12 }],
  [/^(?:kilowatts?|kW)\b/, { dimension: "power", size: 1e3 }],
  [/^(?:megawatts?|MW)\b/, { dimension: "power", size: 1e6 }],
  [/^(?:gigawatts?|GW)\b/, { dimension: "power", size: 1e9 }],
  [/^(?:megapixels?|MP)\b/, { dimension: "pixels", size: 1e6 }],
];

/** Each mention's unit, found once: every number of a bead is compared with every other. */
const units = new WeakMap<Mention, Unit | null>();

function unitAfter(m: Mention, zh: boolean): Unit | undefined {
  const known = units.get(m);
  if (known !== undefined) return known ?? undefined;
  // English may put words between the number and its unit: "695 million metric tons", "about 80,000
  // square kilometres". The next 40 characters hold the longest unit, not the rest of the sentence.
  // A hyphen joins an English number to its unit as an adjective: a 50-megapixel sensor.
  const after = m.sentence.text.slice(m.mention.end, m.mention.end + 40).replace(zh ? /^\s+/ : /^[\s-]+/, "");
  let found: Unit | null = null;
  for (const [re, unit] of zh ? ZH_UNITS : EN_UNITS) {
    if (!re.test(after)) continue;
    found = unit;
    break;
  }
  units.set(m, found);
  return found ?? undefined;
}

/** Whether a mention is followed by a unit of measure this module converts. */
export function hasUnit(m: Mention, lang: "zh" | "en"): boolean {
  return unitAfter(m, lang === "zh") !== undefined;
}

/**
 * Whether a Chinese and an English mention state the same measure in different units (within the
 * 2% a translator's rounding takes: 1.39万亿斤 = 695 million tonnes; 18亿亩 ≈ 120 million hectares).
 * Units of the same size are left to plain value comparison.
 */
export function sameMeasure(zh: Mention, en: Mention): boolean {
  const a = unitAfter(zh, true);
  const b = unitAfter(en, false);
  if (!a || !b || a.dimension !== b.dimension || a.size === b.size) return false;
  const x = zh.mention.value * a.size;
  const y = en.mention.value * b.size;
  return x > 0 && y > 0 && Math.abs(x - y) <= 0.02 * Math.max(x, y);
}
