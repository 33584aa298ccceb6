// Percentiles shared by the driver and the page, so both summarize samples the same way as bench.ts.
import type { Measurement, Unit } from './protocol.ts';

/** Nearest-rank percentile (the definition scripts/bench.ts uses). */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/** p50, p95 and max of a set of samples. */
export function distribution(metric: string, samples: readonly number[], unit: Unit = 'ms'): Measurement[] {
  return [
    { metric, stat: 'p50', value: percentile(samples, 50), unit },
    { metric, stat: 'p95', value: percentile(samples, 95), unit },
    { metric, stat: 'max', value: Math.max(0, ...samples), unit },
  ];
}
