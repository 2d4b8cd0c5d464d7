// Bytes → text: BOM, then strict UTF-8, then the UTF-16 NUL pattern, then GB18030.

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
  if (bytes.includes(0)) throw new InputError(file, "is a binary file (it contains NUL bytes), not text");
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8", bom: false };
  } catch {
    try {
      return { text: new TextDecoder("gb18030", { fatal: true }).decode(bytes), encoding: "gb18030", bom: false };
    } catch {
      throw new InputError(file, `is neither UTF-8 nor GB18030 text (first bad UTF-8 byte at offset ${firstBadByte("utf-8", bytes)}); give --encoding`);
    }
  }
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
