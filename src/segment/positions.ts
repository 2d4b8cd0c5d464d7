import type { Position } from "../model/types.js";

/** Maps offsets of a text to 1-based line/column positions, by binary search over line starts. */
export class LineIndex {
  private readonly starts: number[];
  constructor(
    text: string,
    private readonly baseLine = 1,
  ) {
    const starts = [0];
    if (!text.includes("\r")) {
      // Line feeds only, the usual case: indexOf finds them sooner than a loop over every unit.
      for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    } else {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10) starts.push(i + 1);
        else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  position(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: this.baseLine + lo, column: offset - this.starts[lo]! + 1 };
  }
}
