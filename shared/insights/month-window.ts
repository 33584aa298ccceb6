// Which months the chart shows: the last twelve, or fewer when the journal is younger.

/** A month as one number (year × 12 + month − 1), from YYYYMMDD. */
export const monthOfDay = (day: number) => Math.floor(day / 10_000) * 12 + (Math.floor(day / 100) % 100) - 1;

/** The month number as `YYYY-MM`. */
export const monthLabel = (month: number) =>
  `${String(Math.floor(month / 12)).padStart(4, '0')}-${String((month % 12) + 1).padStart(2, '0')}`;

export const MONTHS_SHOWN = 12;

/**
 * The months to chart, first and last inclusive: up to twelve ending this month, starting no
 * earlier than the first setback. A journal with nothing in the last twelve months (all of it
 * written earlier, or backdated) shows its own last twelve instead of a row of empty bars.
 */
export function monthWindow(
  months: { first: number; last: number; recent: (from: number, to: number) => boolean },
  thisMonth: number,
): { from: number; to: number } {
  let to = Math.max(thisMonth, months.last);
  if (!months.recent(to - MONTHS_SHOWN + 1, to)) to = months.last;
  return { from: Math.max(to - MONTHS_SHOWN + 1, months.first), to };
}
