import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { radixSort, runsOf } from './radix-count';

describe('counting terms by sorting their hashes', () => {
  it('sorts like a numeric sort', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 2 ** 32 - 1 })), (values) => {
        expect([...radixSort(Uint32Array.from(values))]).toEqual([...values].sort((a, b) => a - b));
      }),
    );
  });

  it('finds the values repeated at least so often', () => {
    expect(runsOf(radixSort(Uint32Array.from([5, 1, 5, 2 ** 32 - 1, 5, 1, 2 ** 32 - 1, 2 ** 32 - 1])), 3)).toEqual([
      { hash: 5, count: 3 },
      { hash: 2 ** 32 - 1, count: 3 },
    ]);
    expect(runsOf(new Uint32Array(), 1)).toEqual([]);
  });
});
