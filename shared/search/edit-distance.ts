import { MAX_TERM_LENGTH } from './tokenize';

// Three reusable rows: the distance is computed for thousands of vocabulary words per
// keystroke, and allocating rows for each would feed the garbage collector.
const ROW = MAX_TERM_LENGTH + 2;
let rowBefore = new Int32Array(ROW);
let rowPrevious = new Int32Array(ROW);
let rowCurrent = new Int32Array(ROW);

/**
 * Optimal-string-alignment distance (insert, delete, substitute, swap two neighbours) of
 * `a` and `b`, or `max + 1` as soon as it is certain to exceed `max`. Bounded, so scanning
 * a whole vocabulary for typos stays cheap. Terms longer than MAX_TERM_LENGTH are cut.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const left = a.slice(0, MAX_TERM_LENGTH);
  const right = b.slice(0, MAX_TERM_LENGTH);
  for (let j = 0; j <= right.length; j++) rowPrevious[j] = j;
  for (let i = 1; i <= left.length; i++) {
    rowCurrent[0] = i;
    let rowMin = i;
    const ca = left.charCodeAt(i - 1);
    for (let j = 1; j <= right.length; j++) {
      const cb = right.charCodeAt(j - 1);
      let value = Math.min(rowPrevious[j]! + 1, rowCurrent[j - 1]! + 1, rowPrevious[j - 1]! + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === right.charCodeAt(j - 2) && left.charCodeAt(i - 2) === cb)
        value = Math.min(value, rowBefore[j - 2]! + 1);
      rowCurrent[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [rowBefore, rowPrevious, rowCurrent] = [rowPrevious, rowCurrent, rowBefore];
  }
  const distance = rowPrevious[right.length]!;
  return distance > max ? max + 1 : distance;
}
