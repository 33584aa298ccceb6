// The search index's own small database: the packed index and the keys changed since it
// was packed. A cache: it can be deleted at any time and is rebuilt from the journal.
import { Dexie, type Table } from 'dexie';
import { SearchSnapshotSchema, type SearchSnapshot } from '../../shared/search/search-snapshot';

export const SEARCH_CACHE_NAME = 'hindsight-search';

interface StoredIndex {
  id: 'journal';
  snapshot: SearchSnapshot;
  /** Newest `updatedAt` among the records the snapshot holds: later ones are read again. */
  watermark: string;
  /** Version of the journal database the snapshot was made from. */
  journalVersion: number;
}

interface PendingKey {
  seq?: number;
  key: string;
}

type IndexCache = Dexie & { indexes: Table<StoredIndex, string>; pending: Table<PendingKey, number> };

export type LoadedIndex =
  | { found: true; snapshot: SearchSnapshot; watermark: string; pending: string[]; lastSeq: number }
  | { found: false; reason: 'missing' | 'outdated' };

export function openIndexStore(name = SEARCH_CACHE_NAME) {
  const db = new Dexie(name) as IndexCache;
  db.version(1).stores({ indexes: 'id', pending: '++seq' });

  return {
    /** The stored index, unless there is none or it was made by other rules or another journal version. */
    async load(journalVersion: number): Promise<LoadedIndex> {
      const stored = await db.indexes.get('journal');
      if (!stored) return { found: false, reason: 'missing' };
      const parsed = SearchSnapshotSchema.safeParse(stored.snapshot);
      if (!parsed.success || stored.journalVersion !== journalVersion || typeof stored.watermark !== 'string')
        return { found: false, reason: 'outdated' };
      const pending = await db.pending.toArray();
      return {
        found: true,
        snapshot: parsed.data,
        watermark: stored.watermark,
        pending: pending.map((row) => row.key),
        lastSeq: pending.at(-1)?.seq ?? 0,
      };
    },

    /** Notes keys as changed before they are indexed, so a crash cannot leave them stale. */
    async notePending(keys: readonly string[]): Promise<number> {
      const seqs = await db.pending.bulkAdd(
        keys.map((key) => ({ key })),
        { allKeys: true },
      );
      return seqs.at(-1) ?? 0;
    },

    /** Stores a packed index and forgets the pending keys it already holds (up to `uptoSeq`). */
    async save(snapshot: SearchSnapshot, watermark: string, journalVersion: number, uptoSeq: number) {
      await db.transaction('rw', db.indexes, db.pending, async () => {
        await db.indexes.put({ id: 'journal', snapshot, watermark, journalVersion });
        await db.pending.where('seq').belowOrEqual(uptoSeq).delete();
      });
    },

    /** Throws the stored index away: the next start rebuilds it. */
    async discard() {
      await db.transaction('rw', db.indexes, db.pending, async () => {
        await db.indexes.clear();
        await db.pending.clear();
      });
    },

    close: () => db.close(),
  };
}

export type IndexStore = ReturnType<typeof openIndexStore>;

/**
 * An index store that keeps nothing: with the lock on, the index is rebuilt at each unlock
 * rather than stored beside the sealed journal, where its words could be read.
 */
export function memoryIndexStore(): IndexStore {
  let seq = 0;
  return {
    load: () => Promise.resolve({ found: false, reason: 'missing' }),
    notePending: (keys: readonly string[]) => Promise.resolve((seq += keys.length)),
    save: () => Promise.resolve(),
    discard: () => Promise.resolve(),
    close: () => undefined,
  };
}
