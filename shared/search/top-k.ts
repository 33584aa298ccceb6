/**
 * The `k` best of `items[0…count)` by `better`, best first. A bounded min-heap: O(n log k),
 * so ranking 100,000 matches for the best 200 never sorts all 100,000.
 */
export function topK(
  items: Uint32Array,
  count: number,
  k: number,
  better: (a: number, b: number) => boolean,
): number[] {
  const heap: number[] = [];
  // The heap's root is the worst item kept: a newcomer only has to beat it.
  const worse = (i: number, j: number) => better(heap[j]!, heap[i]!);
  const siftUp = (start: number) => {
    for (let at = start; at > 0;) {
      const parent = (at - 1) >> 1;
      if (!worse(at, parent)) break;
      [heap[at], heap[parent]] = [heap[parent]!, heap[at]!];
      at = parent;
    }
  };
  const siftDown = () => {
    for (let at = 0; ;) {
      const left = at * 2 + 1;
      const right = left + 1;
      let worst = at;
      if (left < heap.length && worse(left, worst)) worst = left;
      if (right < heap.length && worse(right, worst)) worst = right;
      if (worst === at) return;
      [heap[at], heap[worst]] = [heap[worst]!, heap[at]!];
      at = worst;
    }
  };
  for (let index = 0; index < count; index++) {
    const item = items[index]!;
    if (heap.length < k) {
      heap.push(item);
      siftUp(heap.length - 1);
    } else if (k > 0 && better(item, heap[0]!)) {
      heap[0] = item;
      siftDown();
    }
  }
  return heap.sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
}
