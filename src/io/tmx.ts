// TMX 1.4: <tmx><header srclang=…/><body><tu tuid=…><note/><tuv xml:lang=…><seg>…</seg></tuv>…</tu></body></tmx>.
// Each <tu> is one pair. The source is the <tuv> in the requested (or the header's) source language, the
// target the one in the other language; a unit's notes and properties are kept as the segment's notes.

import { InputError } from "../model/errors.js";
import type { Lang, SentenceMeta } from "../model/types.js";
import { langOfCode, type AlignedFile, type AlignedUnit } from "./aligned.js";
import { childrenNamed, descendants, parseXml, plainText, sideView, validateXml, type XmlElement } from "./xml.js";

function tuvLang(tuv: XmlElement): string | undefined {
  return tuv.attrs["xml:lang"] ?? tuv.attrs["lang"];
}

export function readTmx(text: string, file: string, from?: Lang, to?: Lang): AlignedFile {
  validateXml(text, file, "TMX");
  const doc = parseXml(text, file);
  const tmx = doc.children.find((c) => c.local === "tmx");
  if (!tmx) throw new InputError(file, "is not TMX (no <tmx> root element)");
  const header = childrenNamed(tmx, "header")[0];
  const body = childrenNamed(tmx, "body")[0];
  if (!body) throw new InputError(file, "malformed TMX: no <body>");
  const declared = header?.attrs["srclang"];
  const tus = [...descendants(body, "tu")];
  // Which languages: from --from/--to, else the header's srclang, else the first unit's order.
  const langs = new Set<Lang>();
  for (const tu of tus) for (const tuv of childrenNamed(tu, "tuv")) {
    const l = langOfCode(tuvLang(tuv));
    if (l) langs.add(l);
  }
  let source: Lang | undefined = from ?? (to ? (to === "zh" ? "en" : "zh") : langOfCode(declared));
  if (!source) {
    const first = tus.map((tu) => childrenNamed(tu, "tuv").map((t) => langOfCode(tuvLang(t))).find(Boolean)).find(Boolean);
    source = first ?? "zh";
  }
  const target: Lang = to ?? (source === "zh" ? "en" : "zh");
  if (!langs.has("zh") && !langs.has("en") && tus.length > 0) throw new InputError(file, "has no Chinese or English <tuv> (xml:lang zh… or en…)");

  const units: AlignedUnit[] = [];
  const sourceSegs: XmlElement[] = [];
  const targetSegs: XmlElement[] = [];
  for (const tu of tus) {
    const tuvs = childrenNamed(tu, "tuv");
    const pick = (lang: Lang): XmlElement[] => {
      const tuv = tuvs.find((t) => langOfCode(tuvLang(t)) === lang);
      return tuv ? childrenNamed(tuv, "seg") : [];
    };
    const s = pick(source);
    const t = pick(target);
    sourceSegs.push(...s);
    targetSegs.push(...t);
    const notes = [...childrenNamed(tu, "note"), ...tuvs.flatMap((v) => childrenNamed(v, "note"))].map((n) => plainText(text, n).trim()).filter(Boolean);
    const meta: SentenceMeta = { ...(tu.attrs["tuid"] ? { id: tu.attrs["tuid"] } : {}), ...(notes.length ? { notes } : {}) };
    units.push({
      source: s.map((e) => ({ start: e.contentStart, end: e.contentEnd })),
      target: t.map((e) => ({ start: e.contentStart, end: e.contentEnd })),
      ...(Object.keys(meta).length ? { meta } : {}),
    });
  }
  if (units.length === 0) throw new InputError(file, "holds no translation unit (<tu>)");
  return {
    format: "tmx",
    sourceLang: source,
    targetLang: target,
    units,
    sourceView: sideView(text, sourceSegs),
    targetView: sideView(text, targetSegs),
  };
}
