import type { Entry } from './entry';

type ChangeFacts = Pick<Entry, 'reflection' | 'updatedAt' | 'changeWrittenAt'>;

const hasChange = (entry: Pick<Entry, 'reflection'>) => entry.reflection.whatIChanged.trim() !== '';

/**
 * When the setback's "What I changed since" was first written, or null while it has none.
 * Setbacks stored before the date was recorded have a change but no date: their last save
 * (`updatedAt`) stands in for it, the latest moment the change can have been written. The
 * next save pins that moment (see `withChangeWrittenAt`), so later edits do not move it.
 */
export function changeWrittenAtOf(entry: ChangeFacts): string | null {
  if (!hasChange(entry)) return null;
  return entry.changeWrittenAt ?? entry.updatedAt;
}

/**
 * `next` (the setback about to be stored over `previous`) with the date its change was first
 * written: kept while the change stays, set to `now` when a change is written where there was
 * none, removed when the change is emptied (writing one again starts its check-ins afresh).
 */
export function withChangeWrittenAt<T extends ChangeFacts>(previous: ChangeFacts | null, next: T, now: string): T {
  const written = hasChange(next) ? ((previous && changeWrittenAtOf(previous)) ?? now) : null;
  if (written === null) {
    if (next.changeWrittenAt === undefined) return next;
    const kept = { ...next };
    delete kept.changeWrittenAt;
    return kept;
  }
  return next.changeWrittenAt === written ? next : { ...next, changeWrittenAt: written };
}
