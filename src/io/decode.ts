// Bytes → text: BOM, then the UTF-16 NUL pattern, then strict UTF-8, then UTF-16 judged by the characters
// it decodes to (BOM-less UTF-16 of Chinese has almost no NUL bytes), then GB18030 — or Big5, when the
// GB18030 reading is full of the kana, Cyrillic and private-use characters that Big5 turns into.

import { InputError } from "../model/errors.js";

export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030" | "gbk" | "big5";
export const ENCODINGS: Encoding[] = ["utf-8", "utf-16le", "utf-16be", "gb18030", "gbk", "big5"];

export interface Decoded {
  text: string;
  encoding: Encoding;
  bom: boolean;
}

function strict(encoding: Encoding, bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new InputError(file, `cannot be decoded as ${encoding} (at byte ${firstBadByte(encoding, bytes)})`);
  }
}

/** The offset of the first byte that does not decode, found by halving. */
function firstBadByte(encoding: Encoding, bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  const ok = (n: number): boolean => {
    try {
      new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ok(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Share of even/odd bytes that are NUL in the first 4 kB: the mark of BOM-less UTF-16. */
function utf16Pattern(bytes: Uint8Array): Encoding | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd / pairs > 0.3 && even / pairs < 0.05) return "utf-16le";
  if (even / pairs > 0.3 && odd / pairs < 0.05) return "utf-16be";
  return undefined;
}

/** Characters that text in Chinese or English is made of: a decoding that gives mostly these is right. */
function plausibleChar(c: number): boolean {
  return (
    c === 9 || c === 10 || c === 13 || (c >= 0x20 && c < 0x7f) || (c >= 0xa0 && c < 0x250) || (c >= 0x2000 && c < 0x2070) ||
    (c >= 0x2e80 && c < 0x2fe0) || (c >= 0x3000 && c < 0x3040) || (c >= 0x3400 && c < 0x4dc0) || (c >= 0x4e00 && c < 0xa000) || (c >= 0xff00 && c < 0xfff0)
  );
}

function plausibleUtf16(bytes: Uint8Array): Decoded | undefined {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined;
  let best: { text: string; encoding: Encoding; share: number } | undefined;
  for (const encoding of ["utf-16le", "utf-16be"] as const) {
    let text: string;
    try {
      text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      continue;
    }
    const n = Math.min(text.length, 4096);
    let ok = 0;
    for (let i = 0; i < n; i++) if (plausibleChar(text.charCodeAt(i))) ok++;
    const share = ok / n;
    if (share >= 0.95 && (!best || share > best.share)) best = { text, encoding, share };
  }
  return best ? { text: best.text, encoding: best.encoding, bom: false } : undefined;
}

export function decode(bytes: Uint8Array, file: string, forced?: Encoding): Decoded {
  if (forced) {
    const bom = hasBom(bytes, forced);
    return { text: strict(forced, bom ? bytes.subarray(forced === "utf-8" ? 3 : 2) : bytes, file), encoding: forced, bom };
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: strict("utf-8", bytes.subarray(3), file), encoding: "utf-8", bom: true };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: strict("utf-16le", bytes.subarray(2), file), encoding: "utf-16le", bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: strict("utf-16be", bytes.subarray(2), file), encoding: "utf-16be", bom: true };
  const utf16 = utf16Pattern(bytes);
  if (utf16) return { text: strict(utf16, bytes, file), encoding: utf16, bom: false };
  const hasNul = bytes.includes(0);
  if (!hasNul) {
    try {
      return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8", bom: false };
    } catch {
      // not UTF-8: try UTF-16, then GB18030
    }
  }
  // BOM-less UTF-16 of Chinese has few NUL bytes (only its ASCII has them): judge it by what it decodes to.
  const plausible = plausibleUtf16(bytes);
  if (plausible) return plausible;
  if (hasNul) throw new InputError(file, "is a binary file (it contains NUL bytes), not text");
  let gb: string | undefined;
  try {
    gb = new TextDecoder("gb18030", { fatal: true }).decode(bytes);
  } catch {
    // not GB18030 either; perhaps Big5
  }
  const big5 = big5Instead(bytes, gb);
  if (big5 !== undefined) return { text: big5, encoding: "big5", bom: false };
  if (gb === undefined) throw new InputError(file, `is neither UTF-8 nor GB18030 text (first bad UTF-8 byte at offset ${firstBadByte("utf-8", bytes)}); give --encoding`);
  return { text: gb, encoding: "gb18030", bom: false };
}

/**
 * Big5 read as GB18030 gives kana, Greek, Cyrillic, box drawing and private-use characters where the
 * Chinese should be (Big5's common characters sit in GBK's symbol rows and user-defined area). When the
 * GB18030 reading is full of them and the Big5 reading is Chinese, the file is Big5.
 */
function big5Instead(bytes: Uint8Array, gb: string | undefined): string | undefined {
  const odd = (text: string): { odd: number; han: number; wide: number } => {
    let oddCount = 0;
    let han = 0;
    let wide = 0;
    const n = Math.min(text.length, 8192);
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x80) continue;
      wide++;
      if ((c >= 0x4e00 && c < 0xa000) || (c >= 0x3400 && c < 0x4dc0)) han++;
      else if ((c >= 0xe000 && c < 0xf900) || (c >= 0x370 && c < 0x530) || (c >= 0x3040 && c < 0x3100) || (c >= 0x2500 && c < 0x2600) || c === 0xfffd) oddCount++;
    }
    return { odd: oddCount, han, wide };
  };
  if (gb !== undefined) {
    const g = odd(gb);
    if (g.wide === 0 || g.odd / g.wide < 0.1) return undefined;
  }
  let big5: string;
  try {
    big5 = new TextDecoder("big5", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
  const b = odd(big5);
  return b.wide > 0 && b.han / b.wide > 0.6 && b.odd / b.wide < 0.02 ? big5 : undefined;
}

function hasBom(bytes: Uint8Array, enc: Encoding): boolean {
  if (enc === "utf-8") return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (enc === "utf-16le") return bytes[0] === 0xff && bytes[1] === 0xfe;
  if (enc === "utf-16be") return bytes[0] === 0xfe && bytes[1] === 0xff;
  return false;
}

/** Control characters other than tab, newlines and form feed: the mark of a binary file. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) control++;
  }
  return sample.length > 0 && control / sample.length > 0.02;
}
