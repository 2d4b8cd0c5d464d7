// The HTML report for reviewers: one self-contained file (inline CSS and JS, a Content-Security-Policy
// that forbids any network access), the two texts side by side a bead a row, findings highlighted in
// place, filters by rule and severity, a summary that links to each finding, and a print stylesheet.
// Every piece of input text goes through `html()`; the script is a constant and reads data attributes.

import type { Bead, Document, Finding, Lang, Result, Sentence, Severity, Side } from "../model/types.js";
import { stripMarkup } from "./display.js";
import { html } from "./escape.js";

export interface HtmlOptions {
  toolVersion: string;
  /** Show only beads with findings when the page opens (default: when there are more than 40 beads). */
  onlyFindings?: boolean;
  title?: string;
}

const LANG_NAME: Record<Lang, string> = { zh: "Chinese", en: "English" };
const LANG_TAG: Record<Lang, string> = { zh: "zh-CN", en: "en" };
const SEVERITIES: Severity[] = ["error", "warning", "info"];
const SEV_LABEL: Record<Severity, string> = { error: "error", warning: "warning", info: "note" };
const RANK: Record<Severity, number> = { error: 2, warning: 1, info: 0 };

interface Mark {
  start: number;
  end: number;
  id: number;
  severity: Severity;
  title: string;
}

const plural = (n: number, w: string): string => `${n} ${w}${n === 1 ? "" : "s"}`;

function worst(fs: Finding[]): Severity | undefined {
  let w: Severity | undefined;
  for (const f of fs) if (!w || RANK[f.severity] > RANK[w]) w = f.severity;
  return w;
}

/** Moves an offset off the middle of a surrogate pair, so a highlight never splits a character. */
function snap(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return i > 0 && c >= 0xdc00 && c <= 0xdfff && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800 ? i - 1 : i;
}

