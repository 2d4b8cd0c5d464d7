// Sentences the aligner paired one to one only because they stand at the same place: neither side's
// words find the other side, where this document's translations usually find them. A translator who
// pasted the wrong sentence, or left one out where another was added, leaves such a pair; the
// aligner, which must put every sentence somewhere, prefers the pair to two lone sentences when their
// lengths agree. The omission rule reports its source, the addition rule its target.
//
// The evidence is that of partial-omission (omission-evidence.ts) over a whole sentence: per word, a
// log-likelihood ratio of "not translated" against "translated", with the word's hit rate learnt on
// the document's other beads and its chance rate on unrelated ones. Both sides must pass the bar: a
// free but faithful translation usually keeps a few words the dictionary knows on one side at least.

import type { Bead, Lang } from "../model/types.js";
import { unitRates, type OmissionIndex, type RunLimits } from "./omission-evidence.js";
import { omissionIndexFor, PARTIAL_OMISSION_DEFAULTS } from "./partial-omission.js";
import type { CheckContext } from "./types.js";

/**
 * Measured on injected mac-dev and aca (inject.mjs seeds 1–7, omissions and additions planted):
 * at 5 nats a side, 8 pairs holding planted errors flagged and no correct pair, on the published
 * translations either; at 4, two correct pairs of 17,000 sentences flagged.
 */
export const UNPAIRED_MIN_EVIDENCE = 5;

/** Evidence, in nats, that the words of one side of bead `i` found no counterpart because it has none. */
export function sideEvidence(index: OmissionIndex, side: Lang, i: number, limits: Pick<RunLimits, "prior" | "chanceFactor"> = PARTIAL_OMISSION_DEFAULTS): number {
  const b = index.beads[i]!;
  const [a, z] = side === "zh" ? [b.z0, b.z1] : [b.e0, b.e1];
  const hit = side === "zh" ? index.zhHit[i]! : index.enHit[i]!;
  let llr = 0;
  for (let u = a; u < z; u++) {
    const h = hit[u - a]!;
    const r = unitRates(index, side, u, h, limits);
    if (r) llr += h ? Math.log(r.p0 / r.p) : Math.log((1 - r.p0) / (1 - r.p));
  }
  return llr;
}

/** The one-to-one beads whose two sentences share nothing, with the evidence of each side. */
export function unpairedBeads(ctx: CheckContext, minEvidence = UNPAIRED_MIN_EVIDENCE): Map<Bead, { source: number; target: number }> {
  return ctx.shared(`unpaired:${minEvidence}`, () => {
    const out = new Map<Bead, { source: number; target: number }>();
    if (ctx.sourceLang === ctx.targetLang || !Number.isFinite(minEvidence)) return out;
    const index = omissionIndexFor(ctx);
    if (!index) return out;
    index.beads.forEach((b, i) => {
      if (b.bead.source.length !== 1 || b.bead.target.length !== 1) return;
      const zh = sideEvidence(index, "zh", i);
      if (zh < minEvidence) return;
      const en = sideEvidence(index, "en", i);
      if (en < minEvidence) return;
      out.set(b.bead, ctx.sourceLang === "zh" ? { source: zh, target: en } : { source: en, target: zh });
    });
    return out;
  });
}

/** The rules' option: least evidence on each side, in nats; 0 or less turns the pair check off. */
export function unpairedOption(ctx: CheckContext): number {
  const v = ctx.options["minPairEvidence"];
  const n = typeof v === "number" ? v : UNPAIRED_MIN_EVIDENCE;
  return n > 0 ? n : Infinity;
}

export const UNPAIRED_OPTION_DOC = `least evidence, in nats on each side, that a one-to-one pair shares nothing (each sentence's words, usually found in this document's translations, find nothing in the other), for reporting its sentences as untranslated and added (default ${UNPAIRED_MIN_EVIDENCE}; 0 turns it off)`;
