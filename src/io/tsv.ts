// Already aligned TSV: one pair a line, source TAB target (further columns, such as the score and ids of
// `tandem align --format tsv`, are ignored). A first line "source TAB target" or two language codes is a
// header. A line without a TAB is an error that names the line.

import { InputError } from "../model/errors.js";
import { langOfCode, viewOf, type AlignedFile, type AlignedUnit, type Segment } from "./aligned.js";

export function readTsv(text: string, file: string): AlignedFile {
  const units: AlignedUnit[] = [];
  const re = /\r\n|\r|\n/g;
  let from = 0;
  let line = 0;
  let sourceLang: string | undefined;
  let targetLang: string | undefined;
  const lines: Array<[number, number]> = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    lines.push([from, m.index]);
    from = m.index + m[0].length;
  }
  if (from < text.length) lines.push([from, text.length]);
  for (const [a, b] of lines) {
    line++;
    const row = text.slice(a, b);
    if (row.trim() === "") continue;
    const tab = row.indexOf("\t");
    if (tab < 0) throw new InputError(file, `malformed TSV at line ${line}: no TAB between source and target`);
    const next = row.indexOf("\t", tab + 1);
    const cells: Segment[] = [
      { start: a, end: a + tab },
      { start: a + tab + 1, end: next < 0 ? b : a + next },
    ];
    if (units.length === 0 && sourceLang === undefined && tab <= 32 && (next < 0 ? row.length : next) - tab <= 33) {
      const [s, t] = cells.map((c) => text.slice(c.start, c.end).trim().toLowerCase());
      if ((s === "source" && t === "target") || (langOfCode(s) && langOfCode(t) && s!.length <= 10 && t!.length <= 10)) {
        if (langOfCode(s)) [sourceLang, targetLang] = [s, t];
        else sourceLang = "";
        continue;
      }
    }
    units.push({ source: [cells[0]!], target: [cells[1]!] });
  }
  if (units.length === 0) throw new InputError(file, "holds no source TAB target line");
  return {
    format: "tsv",
    ...(sourceLang ? { sourceLang } : {}),
    ...(targetLang ? { targetLang } : {}),
    units,
    sourceView: viewOf(text, units.flatMap((u) => u.source)),
    targetView: viewOf(text, units.flatMap((u) => u.target)),
  };
}
