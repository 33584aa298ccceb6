// "Erase everything" (Settings): the journal database, with every record, earlier version and
// draft, and the search index's own database, deleted from this device. Deleting a database
// (rather than emptying its tables) leaves none of its files behind.
import { SEARCH_CACHE_NAME } from '../search/search-index-store';
import { INSIGHTS_CACHE_NAME } from '../insights/cache/cache-schema';
import { appDatabase } from './app-database';
import { withStorageTurnover } from './storage-turnover';

function deleteDatabase(name: string, onBlocked: () => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error(`The database ${name} could not be deleted.`));
    // Another tab or window still has it open: it saves, closes and reloads when asked
    // (upgrade-watch.ts); one from an older Hindsight may need closing by hand.
    request.onblocked = onBlocked;
  });
}

/**
 * Deletes the journal and the search index. The page must reload afterwards: its
 * connection is closed for good. `onBlocked` is called while another window holds them open.
 */
export async function eraseJournal(onBlocked: () => void): Promise<void> {
  appDatabase.close();
  // What is erased must not stay named in the storage's own files either (storage-turnover.ts).
  await withStorageTurnover(async () => {
    await deleteDatabase(appDatabase.name, onBlocked);
    await deleteDatabase(SEARCH_CACHE_NAME, onBlocked);
    await deleteDatabase(INSIGHTS_CACHE_NAME, onBlocked);
  });
}
