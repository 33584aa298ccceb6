// The insights cache: every setback's facts (numbers and hashes, no words) and the ids of
// setbacks written since they were stored. A cache: it can be deleted at any time and is
// rebuilt from the journal.
import type { SealingCipher } from '../../../shared/lock/sealed-shape';
import { FACTS_VERSION } from '../../../shared/insights/entry-facts';
import { FactColumnsSchema, type FactColumns } from '../../../shared/insights/fact-columns';
import { INSIGHTS_CACHE_NAME, notePending, openCacheDatabase, type PendingNote } from './cache-schema';
import { isSealedFacts, openFacts, sealFacts } from './sealed-facts';

export { REBUILD_NOTE, type PendingNote } from './cache-schema';

export type LoadedFacts =
  { found: true; columns: FactColumns; watermark: string } | { found: false; reason: 'missing' | 'outdated' };

/** The cache. With the lock on (`cipher`), the facts are sealed with the journal's data key. */
export function openInsightsCache(name = INSIGHTS_CACHE_NAME, cipher: SealingCipher | null = null) {
  const db = openCacheDatabase(name);

  return {
    /** The stored facts, unless there are none or they were made by other rules or journal version. */
    async load(journalVersion: number): Promise<LoadedFacts> {
      const stored = await db.facts.get('journal');
      if (!stored) return { found: false, reason: 'missing' };
      // Sealed facts without the key, or plain ones with the lock on: rebuilt, never trusted.
      if (isSealedFacts(stored.columns) !== (cipher !== null)) return { found: false, reason: 'outdated' };
      let columns: unknown = stored.columns;
      try {
        if (cipher && isSealedFacts(columns)) columns = openFacts(cipher, columns);
      } catch {
        return { found: false, reason: 'outdated' };
      }
      const parsed = FactColumnsSchema.safeParse(columns);
      const current = stored.journalVersion === journalVersion && stored.factsVersion === FACTS_VERSION;
      if (!parsed.success || !current || typeof stored.watermark !== 'string')
        return { found: false, reason: 'outdated' };
      return { found: true, columns: parsed.data, watermark: stored.watermark };
    },

    /** Notes setbacks as written (or everything, with REBUILD_NOTE), for the next reading. */
    note: (ids: readonly string[]) => notePending(db, ids),

    pending: (): Promise<PendingNote[]> => db.pending.toArray(),

    /** Stores the facts and forgets the notes they took in (a note written again since is kept). */
    async save(columns: FactColumns, watermark: string, journalVersion: number, applied: readonly PendingNote[]) {
      await db.transaction('rw', db.facts, db.pending, async () => {
        const stored = cipher ? sealFacts(cipher, columns) : columns;
        await db.facts.put({ id: 'journal', columns: stored, watermark, journalVersion, factsVersion: FACTS_VERSION });
        const current = await db.pending.bulkGet(applied.map((note) => note.id));
        const taken = applied.filter((note, at) => current[at]?.mark === note.mark).map((note) => note.id);
        await db.pending.bulkDelete(taken);
      });
    },

    /** Opens the database now (it also opens on first use). */
    open: () => db.open(),

    close: () => db.close(),
  };
}

export type InsightsCache = ReturnType<typeof openInsightsCache>;
