// The app's one journal database, and the fan-out of what is written to it. Nothing here
// opens or starts anything: renderer/app/start.ts does, in order. Only the data core
// (renderer/db) and the start sequence may import this file.
import type { JournalChange } from '../../shared/search/search-protocol';
import { changeFeed } from './change-feed';
import { openDatabase } from './database';
import { writesDuringMoveMiddleware } from './writes-during-move';

const listeners = new Set<(change: JournalChange) => void>();

/** The journal database; opened by the start sequence, or by its first read. */
export const appDatabase = openDatabase();
// Part of the database itself, not a service: Dexie builds its middleware when it opens,
// so the feed is there for the first write whoever opens it. Nobody hears it until the
// start sequence connects search and the other tabs.
appDatabase.use(changeFeed((change) => journalChanges.tell(change)));
appDatabase.use(writesDuringMoveMiddleware);

/** Which records this tab wrote: search and the other tabs keep up through this. */
export const journalChanges = {
  listen(listener: (change: JournalChange) => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** Passes a change on to every listener (the change feed and the other-tab channel call it). */
  tell(change: JournalChange): void {
    listeners.forEach((listener) => listener(change));
  },
};
