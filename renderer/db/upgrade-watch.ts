import type { HindsightDatabase } from './database';

/** Fired when every open form must save at once; editors and the capture draft listen for it. */
export const SAVE_NOW_EVENT = 'hindsight:save-now';

/** Asks every form to save what is pending, the way leaving the page does. */
export function requestSaveNow(): void {
  window.dispatchEvent(new Event(SAVE_NOW_EVENT));
  // The shared autosave hook saves on visibilitychange; this reaches editors that know no other event.
  document.dispatchEvent(new Event('visibilitychange'));
}

/**
 * When another window upgrades the database, this one is asked to close. Instead of
 * letting Dexie close at once (which would drop the text typed in the last 300 ms),
 * keep it open long enough to save every pending draft, then close and reload on the
 * new version.
 */
export function watchForUpgrades(db: HindsightDatabase, reload = () => window.location.reload()): void {
  db.on('versionchange', () => {
    void saveTypedInto(db).then(() => {
      db.close();
      reload();
    });
    return false;
  });
}

/** Asks every form to save what is typed, and resolves once those saves are stored in `db`. */
export async function saveTypedInto(db: HindsightDatabase): Promise<void> {
  requestSaveNow();
  // The saves start on the next tick; a read-write transaction over every table queues
  // behind them, so when it completes they are stored.
  await new Promise((resolve) => setTimeout(resolve, 50));
  await db.transaction('rw', db.tables, () => undefined).catch(() => undefined);
}
