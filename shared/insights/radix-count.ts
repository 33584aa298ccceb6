/**
 * Sorts 32-bit values in place (two passes of 16 bits): counting the terms of 100,000
 * setbacks by sorting their hashes costs tens of milliseconds where a map of millions of
 * distinct terms cost seconds and hundreds of megabytes.
 */
export function radixSort(values: Uint32Array): Uint32Array {
  let from: Uint32Array = values;
  let to: Uint32Array = new Uint32Array(values.length);
  for (const shift of [0, 16]) {
    const counts = new Uint32Array(65_537);
    for (let at = 0; at < from.length; at++) counts[((from[at]! >>> shift) & 0xffff) + 1]!++;
    for (let bucket = 1; bucket < counts.length; bucket++) counts[bucket]! += counts[bucket - 1]!;
    for (let at = 0; at < from.length; at++) to[counts[(from[at]! >>> shift) & 0xffff]!++] = from[at]!;
    [from, to] = [to, from];
  }
  return from;
}

/**
 * The `limit` values found most often (at least `min` times) in sorted `values`, most first,
 * ties by value. Only those are kept while scanning: a large journal has a hundred thousand
 * terms named three times or more.
 */
export function topRuns(sorted: Uint32Array, min: number, limit: number): { hash: number; count: number }[] {
  const top: { hash: number; count: number }[] = [];
  const before = (a: { hash: number; count: number }, b: { hash: number; count: number }) =>
    a.count > b.count || (a.count === b.count && a.hash < b.hash);
  let start = 0;
  for (let at = 1; at <= sorted.length; at++) {
    if (at < sorted.length && sorted[at] === sorted[start]) continue;
    const run = { hash: sorted[start]!, count: at - start };
    start = at;
    if (run.count < min || (top.length === limit && !before(run, top[limit - 1]!))) continue;
    let place = top.length;
    while (place > 0 && before(run, top[place - 1]!)) place--;
    top.splice(place, 0, run);
    if (top.length > limit) top.pop();
  }
  return top;
}
