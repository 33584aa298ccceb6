// The app's start sequence: every service is set up here, in order, and nowhere else.
// Importing a module starts nothing; main.tsx calls startApp() before the app renders (and
// not for the print view, which needs none of these).
import { appDatabase, journalChanges } from '../db/app-database';
import { sessionSealing } from '../db/lock-session';
import { platform } from '../platform';
import { searchClient } from '../search/app-search';
import { openJournalChangeChannel } from '../search/journal-change-channel';
import { noteJournalChange } from '../insights/cache/note-journal-changes';
import { requestPersistentStorage } from './storage-persistence';
import { watchForUpgrades } from '../db/upgrade-watch';

let started = false;

/**
 * Starts the app's services, once. `automaticBackups`: false in the quick-capture window,
 * which only adds a setback (the main window keeps the backups; two would race to write them).
 */
export function startApp(automaticBackups = true): void {
  if (started) return;
  started = true;

  // 1. Open the journal. A failure shows where it is read (the journal page, Settings).
  appDatabase.open().catch((error: unknown) => console.error('The journal could not be opened:', error));

  // 2. The change feed: what is written here reaches search and the other tabs; what the
  //    other tabs write reaches search here.
  journalChanges.listen((change) => searchClient.changed(change));
  const otherTabs = openJournalChangeChannel(appDatabase.name, (change) => searchClient.changed(change));
  journalChanges.listen((change) => otherTabs.tell(change));
  journalChanges.listen(noteJournalChange);

  // 3. Another window may upgrade the journal at any moment: save what was typed first.
  watchForUpgrades(appDatabase);

  // 4. Automatic daily backups (desktop only: main keeps them).
  //    Its code loads once the app has started: only the desktop has automatic backups.
  const automatic = automaticBackups && platform.automaticBackups;
  if (automatic)
    void Promise.all([import('../backups/automatic-backups'), import('../db/backup-access')]).then(
      ([{ scheduleAutomaticBackups }, { backupRepository }]) =>
        scheduleAutomaticBackups(backupRepository, automatic, {
          // With the lock on, backups are sealed (that code too loads only when needed).
          sealing: {
            on: sessionSealing.sealed,
            seal: async (text, counts) => (await import('../db/backup-sealing')).sealBackupText(text, counts),
          },
        }),
    );

  // 5. Ask the browser to keep the journal under disk pressure; Settings shows the answer.
  void requestPersistentStorage();

  import.meta.hot?.dispose(() => otherTabs.close());
}
