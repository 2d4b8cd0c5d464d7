// Paths → decoded text, with one clear error per kind of bad input.

import { readFileSync, statSync } from "node:fs";
import { InputError } from "../model/errors.js";
import { decode, looksBinary, type Encoding } from "./decode.js";
import { checkFileSize } from "./limits.js";

export interface TextFile {
  path: string;
  text: string;
  encoding: Encoding;
}

export function readTextFile(path: string, encoding?: Encoding): TextFile {
  let stat;
  try {
    stat = statSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new InputError(path, "no such file");
    if (code === "EACCES") throw new InputError(path, "permission denied");
    throw new InputError(path, `cannot be read (${code ?? String(e)})`);
  }
  if (stat.isDirectory()) throw new InputError(path, "is a directory, not a file");
  if (stat.isCharacterDevice() || stat.isBlockDevice() || stat.isSocket()) throw new InputError(path, "is a device or socket, not a file");
  checkFileSize(stat.size, path);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EACCES") throw new InputError(path, "permission denied");
    throw new InputError(path, `cannot be read (${code ?? String(e)})`);
  }
  if (bytes.length === 0) throw new InputError(path, "is empty");
  const magic = binaryMagic(bytes);
  if (magic) throw new InputError(path, `is a binary file (${magic}), not text`);
  const decoded = decode(bytes, path, encoding);
  if (decoded.text.trim() === "") throw new InputError(path, "holds only white space");
  if (looksBinary(decoded.text)) throw new InputError(path, "is a binary file (control characters), not text");
  return { path, text: decoded.text, encoding: decoded.encoding };
}

function binaryMagic(b: Uint8Array): string | undefined {
  const starts = (...sig: number[]): boolean => sig.every((v, i) => b[i] === v);
  if (starts(0x89, 0x50, 0x4e, 0x47)) return "a PNG image";
  if (starts(0xff, 0xd8, 0xff)) return "a JPEG image";
  if (starts(0x47, 0x49, 0x46, 0x38)) return "a GIF image";
  if (starts(0x25, 0x50, 0x44, 0x46)) return "a PDF document";
  if (starts(0x50, 0x4b, 0x03, 0x04)) return "a ZIP archive (a .docx or .xlsx?)";
  if (starts(0x1f, 0x8b)) return "a gzip archive";
  if (starts(0x7f, 0x45, 0x4c, 0x46)) return "an executable";
  return undefined;
}
