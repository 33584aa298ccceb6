const dateFormat = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

// Rows format the same few days again on every render (each keystroke of a search re-renders
// its result rows): a look-up costs nothing next to Intl's format. Bounded by clearing.
const formattedDays = new Map<string, string>();
const MAX_FORMATTED_DAYS = 5000;

/** "14 Mar 2026" for a stored YYYY-MM-DD date, in the reader's locale. */
export function formatDay(isoDate: string): string {
  const known = formattedDays.get(isoDate);
  if (known !== undefined) return known;
  const date = new Date(`${isoDate}T00:00:00Z`);
  const formatted = Number.isNaN(date.getTime()) ? isoDate : dateFormat.format(date);
  if (formattedDays.size >= MAX_FORMATTED_DAYS) formattedDays.clear();
  formattedDays.set(isoDate, formatted);
  return formatted;
}
