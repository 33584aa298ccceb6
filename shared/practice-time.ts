import { SPEAKING_BAND_SECONDS } from './coach/speaking';

/** `m:ss` for a whole number of seconds: 102 → "1:42", 5 → "0:05", 3725 → "62:05". */
export function formatClock(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

const CLOCK = /^(\d{1,3}):([0-5]\d)$/;
const MINUTES = /^\d{1,3}$/;

/**
 * Seconds from what a person typed as a duration: `m:ss` ("1:42"), or whole minutes ("2").
 * Spaces around it are ignored. Null for anything else, so the form can say how to write it.
 */
export function parseClock(text: string): number | null {
  const trimmed = text.trim();
  const clock = CLOCK.exec(trimmed);
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]);
  return MINUTES.test(trimmed) ? Number(trimmed) * 60 : null;
}

export type BandPlace = 'short' | 'inside' | 'long';

/** Where a spoken run of `seconds` ended relative to the target band. */
export function bandPlaceOf(seconds: number): BandPlace {
  if (seconds < SPEAKING_BAND_SECONDS.min) return 'short';
  return seconds > SPEAKING_BAND_SECONDS.max ? 'long' : 'inside';
}

const verdicts: Record<BandPlace, string> = {
  short: `too short: the band starts at ${formatClock(SPEAKING_BAND_SECONDS.min)}`,
  inside: 'inside the two-minute band',
  long: `too long: the band ends at ${formatClock(SPEAKING_BAND_SECONDS.max)}`,
};

/** "1:42 — inside the two-minute band", said once a run is stopped. */
export function bandVerdictOf(seconds: number): string {
  return `${formatClock(seconds)} — ${verdicts[bandPlaceOf(seconds)]}`;
}
