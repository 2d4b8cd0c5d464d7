// XLIFF 1.2 and 2.0. Every segment of a unit is a pair of its own: XLIFF 2.0's <segment>s, and XLIFF
// 1.2's <mrk mtype="seg"> in <seg-source> matched to the target's <mrk> by mid. Notes and state are kept
// on the segment (the `xliff` package kept only a 2.0 unit's last segment; this reader keeps them all).

import { InputError } from "../model/errors.js";
import type { SentenceMeta } from "../model/types.js";
import type { AlignedFile, AlignedUnit } from "./aligned.js";
import { childrenNamed, descendants, parseXml, plainText, sideView, validateXml, type XmlElement } from "./xml.js";

const span = (e: XmlElement) => ({ start: e.contentStart, end: e.contentEnd });

function notesOf(text: string, el: XmlElement): string[] {
  const direct = childrenNamed(el, "note");
  const wrapped = childrenNamed(el, "notes").flatMap((n) => childrenNamed(n, "note"));
  return [...direct, ...wrapped].map((n) => plainText(text, n).trim()).filter(Boolean);
}

function meta(id: string | undefined, state: string | undefined, notes: string[]): SentenceMeta | undefined {
  const m: SentenceMeta = { ...(id ? { id } : {}), ...(state ? { state } : {}), ...(notes.length ? { notes } : {}) };
  return Object.keys(m).length ? m : undefined;
}

export function readXliff(text: string, file: string): AlignedFile {
  validateXml(text, file, "XLIFF");
  const doc = parseXml(text, file);
  const root = doc.children.find((c) => c.local === "xliff");
  if (!root) throw new InputError(file, "is not XLIFF (no <xliff> root element)");
  const v2 = (root.attrs["version"] ?? "").startsWith("2");
  const units: AlignedUnit[] = [];
  const sources: XmlElement[] = [];
  const targets: XmlElement[] = [];
  const add = (s: XmlElement[], t: XmlElement[], m: SentenceMeta | undefined): void => {
    sources.push(...s);
    targets.push(...t);
    units.push({ source: s.map(span), target: t.map(span), ...(m ? { meta: m } : {}) });
  };
  let sourceLang: string | undefined;
  let targetLang: string | undefined;
  if (v2) {
    sourceLang = root.attrs["srcLang"];
    targetLang = root.attrs["trgLang"];
    for (const unit of descendants(root, "unit")) {
      const notes = notesOf(text, unit);
      const segments = unit.children.filter((c) => c.local === "segment");
      if (segments.length === 0) throw new InputError(file, `malformed XLIFF at line ${lineOf(text, unit.start)}: <unit> without <segment>`);
      for (const seg of segments) {
        const id = seg.attrs["id"] ? `${unit.attrs["id"] ?? ""}/${seg.attrs["id"]}` : unit.attrs["id"];
        add(childrenNamed(seg, "source"), childrenNamed(seg, "target"), meta(id, seg.attrs["state"], notes));
      }
    }
  } else {
    for (const f of descendants(root, "file")) {
      sourceLang ??= f.attrs["source-language"];
      targetLang ??= f.attrs["target-language"];
      for (const tu of descendants(f, "trans-unit")) {
        const source = childrenNamed(tu, "source");
        const target = childrenNamed(tu, "target");
        const segSource = childrenNamed(tu, "seg-source")[0];
        const notes = notesOf(text, tu);
        const state = target[0]?.attrs["state"];
        const marks = segSource ? [...descendants(segSource, "mrk")].filter((m) => m.attrs["mtype"] === "seg") : [];
        if (marks.length > 0) {
          const targetMarks = new Map<string, XmlElement>();
          for (const t of target) for (const m of descendants(t, "mrk")) if (m.attrs["mtype"] === "seg" && m.attrs["mid"]) targetMarks.set(m.attrs["mid"], m);
          for (const m of marks) {
            const mid = m.attrs["mid"];
            const t = mid !== undefined ? targetMarks.get(mid) : undefined;
            add([m], t ? [t] : [], meta(mid !== undefined ? `${tu.attrs["id"] ?? ""}/${mid}` : tu.attrs["id"], state, notes));
          }
        } else {
          if (source.length === 0) throw new InputError(file, `malformed XLIFF at line ${lineOf(text, tu.start)}: <trans-unit> without <source>`);
          add(source, target, meta(tu.attrs["id"], state, notes));
        }
      }
    }
  }
  if (units.length === 0) throw new InputError(file, "holds no translation unit");
  return {
    format: "xliff",
    ...(sourceLang ? { sourceLang } : {}),
    ...(targetLang ? { targetLang } : {}),
    units,
    sourceView: sideView(text, sources),
    targetView: sideView(text, targets),
  };
}

function lineOf(text: string, at: number): number {
  let n = 1;
  for (let i = 0; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
}
