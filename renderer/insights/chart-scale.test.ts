import { describe, expect, it } from 'vitest';
import { niceCeiling } from './chart-scale';

describe('the top of an axis', () => {
  it('is the nearest round number at or above the largest value', () => {
    expect([0, 1, 2, 6, 7, 9, 11, 35, 420, 4100].map(niceCeiling)).toEqual([1, 1, 2, 6, 8, 10, 20, 40, 500, 5000]);
  });
});
