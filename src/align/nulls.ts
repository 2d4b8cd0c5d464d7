// A second look at sentences the search left without a counterpart. The search pays a fixed cost for a
// lone sentence and a price for each bead shape, so a sentence the neighbouring bead plainly explains
// is sometimes left alone: joining it would have made a rare shape (1-4, 2-3) or a worse length ratio.
// Users read each lone sentence as "untranslated" or "added", so one the neighbouring bead explains
// well is joined to it (the neighbour that explains it best), and so is one that brings a neighbour
// far too short on its side back to a balanced length.

import type { BeadScorer } from "./score.js";
import type { PathBead } from "./search.js";

/**
 * Joins each lone sentence to the adjacent bead whose other side covers at least `share` of what a
 * typical pair of this document covers (IDF-weighted dictionary coverage, the median over one-to-one
 * beads, on the lone sentence's side): a loose literary translation and a literal technical one are
 * each judged against themselves. An on-topic added sentence shares a few words with its neighbour
 * and stays alone. `share` > 1 turns this off.
 */
export function joinExplained(
  path: PathBead[],
  scorer: BeadScorer,
  share: number,
  maxDelta = Infinity,
  lengthGain = Infinity,
  /** The length bound for a sentence explained as well as the document's typical pair (at least `share` × that). */
  strongMaxDelta = maxDelta,
  /** Sentences that pair only with their like (keywords lines, headings), by side and index: never joined, never joined to. */
  apart: { zh: boolean[]; en: boolean[] } = { zh: [], en: [] },
  /** Heading-like lines (index.ts headingLike), by side: one joins only a bead whose other side has one too. */
  headings: { zh: ArrayLike<number>; en: ArrayLike<number> } = { zh: [], en: [] },
): PathBead[] {
  if (share > 1 || !path.some((b) => b.z0 === b.z1 || b.e0 === b.e1)) return path;
  const zhCov: number[] = [];
  const enCov: number[] = [];
  for (const b of path) {
    if (b.z1 - b.z0 !== 1 || b.e1 - b.e0 !== 1) continue;
    const c = scorer.coverage(b.z0, b.z1, b.e0, b.e1);
    zhCov.push(c.zh);
    enCov.push(c.en);
  }
  const median = (xs: number[]): number => (xs.length ? xs.sort((a, b) => a - b)[xs.length >> 1]! : 0.5);
  // A floor, so that a document the dictionary barely covers (or --no-dictionary) does not join everything.
  const typical = { zh: Math.max(0.05, median(zhCov)), en: Math.max(0.05, median(enCov)) };
  const need = { zh: Math.max(0.05, share * typical.zh), en: Math.max(0.05, share * typical.en) };
  const out: PathBead[] = [];
  const beads = path.map((b) => ({ ...b }));
  const real = (b: PathBead | undefined): b is PathBead => !!b && b.z0 < b.z1 && b.e0 < b.e1;
  const holdsApart = (n: PathBead): boolean => {
    for (let z = n.z0; z < n.z1; z++) if (apart.zh[z]) return true;
    for (let e = n.e0; e < n.e1; e++) if (apart.en[e]) return true;
    return false;
  };
  for (let i = 0; i < beads.length; i++) {
    const b = beads[i]!;
    const zhAlone = b.z1 - b.z0 === 1 && b.e0 === b.e1;
    const enAlone = b.e1 - b.e0 === 1 && b.z0 === b.z1;
    if ((!zhAlone && !enAlone) || holdsApart(b)) {
      out.push(b);
      continue;
    }
    const prev = out[out.length - 1];
    const next = beads[i + 1];
    const alone = zhAlone ? need.zh : need.en;
    // Neighbour n with the lone sentence added: after it (the previous bead) or before it (the next).
    const joined = (n: PathBead, after: boolean): PathBead =>
      zhAlone ? (after ? { ...n, z1: b.z1 } : { ...n, z0: b.z0 }) : after ? { ...n, e1: b.e1 } : { ...n, e0: b.e0 };
    // How strongly neighbour n claims the lone sentence: its coverage, if that is typical enough;
    // or, failing that, a join that turns a bead far too short on one side into a balanced one
    // (a sentence split off by the translator that the dictionary cannot see into).
    const claim = (n: PathBead | undefined, after: boolean): number => {
      if (!real(n) || holdsApart(n)) return -1;
      if (zhAlone ? headings.zh[b.z0] && !some(headings.en, n.e0, n.e1) : headings.en[b.e0] && !some(headings.zh, n.z0, n.z1)) return -1;
      // The joined bead must still agree in length: a source sentence whose translation is missing
      // often shares its topic words with the neighbour, but would double the neighbour's source.
      // A sentence the neighbour explains as well as a typical pair of the document is explained
      // beyond doubt: a looser bound on the length then ("'You're hopeless!' he jeered." beside the
      // short line it renders).
      const j = joined(n, after);
      const dj = Math.abs(scorer.lengthDelta(j.z0, j.z1, j.e0, j.e1));
      const c = zhAlone ? scorer.coverage(b.z0, b.z1, n.e0, n.e1).zh : scorer.coverage(n.z0, n.z1, b.e0, b.e1).en;
      if (dj > (c >= typical[zhAlone ? "zh" : "en"] ? strongMaxDelta : maxDelta)) return -1;
      if (c >= alone) return c;
      const dn = Math.abs(scorer.lengthDelta(n.z0, n.z1, n.e0, n.e1));
      return dn - dj >= lengthGain ? alone : -1;
    };
    const cp = claim(prev, true);
    const cn = claim(next, false);
    if (Math.max(cp, cn) < alone) out.push(b);
    else if (cp >= cn) out[out.length - 1] = joined(prev!, true);
    else beads[i + 1] = joined(next!, false);
  }
  return out;
}

function some(flags: ArrayLike<number>, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (flags[k]) return true;
  return false;
}
