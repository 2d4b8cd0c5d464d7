// The best monotone path of beads, by dynamic programming in a band around an expected path, so that
// cost grows linearly with document length.

export interface Shape {
  zh: number;
  en: number;
}

export const DEFAULT_SHAPES: Shape[] = [
  { zh: 1, en: 1 },
  { zh: 1, en: 0 },
  { zh: 0, en: 1 },
  { zh: 1, en: 2 },
  { zh: 2, en: 1 },
  { zh: 2, en: 2 },
  { zh: 1, en: 3 },
  { zh: 3, en: 1 },
  { zh: 2, en: 3 },
  { zh: 3, en: 2 },
  { zh: 1, en: 4 },
  { zh: 4, en: 1 },
];

export interface PathBead {
  z0: number;
  z1: number;
  e0: number;
  e1: number;
  score: number;
}

/**
 * Maximises the sum of bead scores over monotone paths from (0,0) to (n,m).
 * `band(i)` gives the inclusive range of j allowed at row i; it must contain (0,0) and (n,m).
 */
export function bandedSearch(
  n: number,
  m: number,
  shapes: Shape[],
  beadScore: (z0: number, z1: number, e0: number, e1: number) => number,
  band: (i: number) => [number, number],
  /**
   * Whether a bead could lift `base` (the best score at its start) above `top` (the best so far at its
   * end): false only when an upper bound on beadScore shows `base + bound <= top`, and then the shape
   * is skipped. Cheaper to compute than beadScore.
   */
  mayBeat?: (z0: number, z1: number, e0: number, e1: number, base: number, top: number) => boolean,
  /** Per shape, an upper bound on beadScore wherever the shape is placed: tested first, costs nothing. */
  shapeBound?: number[],
): PathBead[] {
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  const offset = new Float64Array(n + 2);
  for (let i = 0; i <= n; i++) {
    // Read by index: destructuring walks the tuple's iterator until this is optimized.
    const range = band(i);
    lo[i] = Math.max(0, range[0]);
    hi[i] = Math.min(m, range[1]);
    if (hi[i]! < lo[i]!) hi[i] = lo[i]!;
    offset[i + 1] = offset[i]! + (hi[i]! - lo[i]! + 1);
  }
  const size = offset[n + 1]!;
  const best = new Float64Array(size).fill(-Infinity);
  const back = new Int8Array(size).fill(-1);
  const cell = (i: number, j: number): number =>
    j < lo[i]! || j > hi[i]! ? -1 : offset[i]! + (j - lo[i]!);
  // Shapes as plain numbers for the inner loop; no bound is +Infinity, which rules nothing out.
  const k = shapes.length;
  const dzOf = Int32Array.from(shapes, (s) => s.zh);
  const deOf = Int32Array.from(shapes, (s) => s.en);
  const limit = Float64Array.from(shapes, (_, s) => shapeBound?.[s] ?? Infinity);
  best[cell(0, 0)] = 0;
  for (let i = 0; i <= n; i++) {
    const rowLo = lo[i]!;
    const rowHi = hi[i]!;
    const rowOffset = offset[i]!;
    for (let j = rowLo; j <= rowHi; j++) {
      if (i === 0 && j === 0) continue;
      let top = -Infinity;
      let arg = -1;
      for (let s = 0; s < k; s++) {
        const pi = i - dzOf[s]!;
        const pj = j - deOf[s]!;
        if (pi < 0 || pj < 0 || pj < lo[pi]! || pj > hi[pi]!) continue;
        const base = best[offset[pi]! + (pj - lo[pi]!)]!;
        if (base === -Infinity) continue;
        if (base + limit[s]! <= top) continue;
        if (mayBeat && !mayBeat(pi, i, pj, j, base, top)) continue;
        const v = base + beadScore(pi, i, pj, j);
        if (v > top) {
          top = v;
          arg = s;
        }
      }
      const here = rowOffset + (j - rowLo);
      best[here] = top;
      back[here] = arg;
    }
  }
  const path: PathBead[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const c = cell(i, j);
    const s = c < 0 ? -1 : back[c]!;
    if (s < 0) throw new Error(`alignment search left its band at (${i}, ${j})`);
    const { zh, en } = shapes[s]!;
    path.push({ z0: i - zh, z1: i, e0: j - en, e1: j, score: 0 });
    i -= zh;
    j -= en;
  }
  return path.reverse();
}
