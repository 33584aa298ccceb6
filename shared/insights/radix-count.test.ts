import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { radixSort, topRuns } from './radix-count';

describe('counting terms by sorting their hashes', () => {
  it('sorts like a numeric sort', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 2 ** 32 - 1 })), (values) => {
        expect([...radixSort(Uint32Array.from(values))]).toEqual([...values].sort((a, b) => a - b));
      }),
    );
  });

  it('keeps the values repeated most often, at least so often, most first and ties by value', () => {
    const values = radixSort(Uint32Array.from([5, 1, 5, 2 ** 32 - 1, 5, 1, 2 ** 32 - 1, 2 ** 32 - 1, 9, 9, 9, 9]));
    expect(topRuns(values, 3, 2)).toEqual([
      { hash: 9, count: 4 },
      { hash: 5, count: 3 },
    ]);
    expect(topRuns(values, 2, 10).map((run) => run.hash)).toEqual([9, 5, 2 ** 32 - 1, 1]);
    expect(topRuns(new Uint32Array(), 1, 5)).toEqual([]);
  });

  it('keeps what sorting every run would keep', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 40 }), { maxLength: 300 }), fc.integer({ min: 1, max: 4 }), (list, min) => {
        const counts = new Map<number, number>();
        for (const value of list) counts.set(value, (counts.get(value) ?? 0) + 1);
        const expected = [...counts]
          .filter(([, count]) => count >= min)
          .map(([hash, count]) => ({ hash, count }))
          .sort((a, b) => b.count - a.count || a.hash - b.hash)
          .slice(0, 5);
        expect(topRuns(radixSort(Uint32Array.from(list)), min, 5)).toEqual(expected);
      }),
    );
  });
});
