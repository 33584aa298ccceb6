/**
 * The smallest round number at or above `value` for the top of an axis (1, 2, 3, 4, 5, 6 or 8
 * × a power of ten): close enough that the bars fill the chart, even so that its middle
 * tick is whole.
 */
export function niceCeiling(value: number): number {
  if (value <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 3, 4, 5, 6, 8, 10].find((factor) => factor * power >= value) ?? 10;
  return step * power;
}
