// The change feed's share for Insights: every setback written is noted in the insights
// cache, whichever page is open, so the next visit to Insights reads just those again.
import type { JournalChange } from '../../../shared/search/search-protocol';
import { announceJournalNoted } from '../journal-noted';
import { notePending, openCacheDatabase, REBUILD_NOTE, type CacheDatabase } from './cache-schema';

let cache: CacheDatabase | undefined;

/** Notes a journal change for Insights (stories need no note: Insights reads them all). */
export function noteJournalChange(change: JournalChange): void {
  const ids = change.rebuild ? [REBUILD_NOTE] : change.keys.entries;
  const noted = ids.length > 0 ? notePending((cache ??= openCacheDatabase()), ids) : Promise.resolve();
  // A note that cannot be written (a full disk) is not lost for good: a setback's new
  // `updatedAt` brings it back to the next reading, and a changed count starts a check.
  void noted.catch(() => undefined).then(announceJournalNoted);
}
