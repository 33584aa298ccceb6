import { platform } from '../platform';
import { scheduleAutomaticBackups } from './automatic-backups';
import { createBackupRepository } from './backup-repository';
import { openDatabase } from './database';
import { createDraftRepository } from './draft-repository';
import { createEntryRepository } from './entry-repository';
import { openJournalChangeChannel } from './journal-change-channel';
import { createRevisionStore } from './revision-store';
import { createStoryRepository } from './story-repository';
import { searchChangeFeed, type JournalChange } from './search-change-feed';
import { requestPersistentStorage } from './storage-persistence';
import { watchForUpgrades } from './upgrade-watch';

const journalChangeListeners = new Set<(change: JournalChange) => void>();
const tellListeners = (change: JournalChange) => journalChangeListeners.forEach((listener) => listener(change));

/** The app's one journal database and the repositories components write through. */
export const appDatabase = openDatabase();
// An import or a cleared table asks every open tab to rebuild its index: rare, and each tab
// must stop answering from what it held.
const otherTabs = openJournalChangeChannel(appDatabase.name, tellListeners);
import.meta.hot?.dispose(() => otherTabs.close());
appDatabase.use(
  searchChangeFeed((change) => {
    otherTabs.tell(change);
    tellListeners(change);
  }),
);

/** Hears which entries and stories were written, here or in another tab (the search index keeps up through this). */
export function onJournalChange(listener: (change: JournalChange) => void): () => void {
  journalChangeListeners.add(listener);
  return () => journalChangeListeners.delete(listener);
}
export const entryRepository = createEntryRepository(appDatabase);
export const storyRepository = createStoryRepository(appDatabase);
export const revisionRepository = createRevisionStore(appDatabase, { now: () => new Date().toISOString() });
export const backupRepository = createBackupRepository(appDatabase);
export const draftRepository = createDraftRepository(appDatabase);

watchForUpgrades(appDatabase);
if (platform.automaticBackups) scheduleAutomaticBackups(appDatabase, backupRepository, platform.automaticBackups);
// Asked once at start-up; Settings shows the answer.
export const persistence = requestPersistentStorage().catch(() => 'unsupported' as const);

/** True when the journal was made by a newer Hindsight and is open read-only. */
export async function isReadOnly(): Promise<boolean> {
  await appDatabase.open();
  return appDatabase.readOnly;
}
