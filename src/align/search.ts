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
  /** An upper bound on beadScore, cheaper to compute: a shape that cannot beat the best so far is skipped. */
  bound?: (z0: number, z1: number, e0: number, e1: number) => number,
  /** Per shape, an upper bound on `bound` wherever the shape is placed: tested first, costs nothing. */
  shapeBound?: number[],
): PathBead[] {
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  const offset = new Float64Array(n + 2);
  for (let i = 0; i <= n; i++) {
    const [a, b] = band(i);
    lo[i] = Math.max(0, a);
    hi[i] = Math.min(m, b);
    if (hi[i]! < lo[i]!) hi[i] = lo[i]!;
    offset[i + 1] = offset[i]! + (hi[i]! - lo[i]! + 1);
  }
  const size = offset[n + 1]!;
  const best = new Float64Array(size).fill(-Infinity);
  const back = new Int8Array(size).fill(-1);
  const cell = (i: number, j: number): number =>
    j < lo[i]! || j > hi[i]! ? -1 : offset[i]! + (j - lo[i]!);
  best[cell(0, 0)] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = lo[i]!; j <= hi[i]!; j++) {
      const here = cell(i, j);
      if (i === 0 && j === 0) continue;
      let top = -Infinity;
      let arg = -1;
      for (let s = 0; s < shapes.length; s++) {
        const { zh, en } = shapes[s]!;
        const pi = i - zh;
        const pj = j - en;
        if (pi < 0 || pj < 0) continue;
        const prev = cell(pi, pj);
        if (prev < 0) continue;
        const base = best[prev]!;
        if (base === -Infinity) continue;
        if (shapeBound && base + shapeBound[s]! <= top) continue;
        if (bound && base + bound(pi, i, pj, j) <= top) continue;
        const v = base + beadScore(pi, i, pj, j);
        if (v > top) {
          top = v;
          arg = s;
        }
      }
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
