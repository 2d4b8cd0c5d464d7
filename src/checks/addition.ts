import { LANGUAGE_NAME, quote, what } from "./describe.js";
import type { Rule } from "./types.js";
import { evidenceOption, UNPAIRED_OPTIONS_DOC, unmatchedMembers, unpairedBeads } from "./unpaired.js";

export const addition: Rule = {
  id: "addition",
  description: "A target sentence has no source: the translation added it (nothing is aligned with it, or what is aligned with it has a translation of its own).",
  defaultSeverity: "error",
  example: "“As cosmopolitan city, …” has no Chinese counterpart → addition",
  options: UNPAIRED_OPTIONS_DOC,
  run(ctx) {
    const unpaired = unpairedBeads(ctx, evidenceOption(ctx, "minPairEvidence"));
    const members = unmatchedMembers(ctx, "target", evidenceOption(ctx, "minMemberEvidence"));
    const from = LANGUAGE_NAME[ctx.sourceLang];
    const to = LANGUAGE_NAME[ctx.targetLang];
    for (const bead of ctx.beads) {
      if (!bead.target.length) continue;
      for (const id of bead.target) {
        const s = ctx.target[id]!;
        if (s.kind === "blank") continue;
        const kind = what(s);
        const note = s.kind === "keywords" ? ` (a ${kind} with no ${from} counterpart)` : "";
        let why = "";
        if (bead.source.length) {
          const others = bead.target.filter((x) => x !== id && ctx.target[x]!.kind !== "blank");
          const sources = `${from} ${bead.source.length > 1 ? "sentences" : "sentence"} ${bead.source.map((x) => x + 1).join(", ")}`;
          if (unpaired.has(bead)) why = ` (${sources}, aligned with it by position, shares nothing with it)`;
          else if (members.get(id) === bead && others.length) why = ` (aligned together with ${to} ${others.length > 1 ? "sentences" : "sentence"} ${others.map((x) => x + 1).join(", ")}, which translate${others.length > 1 ? "" : "s"} ${sources})`;
          else continue;
        }
        ctx.report({
          message: `${to} ${kind} ${id + 1} has no ${from} source${note}: ${quote(s.text)}${why}`,
          source: { sentences: bead.source.length ? [...bead.source] : [], ranges: [] },
          target: { sentences: [id], ranges: [ctx.range(s)] },
        });
      }
    }
  },
};
