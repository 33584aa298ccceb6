// What both benchmark scripts share: reading options, and printing one JSON line per figure
// in the DESIGN.md shape ({metric, stat, value, unit, entries}) on stdout.
import type { Measurement } from './search-candidates/protocol.ts';

const args = process.argv.slice(2);

/** `--name N` as a whole number, or `fallback` when absent. */
export function option(name: string, fallback: number): number {
  const at = args.indexOf(`--${name}`);
  const value = at === -1 ? fallback : Number(args[at + 1]);
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} takes a whole number.`);
  return value;
}

/** `--only a,b` as a list, or undefined when absent. */
export function onlyOption(): string[] | undefined {
  const at = args.indexOf('--only');
  return at === -1 ? undefined : (args[at + 1] ?? '').split(',');
}

/** Prints one figure, rounded to hundredths, for a journal of `entries`. */
export function emitFor(entries: number) {
  return ({ metric, stat, value, unit }: Measurement) =>
    process.stdout.write(`${JSON.stringify({ metric, stat, value: Math.round(value * 100) / 100, unit, entries })}\n`);
}
