import { Dexie } from 'dexie';
import { searchedTables, type RowOf, type SearchedTable } from '../../shared/table-registry';
import { tableOf, type HindsightDatabase } from './database';

/** Ids to read, per table search indexes. */
export type LookupRequest = Partial<Record<SearchedTable, readonly string[]>>;
/** What was found: a row per id asked for, or undefined when there is none. */
export type LookupResult = { [T in SearchedTable]?: (RowOf<T> | undefined)[] };

/** Reads some setbacks and stories by id, all in one read transaction (for search snippets). */
export function createRecordLookup(db: HindsightDatabase) {
  return {
    read(request: LookupRequest): Promise<LookupResult> {
      return db.transaction('r', db.entries, db.stories, async () => {
        const [entries, stories] = await Promise.all([
          tableOf(db, 'entries').bulkGet([...(request.entries ?? [])]),
          tableOf(db, 'stories').bulkGet([...(request.stories ?? [])]),
        ]);
        return { entries, stories };
      });
    },
  };
}

/**
 * True when Dexie's `storagemutated` parts (keys like `idb://hindsight/entries/…`, from this
 * tab or another) include a write to one of the tables search indexes.
 */
export function touchesSearchedTables(parts: Record<string, unknown>, databaseName: string): boolean {
  const prefixes = searchedTables.map((name) => `idb://${databaseName}/${name}/`);
  return Object.keys(parts).some((key) => prefixes.some((prefix) => key.startsWith(prefix)));
}

/** Hears every committed write to the setbacks or stories of `db`, from this tab or another. Returns a stop. */
export function watchSearchedRecords(db: HindsightDatabase, listener: () => void): () => void {
  const heard = (parts: Record<string, unknown>) => {
    if (touchesSearchedTables(parts, db.name)) listener();
  };
  Dexie.on('storagemutated', heard);
  return () => Dexie.on('storagemutated').unsubscribe(heard);
}