/** The sentence's own text from the document, with the findings' ranges wrapped in <mark>. */
function renderSentence(s: Sentence, doc: Document, marks: Mark[]): string {
  const text = (doc.view ?? doc.text).slice(s.start, s.end) || s.text;
  const show = (piece: string): string => html(doc.view !== undefined ? stripMarkup(piece) : piece);
  const inside = marks
    .map((m) => ({ ...m, start: snap(text, Math.max(0, m.start - s.start)), end: snap(text, Math.min(text.length, m.end - s.start)) }))
    .filter((m) => m.end > m.start);
  if (!inside.length) return show(text);
  const cuts = [...new Set([0, text.length, ...inside.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  let out = "";
  for (let k = 0; k + 1 < cuts.length; k++) {
    const a = cuts[k]!;
    const b = cuts[k + 1]!;
    const piece = show(text.slice(a, b));
    const over = inside.filter((m) => m.start <= a && m.end >= b);
    if (!over.length) {
      out += piece;
      continue;
    }
    const sev = over.reduce<Severity>((w, m) => (RANK[m.severity] > RANK[w] ? m.severity : w), "info");
    // A finding about the whole sentence (an addition) is tinted; a part of it (a number) is underlined too.
    const whole = over.every((m) => m.start === 0 && m.end === text.length) ? " whole" : "";
    out += `<mark class="sev-${sev}${whole}" data-f="${over.map((m) => m.id).join(" ")}" title="${html(over.map((m) => m.title).join("\n"))}">${piece}</mark>`;
  }
  return out;
}

function location(f: Finding, result: Result): string {
  const parts: string[] = [];
  const s = f.source.ranges[0];
  const t = f.target.ranges[0];
  if (s) parts.push(`${result.source.lang} ${s.startPos.line}:${s.startPos.column}`);
  if (t) parts.push(`${result.target.lang} ${t.startPos.line}:${t.startPos.column}`);
  return parts.join(" · ");
}

function badge(severity: Severity): string {
  return `<span class="badge sev-${severity}">${SEV_LABEL[severity]}</span>`;
}

function findingItem(f: Finding, id: number, result: Result): string {
  return (
    `<li class="finding sev-${f.severity}" id="f-${id}" data-id="${id}" data-rule="${html(f.rule)}" data-sev="${f.severity}">` +
    `${badge(f.severity)} <code class="rule">${html(f.rule)}</code> <span class="where">${html(location(f, result))}</span>` +
    `<div class="message">${html(f.message)}</div>` +
    (f.suggestion ? `<div class="suggestion">Suggestion: <span>${html(f.suggestion)}</span></div>` : "") +
    `</li>`
  );
}

/** Sentences (blank lines aside) on both sides, and how many of them are in a bead with both sides. */
function coverageCounts(r: Result): { total: number; aligned: number } {
  let total = 0;
  let aligned = 0;
  for (const b of r.beads) {
    const both = b.source.length > 0 && b.target.length > 0;
    for (const id of b.source) if (r.sourceSentences[id]?.kind !== "blank") (total++, both && aligned++);
    for (const id of b.target) if (r.targetSentences[id]?.kind !== "blank") (total++, both && aligned++);
  }
  return { total, aligned };
}

const pairLabel = (r: Result): string => (r.source.path === r.target.path ? r.source.path : `${r.source.path} → ${r.target.path}`);

/** The distinct metadata (XLIFF/TMX id, state, notes) of a bead's sentences, as one discreet line each. */
function segmentMeta(bead: Bead, S: Sentence[], T: Sentence[]): string {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const s of [...bead.source.map((i) => S[i]), ...bead.target.map((i) => T[i])]) {
    const m = s?.meta;
    if (!m) continue;
    const key = JSON.stringify([m.id, m.state, m.notes]);
    if (seen.has(key)) continue;
    seen.add(key);
    const parts = [
      ...(m.id !== undefined ? [`<span class="seg-id" title="segment id">${html(m.id)}</span>`] : []),
      ...(m.state !== undefined ? [`<span class="seg-state" title="state">${html(m.state)}</span>`] : []),
      ...(m.notes ?? []).map((n) => `<span class="seg-note" title="note">${html(n)}</span>`),
    ];
    if (parts.length) lines.push(`<div class="seg-meta">${parts.join(" ")}</div>`);
  }
  return lines.join("");
}

/** The beads of one document pair as table rows, their findings under them; ids are global to the page. */
function renderPair(result: Result, ids: Map<Finding, number>, onlyFindings: boolean, prefix: string): { rows: string; orphans: Finding[] } {
  const { source, target, sourceSentences: S, targetSentences: T, beads, findings } = result;

  // Which bead each finding belongs to (its first sentence), and the marks of each sentence.
  const beadOf: Record<Side, Map<number, number>> = { source: new Map(), target: new Map() };
  beads.forEach((b, k) => (b.source.forEach((i) => beadOf.source.set(i, k)), b.target.forEach((i) => beadOf.target.set(i, k))));
  const byBead = new Map<number, Finding[]>();
  const marks: Record<Side, Map<number, Mark[]>> = { source: new Map(), target: new Map() };
  for (const f of findings) {
    const s = f.source.sentences[0];
    const t = f.target.sentences[0];
    const k = (s !== undefined ? beadOf.source.get(s) : undefined) ?? (t !== undefined ? beadOf.target.get(t) : undefined) ?? -1;
    byBead.set(k, [...(byBead.get(k) ?? []), f]);
    for (const side of ["source", "target"] as const) {
      const sents = side === "source" ? S : T;
      for (const r of f[side].ranges) {
        // A range belongs to every sentence of the finding that it overlaps.
        for (const sid of f[side].sentences.length ? f[side].sentences : sents.map((x) => x.index)) {
          const sent = sents[sid];
          if (!sent || r.end <= sent.start || r.start >= sent.end) continue;
          const list = marks[side].get(sid) ?? [];
          list.push({ start: r.start, end: r.end, id: ids.get(f)!, severity: f.severity, title: `${f.rule}: ${f.message}` });
          marks[side].set(sid, list);
        }
      }
    }
  }

  const cell = (bead: Bead, side: Side): string => {
    const list = side === "source" ? bead.source : bead.target;
    const sents = side === "source" ? S : T;
    const doc = side === "source" ? source : target;
    // What an aligned file says of the unit (its id, state, notes): once a bead, under the translation.
    const metaSide: Side = bead.target.length ? "target" : "source";
    const meta = side === metaSide ? segmentMeta(bead, S, T) : "";
    if (!list.length) return `<td class="text empty"><span class="none">no ${LANG_NAME[doc.lang]} counterpart</span>${meta}</td>`;
    const parts = list.map((id) => {
      const s = sents[id]!;
      return (
        `<div class="sent${s.kind === "blank" ? " blank" : ""}"><span class="loc" title="line:column in ${html(doc.path)}">${s.startPos.line}:${s.startPos.column}</span>` +
        `<span class="t">${renderSentence(s, doc, marks[side].get(id) ?? [])}</span></div>`
      );
    });
    return `<td class="text" lang="${LANG_TAG[doc.lang]}">${parts.join("")}${meta}</td>`;
  };

  const rows: string[] = [];
  beads.forEach((bead, k) => {
    const fs = byBead.get(k) ?? [];
    const w = worst(fs);
    const fids = fs.map((f) => ids.get(f)!).join(" ");
    const both = bead.source.length > 0 && bead.target.length > 0;
    const scoreCell = both
      ? `<td class="score${bead.score < 0.3 ? " low" : ""}"><span>${bead.score.toFixed(2)}</span><span class="gauge"><span style="width:${Math.round(Math.max(0, Math.min(1, bead.score)) * 100)}%"></span></span></td>`
      : `<td class="score na"><span>—</span></td>`;
    const hide = onlyFindings && !fs.length ? " hidden" : "";
    const id = `${prefix}b-${k + 1}`;
    rows.push(
      `<tr class="bead${w ? ` flagged worst-${w}` : ""}" id="${id}" data-f="${fids}"${hide}>` +
        `<td class="num"><a href="#${id}">${k + 1}</a><span class="shape">${bead.source.length}–${bead.target.length}</span></td>` +
        cell(bead, "source") +
        cell(bead, "target") +
        scoreCell +
        `</tr>`,
    );
    if (fs.length) rows.push(`<tr class="findings-row" data-f="${fids}"><td></td><td colspan="3"><ul class="findings">${fs.map((f) => findingItem(f, ids.get(f)!, result)).join("")}</ul></td></tr>`);
  });
  return { rows: rows.join("\n"), orphans: byBead.get(-1) ?? [] };
}

export function formatHtml(result: Result, options: HtmlOptions): string {
  return formatHtmlMany([result], options);
}

/** One page for several document pairs (two folders): one summary and filter bar, a table per pair. */
export function formatHtmlMany(results: Result[], options: HtmlOptions): string {
  const multi = results.length > 1;
  let next = 1;
  const idsOf = results.map((r) => new Map<Finding, number>(r.findings.map((f) => [f, next++])));
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const byRule: Record<string, number> = {};
  let total = 0;
  let aligned = 0;
  let beadCount = 0;
  let realS = 0;
  let realT = 0;
  for (const r of results) {
    for (const f of r.findings) {
      counts[f.severity]++;
      byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
    }
    const c = coverageCounts(r);
    total += c.total;
    aligned += c.aligned;
    beadCount += r.beads.length;
    realS += r.sourceSentences.filter((s) => s.kind !== "blank").length;
    realT += r.targetSentences.filter((s) => s.kind !== "blank").length;
  }
  // One pair: the pipeline's own figure; several: weighted by sentences, as the pipeline computes it.
  const coverage = !multi && results[0] ? results[0].summary.coverage : total === 0 ? 1 : Math.round((aligned / total) * 10000) / 10000;
  const first = results[0]!;
  const { source, target } = first;
  const onlyFindings = options.onlyFindings ?? beadCount > 40;
  const rules = Object.keys(byRule).sort();
  const findingsTotal = counts.error + counts.warning + counts.info;
  const samePath = source.path === target.path;
  const title = options.title ?? `tandem report — ${multi ? `${results.length} document pairs` : pairLabel(first)}`;

  const sections = results.map((r, si) => {
    const pair = renderPair(r, idsOf[si]!, onlyFindings, multi ? `p${si + 1}-` : "");
    const head = multi
      ? `<h2 class="pair-title" id="p-${si + 1}"><span class="file">${html(pairLabel(r))}</span> <small>${plural(r.beads.length, "bead")} · coverage ${(r.summary.coverage * 100).toFixed(1)}% · ${plural(r.findings.length, "finding")}</small></h2>\n`
      : "";
    const orphans = pair.orphans.length
      ? `<h3 class="orphans">Findings about the whole document</h3><ul class="findings">${pair.orphans.map((f) => findingItem(f, idsOf[si]!.get(f)!, r)).join("")}</ul>\n`
      : "";
    return (
      head +
      orphans +
      `<table class="beads">
<colgroup><col class="c-num"><col class="c-text"><col class="c-text"><col class="c-score"></colgroup>
<thead><tr><th>#</th><th>${LANG_NAME[r.source.lang]} <small>${html(r.source.path)}</small></th><th>${LANG_NAME[r.target.lang]} <small>${html(r.target.path)}</small></th><th>score</th></tr></thead>
<tbody>
${pair.rows}
</tbody>
</table>`
    );
  });

  const sevChips = SEVERITIES.map(
    (sev) => `<label class="chip sev-${sev}"><input type="checkbox" data-filter="sev" value="${sev}" checked> <span class="dot"></span>${plural(counts[sev], SEV_LABEL[sev])}</label>`,
  ).join("");
  const ruleChips = rules.length
    ? rules.map((r) => `<label class="chip rule"><input type="checkbox" data-filter="rule" value="${html(r)}" checked> <code>${html(r)}</code> <b>${byRule[r] ?? 0}</b></label>`).join("")
    : `<span class="muted">no findings</span>`;
  const indexItems = results.flatMap((r, si) =>
    r.findings.map((f) => {
      const id = idsOf[si]!.get(f)!;
      const pair = multi ? `<span class="where">${html(pairLabel(r))}</span> ` : "";
      return `<li data-id="${id}" class="sev-${f.severity}"><a href="#f-${id}">${badge(f.severity)} <code>${html(f.rule)}</code> ${pair}<span class="where">${html(location(f, r))}</span> <span class="msg">${html(f.message)}</span></a></li>`;
    }),
  );
  const index = findingsTotal
    ? `<details class="index" ${findingsTotal <= 60 ? "open" : ""}><summary>${plural(findingsTotal, "finding")} — jump to one</summary><ol>${indexItems.join("")}</ol></details>`
    : `<p class="clean">No findings: every check passed.</p>`;
  const byRuleTable = rules.length
    ? `<table class="byrule"><thead><tr><th>rule</th><th>findings</th></tr></thead><tbody>${rules.map((r) => `<tr><td><code>${html(r)}</code></td><td>${byRule[r] ?? 0}</td></tr>`).join("")}</tbody></table>`
    : "";
  const files = multi
    ? `<span class="file">${results.length} document pairs</span> <span class="lang">${LANG_NAME[source.lang]}</span> <span class="arrow">→</span> <span class="lang">${LANG_NAME[target.lang]}</span>`
    : `<span class="file">${html(source.path)}</span> <span class="lang">${LANG_NAME[source.lang]}</span> <span class="arrow">→</span> ${samePath ? "" : `<span class="file">${html(target.path)}</span> `}<span class="lang">${LANG_NAME[target.lang]}</span>`;

  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="tandem ${html(options.toolVersion)}">
<title>${html(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header class="top">
  <div class="head">
    <h1>Translation QA report</h1>
    <p class="files">${files}</p>
  </div>
  <dl class="stats">
    <div><dt>coverage</dt><dd class="${coverage < 0.98 ? "warn" : ""}">${(coverage * 100).toFixed(1)}%</dd></div>
    <div><dt>beads</dt><dd>${beadCount}</dd></div>
    <div><dt>sentences</dt><dd>${realS} <small>${source.lang}</small> · ${realT} <small>${target.lang}</small></dd></div>
    ${SEVERITIES.map((s) => `<div class="sev-${s}"><dt>${SEV_LABEL[s]}s</dt><dd>${counts[s]}</dd></div>`).join("\n    ")}
  </dl>
</header>
<nav class="bar" id="filters" aria-label="Filters">
  <div class="group"><span class="label">Severity</span>${sevChips}</div>
  <div class="group"><span class="label">Rule</span>${ruleChips}</div>
  <div class="group"><label class="chip toggle"><input type="checkbox" id="only-findings"${onlyFindings ? " checked" : ""}> only beads with findings</label><span class="shown" id="shown" aria-live="polite">${plural(findingsTotal, "finding")}</span><span class="keys" title="keyboard"><kbd>n</kbd>/<kbd>p</kbd> next/previous finding</span></div>
</nav>
<section class="summary">
  <div class="summary-grid">
    <div>${index}</div>
    <div>${byRuleTable}</div>
  </div>
</section>
<main>
${sections.join("\n")}
<p class="empty-note" id="empty-note" hidden>No bead matches the filters.</p>
</main>
<footer>Generated by tandem ${html(options.toolVersion)}. Columns are line:column in the input files; the score is the similarity of the two sides (0–1).</footer>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

const CSS = `
:root{--fg:#1d232b;--muted:#5f6b7a;--line:#e3e7ec;--bg:#fff;--band:#f6f8fa;--accent:#2457a6;
--err:#b42318;--err-bg:#fde8e7;--warn:#a15c00;--warn-bg:#fff1d6;--info:#175cd3;--info-bg:#e6efff;
--sans:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans","PingFang SC","Hiragino Sans GB","Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif;
--mono:ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;color:var(--fg);background:var(--bg);font:15px/1.55 var(--sans)}
code{font:0.86em var(--mono)}
.top{display:flex;flex-wrap:wrap;gap:1rem 2rem;align-items:flex-end;justify-content:space-between;padding:1.25rem 2rem 1rem;border-bottom:1px solid var(--line)}
h1{font-size:1.35rem;margin:0 0 .2rem;font-weight:650;letter-spacing:-.01em}
.files{margin:0;color:var(--muted);overflow-wrap:anywhere}
.files .file{font-family:var(--mono);font-size:.9em;color:var(--fg)}
.files .lang{display:inline-block;padding:0 .45em;border:1px solid var(--line);border-radius:1em;font-size:.8em}
.stats{display:flex;flex-wrap:wrap;gap:.5rem;margin:0}
.stats>div{min-width:5.5rem;padding:.4rem .75rem;border:1px solid var(--line);border-radius:8px;background:var(--band)}
.stats dt{font-size:.72rem;text-transform:uppercase;letter-spacing:.06em;color:var(--muted)}
.stats dd{margin:0;font-size:1.2rem;font-weight:650;font-variant-numeric:tabular-nums}
.stats dd small{font-size:.7em;font-weight:400;color:var(--muted)}
.stats dd.warn{color:var(--warn)}
.stats .sev-error dd{color:var(--err)}.stats .sev-warning dd{color:var(--warn)}.stats .sev-info dd{color:var(--info)}
.bar{position:sticky;top:0;z-index:5;display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:center;padding:.55rem 2rem;background:rgba(255,255,255,.97);border-bottom:1px solid var(--line);box-shadow:0 2px 6px rgba(16,24,40,.06)}
.bar .group{display:flex;flex-wrap:wrap;gap:.35rem;align-items:center}
.bar .label{font-size:.72rem;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);margin-right:.2rem}
.chip{display:inline-flex;align-items:center;gap:.3rem;padding:.15rem .6rem .15rem .4rem;border:1px solid var(--line);border-radius:1rem;font-size:.85rem;cursor:pointer;user-select:none;background:#fff}
.chip:hover{border-color:#b8c2cf}
.chip input{margin:0;accent-color:var(--accent)}
.chip .dot{width:.6rem;height:.6rem;border-radius:50%;background:currentColor}
.chip.sev-error .dot{color:var(--err)}.chip.sev-warning .dot{color:var(--warn)}.chip.sev-info .dot{color:var(--info)}
.chip b{font-weight:600;font-variant-numeric:tabular-nums}
.chip:not(.toggle):has(input:not(:checked)){opacity:.55}
.shown{color:var(--muted);font-size:.85rem;margin-left:.5rem}
.keys{color:#98a2b3;font-size:.78rem;margin-left:.8rem}
kbd{font:.72rem var(--mono);padding:0 .3em;border:1px solid var(--line);border-bottom-width:2px;border-radius:3px;background:#fff;color:var(--muted)}
.muted{color:var(--muted)}
.summary{padding:.75rem 2rem 0}
.summary-grid{display:grid;grid-template-columns:minmax(0,1fr) auto;gap:1.5rem;align-items:start}
.summary h2{font-size:1rem;margin:1rem 0 .4rem}
.index summary{cursor:pointer;font-weight:600;padding:.2rem 0}
.index ol{margin:.3rem 0 0;padding-left:2.2rem;max-height:16rem;overflow:auto}
.index li{margin:.1rem 0}
.index a{color:inherit;text-decoration:none;display:block;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;border-radius:4px;padding:.05rem .3rem}
.index a:hover{background:var(--band)}
.index .msg{color:var(--muted)}
.clean{color:#067647;font-weight:600}
table.byrule{border-collapse:collapse;font-size:.88rem;min-width:12rem}
table.byrule th,table.byrule td{padding:.2rem .6rem;border-bottom:1px solid var(--line);text-align:left}
table.byrule td:last-child,table.byrule th:last-child{text-align:right;font-variant-numeric:tabular-nums}
main{padding:1rem 2rem 2rem}
table.beads{width:100%;border-collapse:separate;border-spacing:0;table-layout:fixed}
.c-num{width:3.6rem}.c-score{width:5.2rem}
table.beads thead th{position:sticky;top:var(--bar-h,3.2rem);z-index:2;background:var(--band);text-align:left;font-size:.78rem;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);padding:.45rem .7rem;border-bottom:1px solid var(--line)}
table.beads thead th small{text-transform:none;letter-spacing:0;font-family:var(--mono);font-weight:400;margin-left:.3rem}
table.beads td{vertical-align:top;padding:.55rem .7rem;border-bottom:1px solid var(--line)}
tr.bead td.num{border-left:4px solid transparent;color:var(--muted);font-size:.8rem;font-variant-numeric:tabular-nums}
tr.bead td.num a{color:inherit;text-decoration:none;font-weight:600}
tr.bead td.num .shape{display:block;font-size:.7rem;color:#98a2b3}
tr.worst-error td.num{border-left-color:var(--err)}tr.worst-warning td.num{border-left-color:var(--warn)}tr.worst-info td.num{border-left-color:var(--info)}
tr.bead.flagged td{background:#fcfcfd}
tr.bead:target td,tr.bead:hover td{background:#f8fafc}
td.text{white-space:pre-wrap;overflow-wrap:anywhere;word-break:normal}
td.text[lang|=zh]{line-height:1.75;letter-spacing:.01em}
td.text.empty{background:repeating-linear-gradient(135deg,#fafbfc 0 8px,#f3f5f7 8px 16px)}
.none{font-style:italic;color:var(--muted);font-size:.88rem}
.sent+.sent{margin-top:.45rem}
.sent.blank{display:none}
.seg-meta{margin-top:.3rem;font-size:.72rem;line-height:1.4;color:#98a2b3;white-space:normal}
.seg-meta span+span::before{content:"· ";color:#c0c7d0}
.seg-id{font-family:var(--mono)}
.seg-note{font-style:italic}
.loc{float:right;margin-left:.6rem;font:.72rem var(--mono);color:#98a2b3;white-space:nowrap}
mark{color:inherit;border-radius:2px;padding:0 1px;box-decoration-break:clone;-webkit-box-decoration-break:clone}
mark.sev-error{background:var(--err-bg);box-shadow:inset 0 -2px 0 var(--err)}
mark.sev-warning{background:var(--warn-bg);box-shadow:inset 0 -2px 0 var(--warn)}
mark.sev-info{background:var(--info-bg);box-shadow:inset 0 -2px 0 var(--info)}
mark.whole{box-shadow:none}
mark.off{background:none;box-shadow:none}
td.score{text-align:right;font-variant-numeric:tabular-nums;font-size:.88rem}
td.score .gauge{display:block;height:4px;margin-top:.3rem;background:var(--line);border-radius:2px;overflow:hidden}
td.score .gauge span{display:block;height:100%;background:#7a9cc6}
td.score.low{color:var(--warn)}td.score.low .gauge span{background:var(--warn)}
td.score.na{color:#98a2b3}
tr.findings-row td{padding-top:0;background:#fcfcfd}
ul.findings{list-style:none;margin:0;padding:0}
li.finding{margin:.3rem 0;padding:.45rem .7rem;border-radius:6px;border:1px solid var(--line);border-left-width:4px;background:#fff;scroll-margin-top:9rem}
li.finding.sev-error{border-left-color:var(--err)}li.finding.sev-warning{border-left-color:var(--warn)}li.finding.sev-info{border-left-color:var(--info)}
li.finding:target{outline:2px solid var(--accent);outline-offset:1px}
li.finding .message{margin-top:.15rem;white-space:pre-wrap;overflow-wrap:anywhere}
li.finding .suggestion{color:var(--muted);margin-top:.15rem}
li.finding .suggestion span{color:var(--fg)}
.where{font:.75rem var(--mono);color:var(--muted)}
.badge{display:inline-block;padding:0 .45em;border-radius:4px;font-size:.72rem;font-weight:650;text-transform:uppercase;letter-spacing:.04em;vertical-align:.08em}
.badge.sev-error{background:var(--err-bg);color:var(--err)}.badge.sev-warning{background:var(--warn-bg);color:var(--warn)}.badge.sev-info{background:var(--info-bg);color:var(--info)}
code.rule{font-weight:600}
.empty-note{color:var(--muted);text-align:center;padding:2rem}
h2.pair-title{font-size:1.02rem;margin:1.6rem 0 .5rem;font-weight:600;overflow-wrap:anywhere}
h2.pair-title:first-child{margin-top:0}
h2.pair-title .file{font-family:var(--mono);font-size:.92em}
h2.pair-title small{font-weight:400;color:var(--muted);margin-left:.4rem}
h3.orphans{font-size:.95rem;margin:.6rem 0 .3rem}
table.beads+h2.pair-title{margin-top:2rem}
footer{padding:1rem 2rem 2rem;color:var(--muted);font-size:.8rem;border-top:1px solid var(--line)}
[hidden]{display:none!important}
@media (max-width:900px){.top,.bar,.summary,main,footer{padding-left:1rem;padding-right:1rem}.summary-grid{grid-template-columns:minmax(0,1fr)}.loc{float:none;display:block;margin:0}}
@media print{
body{font-size:10pt;line-height:1.45}
.bar,.index summary,footer{display:none}
.top{padding:0 0 .5rem}.summary,main{padding:0}
.index ol{max-height:none;overflow:visible}
.index a{white-space:normal}
table.beads thead{display:table-header-group}
table.beads thead th{position:static}
tr.bead,tr.findings-row,li.finding{break-inside:avoid;page-break-inside:avoid}
mark,.badge,td.text.empty,.stats>div,li.finding{-webkit-print-color-adjust:exact;print-color-adjust:exact}
a{color:inherit;text-decoration:none}
@page{margin:12mm}
}
`;

// A constant: no input text is ever placed in the script. It reads the data-* attributes of the page.
const SCRIPT = `
(function () {
  "use strict";
  var bar = document.getElementById("filters");
  var only = document.getElementById("only-findings");
  var shown = document.getElementById("shown");
  var note = document.getElementById("empty-note");
  function ids(el) { var v = el.getAttribute("data-f"); return v ? v.split(" ") : []; }
  function apply() {
    var sev = {}, rule = {};
    bar.querySelectorAll("input[data-filter]").forEach(function (b) {
      (b.getAttribute("data-filter") === "sev" ? sev : rule)[b.value] = b.checked;
    });
    var visible = {}, count = 0, total = 0;
    document.querySelectorAll("li.finding").forEach(function (el) {
      total++;
      var on = sev[el.getAttribute("data-sev")] !== false && rule[el.getAttribute("data-rule")] !== false;
      el.hidden = !on;
      if (on) { visible[el.getAttribute("data-id")] = true; count++; }
    });
    document.querySelectorAll(".index li").forEach(function (li) { li.hidden = !visible[li.getAttribute("data-id")]; });
    document.querySelectorAll("mark[data-f]").forEach(function (m) {
      m.classList.toggle("off", !ids(m).some(function (id) { return visible[id]; }));
    });
    var rowsShown = 0;
    document.querySelectorAll("tr.bead").forEach(function (tr) {
      var any = ids(tr).some(function (id) { return visible[id]; });
      tr.classList.toggle("flagged", any);
      tr.hidden = only.checked && !any;
      if (!tr.hidden) rowsShown++;
      var next = tr.nextElementSibling;
      if (next && next.classList.contains("findings-row")) next.hidden = tr.hidden || !any;
    });
    // A pair with no bead left to show keeps its heading (which counts its findings), not an empty table.
    document.querySelectorAll("table.beads").forEach(function (table) {
      table.hidden = !table.querySelector("tr.bead:not([hidden])");
    });
    note.hidden = rowsShown > 0;
    shown.textContent = (count === total ? total : count + " of " + total) + (total === 1 ? " finding" : " findings") + " shown";
  }
  function measure() {
    document.documentElement.style.setProperty("--bar-h", bar.offsetHeight + "px");
  }
  // n / p (or j / k): next / previous finding shown.
  document.addEventListener("keydown", function (e) {
    var t = e.target || {};
    var typing = t.tagName === "TEXTAREA" || t.tagName === "SELECT" || t.isContentEditable || (t.tagName === "INPUT" && t.type !== "checkbox");
    if (e.altKey || e.ctrlKey || e.metaKey || typing) return;
    var step = e.key === "n" || e.key === "j" ? 1 : e.key === "p" || e.key === "k" ? -1 : 0;
    if (!step) return;
    var list = Array.prototype.filter.call(document.querySelectorAll("li.finding"), function (el) { return el.offsetParent !== null; });
    if (!list.length) return;
    var at = list.indexOf(document.querySelector("li.finding:target"));
    var next = at < 0 ? (step > 0 ? 0 : list.length - 1) : (at + step + list.length) % list.length;
    location.hash = "#" + list[next].id;
    e.preventDefault();
  });
  // A printed report lists every finding, even when the list is folded on screen.
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details.index").forEach(function (d) { d.open = true; });
  });
  bar.addEventListener("change", apply);
  window.addEventListener("resize", measure);
  measure();
  apply();
})();
`;
