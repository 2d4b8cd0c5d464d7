// XML for TMX and XLIFF. fast-xml-parser's validator decides whether a file is well-formed and names the
// line of the first error; a small tokenizer then walks the (now known to be well-formed) file once to
// record where each element and its content start and end, which the parser does not give. Offsets are
// what lets findings point at a line and column of the user's TMX or XLIFF file.

import { createRequire } from "node:module";

// fast-xml-parser is loaded on first use: plain-text runs never pay its ~50 ms import.
const require = createRequire(import.meta.url);
let validator: typeof import("fast-xml-parser").XMLValidator | undefined;
import { InputError } from "../model/errors.js";
import { blankOut } from "./aligned.js";

export interface XmlElement {
  name: string;
  /** Local name, without a namespace prefix. */
  local: string;
  attrs: Record<string, string>;
  /** Offset of "<" of the start tag. */
  start: number;
  /** Offset just after the start tag's ">" (the content's start). */
  contentStart: number;
  /** Offset of "<" of the end tag (equal to contentStart for <empty/>). */
  contentEnd: number;
  /** Offset just after the end tag. */
  end: number;
  children: XmlElement[];
  /** Content pieces that are character data: [start, end, kind]. */
  texts: Array<{ start: number; end: number; cdata: boolean }>;
}

/** Throws an InputError naming the line when `text` is not well-formed XML. */
export function validateXml(text: string, file: string, what: string): void {
  validator ??= (require("fast-xml-parser") as typeof import("fast-xml-parser")).XMLValidator;
  const r = validator.validate(text, { allowBooleanAttributes: true });
  if (r !== true) throw new InputError(file, `malformed ${what} at line ${r.err.line}, column ${r.err.col}: ${r.err.msg}`);
}

const NAME_END = /[\s/>]/;
const MAX_DEPTH = 200;

