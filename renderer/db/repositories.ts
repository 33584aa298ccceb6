// The repositories components and services write through, over the app's journal database.
// Making them reads and starts nothing.
import { appDatabase } from './app-database';
import { openUnlessClosed } from './database';

export { DATABASE_NAME } from './database';
export { sessionDataKey } from './lock-session';
import { createDraftRepository } from './draft-repository';
import { createEntryRepository } from './entry-repository';
import { createRecordLookup, watchSearchedRecords } from './record-lookup';
import { createRevisionRepository } from './revision-repository';
import { createStoryRepository } from './story-repository';
import { saveTypedInto } from './upgrade-watch';

export const entryRepository = createEntryRepository(appDatabase);
export const storyRepository = createStoryRepository(appDatabase);
export const revisionRepository = createRevisionRepository(appDatabase);
export const draftRepository = createDraftRepository(appDatabase);
export const recordLookup = createRecordLookup(appDatabase);

/** Hears every committed write to setbacks or stories, from this tab or another. Returns a stop. */
export const watchJournalRecords = (listener: () => void) => watchSearchedRecords(appDatabase, listener);

/** True when the journal was made by a newer Hindsight and is open read-only. */
export async function isReadOnly(): Promise<boolean> {
  await openUnlessClosed(appDatabase);
  return appDatabase.readOnly;
}

/** Whether the journal holds any setback and any story (one key each, never a count of everything). */
export async function journalHasRecords(): Promise<{ entries: number; stories: number }> {
  const [entries, stories] = await Promise.all([
    appDatabase.entries.limit(1).primaryKeys(),
    appDatabase.stories.limit(1).primaryKeys(),
  ]);
  return { entries: entries.length, stories: stories.length };
}

/** Closes the journal (its rows are about to move into or out of the lock). */
export function closeJournal(): void {
  appDatabase.close();
}

/** Opens the journal again after a move. */
export async function reopenJournal(): Promise<void> {
  await appDatabase.open();
}

/** Saves what every open form holds (before locking, or closing a window) and waits until it is stored. */
export const saveWhatIsTyped = (): Promise<void> => saveTypedInto(appDatabase);

