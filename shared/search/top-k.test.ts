import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { topK } from './top-k';

describe('topK', () => {
  it('returns the k best, best first, like sorting everything would', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 300 }), fc.nat(40), (values, k) => {
        const items = Uint32Array.from(values.keys());
        const better = (a: number, b: number) => values[a]! > values[b]! || (values[a] === values[b] && a < b);
        const expected = [...items].sort((a, b) => (better(a, b) ? -1 : 1)).slice(0, k);
        expect(topK(items, items.length, k, better)).toEqual(expected);
      }),
    );
  });

  it('reads only the first `count` items', () => {
    expect(topK(Uint32Array.from([5, 9, 7]), 2, 5, (a, b) => a > b)).toEqual([9, 5]);
  });
});