function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  // Sticky, so each attribute is read once from where the last ended: linear, no retries.
  const re = /\s*([^\s=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'))?/y;
  for (let m = re.exec(tag); m && m[0].length > 0; m = re.exec(tag)) if (m[2] !== undefined || m[3] !== undefined) out[m[1]!] = decodeEntities(m[2] ?? m[3] ?? "");
  return out;
}

/** Parses well-formed XML into elements with offsets. Linear in the length of the text. */
export function parseXml(text: string, file: string): XmlElement {
  const root: XmlElement = { name: "#document", local: "#document", attrs: {}, start: 0, contentStart: 0, contentEnd: text.length, end: text.length, children: [], texts: [] };
  const stack: XmlElement[] = [root];
  const bad = (at: number, what: string): never => {
    const line = 1 + (text.slice(0, at).match(/\r\n|\r|\n/g)?.length ?? 0);
    throw new InputError(file, `malformed XML at line ${line}: ${what}`);
  };
  const find = (s: string, from: number): number => {
    const k = text.indexOf(s, from);
    if (k < 0) bad(from, `no closing ${s}`);
    return k;
  };
  let i = 0;
  while (i < text.length) {
    const lt = text.indexOf("<", i);
    const top = stack[stack.length - 1]!;
    if (lt < 0) {
      top.texts.push({ start: i, end: text.length, cdata: false });
      break;
    }
    if (lt > i) top.texts.push({ start: i, end: lt, cdata: false });
    if (text.startsWith("<!--", lt)) i = find("-->", lt + 4) + 3;
    else if (text.startsWith("<![CDATA[", lt)) {
      const close = find("]]>", lt + 9);
      top.texts.push({ start: lt + 9, end: close, cdata: true });
      i = close + 3;
    } else if (text.startsWith("<?", lt)) i = find("?>", lt + 2) + 2;
    else if (text.startsWith("<!", lt)) {
      // A DOCTYPE, perhaps with an internal subset in brackets.
      const gt = find(">", lt);
      const bracket = text.indexOf("[", lt);
      i = bracket >= 0 && bracket < gt ? find(">", find("]", bracket)) + 1 : gt + 1;
    } else if (text[lt + 1] === "/") {
      const gt = find(">", lt);
      const name = text.slice(lt + 2, gt).trim();
      const open = stack.pop();
      if (!open || open === root || open.name !== name) bad(lt, `</${name}> does not close <${open?.name ?? ""}>`);
      open!.contentEnd = lt;
      open!.end = gt + 1;
      i = gt + 1;
    } else {
      // A start tag: find its ">" outside quoted attribute values.
      let j = lt + 1;
      let quote = "";
      while (j < text.length) {
        const c = text[j]!;
        if (quote) {
          if (c === quote) quote = "";
        } else if (c === '"' || c === "'") quote = c;
        else if (c === ">") break;
        j++;
      }
      if (j >= text.length) bad(lt, "unclosed start tag");
      let k = lt + 1;
      while (k < j && !NAME_END.test(text[k]!)) k++;
      const name = text.slice(lt + 1, k);
      const selfClosing = text[j - 1] === "/";
      const el: XmlElement = {
        name,
        local: name.includes(":") ? name.slice(name.indexOf(":") + 1) : name,
        attrs: attrs(text.slice(k, selfClosing ? j - 1 : j)),
        start: lt,
        contentStart: j + 1,
        contentEnd: j + 1,
        end: j + 1,
        children: [],
        texts: [],
      };
      top.children.push(el);
      if (!selfClosing) stack.push(el);
      if (stack.length > MAX_DEPTH) bad(lt, `elements nested more than ${MAX_DEPTH} deep`);
      i = j + 1;
    }
  }
  if (stack.length > 1) bad(text.length, `<${stack[stack.length - 1]!.name}> is never closed`);
  return root;
}

const ENTITY = /&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function entityValue(body: string): string | undefined {
  if (body[0] !== "#") return NAMED[body];
  const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
  if (!Number.isFinite(code) || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
  return String.fromCodePoint(code);
}

export function decodeEntities(s: string): string {
  return s.replace(ENTITY, (all, body: string) => entityValue(body) ?? all);
}

/**
 * What markup inside a sentence becomes in a view: U+200B ZERO WIDTH SPACE. Not white space, so an
 * inline tag or "**" adds no double space and no space before punctuation for the checks to flag; the
 * segmenters treat it as a word break and trim it from sentence edges.
 */
export const MARKUP = "\u200b";

/** Entities replaced by their character, padded with MARKUP to the reference's length. */
export function decodeEntitiesSameLength(s: string): string {
  return s.replace(ENTITY, (all, body: string) => {
    const v = entityValue(body);
    return v === undefined || v.length > all.length ? all : v.padEnd(all.length, MARKUP);
  });
}

export function* descendants(el: XmlElement, local: string): Generator<XmlElement> {
  for (const c of el.children) {
    if (c.local === local) yield c;
    else yield* descendants(c, local);
  }
}

export function childrenNamed(el: XmlElement, local: string): XmlElement[] {
  return el.children.filter((c) => c.local === local);
}

/** Elements whose content is code or a sub-flow, not text of the segment. */
const CODE = new Set(["bpt", "ept", "ph", "it", "sub", "ut", "cp"]);

/** The visible text pieces of an element's content: [start, end) spans of the file, tags excluded. */
export function textSpans(el: XmlElement, out: Array<{ start: number; end: number; cdata: boolean }> = []): Array<{ start: number; end: number; cdata: boolean }> {
  const pieces = [...el.texts.map((t) => ({ at: t.start, t })), ...el.children.map((c) => ({ at: c.start, c }))].sort((a, b) => a.at - b.at);
  for (const p of pieces) {
    if ("t" in p) out.push(p.t);
    else if (!CODE.has(p.c.local)) textSpans(p.c, out);
  }
  return out;
}

/** The plain text of an element's content (entities decoded, code elements left out). */
export function plainText(text: string, el: XmlElement): string {
  return textSpans(el)
    .map((s) => (s.cdata ? text.slice(s.start, s.end) : decodeEntities(text.slice(s.start, s.end))))
    .join("");
}

/**
 * The view of one side: same length as `text`, with the visible text of the given elements (entities
 * decoded in place and padded), MARKUP for their inline tags, and spaces everywhere else; line ends kept
 * so lines and columns still hold.
 */
export function sideView(text: string, elements: XmlElement[]): string {
  const parts: string[] = [];
  let at = 0;
  const blank = (a: number, b: number, by: string): void => {
    if (b > a) parts.push(blankOut(text.slice(a, b), by));
  };
  for (const el of [...elements].sort((a, b) => a.contentStart - b.contentStart)) {
    if (el.contentStart < at) continue;
    blank(at, el.contentStart, " ");
    at = el.contentStart;
    for (const s of textSpans(el)) {
      if (s.start < at) continue;
      blank(at, s.start, MARKUP);
      const piece = text.slice(s.start, s.end);
      parts.push(s.cdata ? piece : decodeEntitiesSameLength(piece));
      at = s.end;
    }
    blank(at, el.contentEnd, MARKUP);
    at = Math.max(at, el.contentEnd);
  }
  blank(at, text.length, " ");
  return parts.join("");
}
