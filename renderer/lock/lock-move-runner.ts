// Runs a move into or out of the lock for the lock gate (loaded only when a move runs).
// Two ways: in place of the app (a move resumed at start, the journal not yet open), or in
// the background while the app stays in use, with a short pause at the end to switch over.
import { runLockMove, type MoveProgress } from '../db/lock-migration';
import { unlockSession, openSessionWithoutLock } from '../db/lock-session';
import { readLockState, releaseLockDatabase, type LockState } from '../db/lock-store';
import { closeJournal, reopenJournal, saveWhatIsTyped } from '../db/repositories';
import { writesDuringMove } from '../db/writes-during-move';
import { searchClient } from '../search/app-search';
import { takeJournalAlone } from './other-windows';

export interface MoveViews {
  /** The copy goes on while the app is in use. */
  progress(progress: MoveProgress): void;
  /** The app is set aside for the last steps (null: nothing counted yet). */
  finishing(progress: MoveProgress | null): void;
  /** The move is over, or was refused before anything changed (`problem`): open the app as the journal now is. */
  done(lock: LockState, dataKey: Uint8Array | null, problem?: string): Promise<void>;
  /** The move stopped half way: it resumes at the next start. */
  failed(message: string): void;
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Chromium closes a storage about two seconds after the last connection to it closes; the
 * next read opens it afresh, and LevelDB then writes a fresh file index and starts a new log,
 * without the keys of the journal as it was before the lock (storage-turnover.ts).
 */
const STORAGE_REST_MS = 3000;
async function letStorageRest(): Promise<void> {
  releaseLockDatabase();
  await new Promise((resolve) => setTimeout(resolve, STORAGE_REST_MS));
}

/** Sets the session for the journal as it now is, and opens it again; search follows it. */
async function reopen(lock: LockState, dataKey: Uint8Array): Promise<Uint8Array | null> {
  const key = lock.mode === 'on' ? dataKey : null;
  if (key) await unlockSession(key);
  else openSessionWithoutLock();
  await reopenJournal();
  // Its index is the journal's as it was (writes meanwhile included): stored now the way the
  // lock says. (A worker stopped before a move resumed at start just starts afresh.)
  await searchClient.moved();
  return key;
}

/** Waits for the move, then opens the app as the journal now is; `over`: the move is over either way. */
async function finish(run: Promise<LockState>, dataKey: Uint8Array, views: MoveViews, over = () => {}) {
  try {
    const done = await run;
    const key = await reopen(done, dataKey);
    over();
    await views.done(done, key);
  } catch (error: unknown) {
    over();
    // Refused before anything changed (rows that do not open): back to the app as it was.
    // Otherwise the move resumes at the next start.
    const lock = await readLockState().catch(() => null);
    if (lock && (lock.mode === 'on' || lock.mode === 'off')) {
      const key = await reopen(lock, dataKey).catch(() => (lock.mode === 'on' ? dataKey : null));
      await views.done(lock, key, describe(error));
      return;
    }
    views.failed(`${describe(error)} Open Hindsight again to finish.`);
  }
}

/** Runs the move the lock's state asks for with the journal closed (resumed at start). */
export async function runMoveInPlace(dataKey: Uint8Array, views: MoveViews): Promise<void> {
  closeJournal();
  searchClient.restart();
  await finish(runLockMove(dataKey, { onProgress: views.finishing, letStorageRest }), dataKey, views);
}

/**
 * Runs the move while the app stays in use: other windows close their journal first, what
 * this one writes meanwhile is noted, and at the end the app is set aside (`finishing`) while
 * those writes are copied again and the journal switches over.
 */
export async function runMoveInBackground(dataKey: Uint8Array, views: MoveViews): Promise<void> {
  const letOthersIn = await takeJournalAlone();
  writesDuringMove.start();
  // Search keeps answering from memory; its stored index goes with the move, kept again at the
  // end. Read first: the move deletes it.
  await searchClient.holdStorage();
  const stopUsing = async () => {
    // Saved while the forms are on screen, and again once they have gone (they save as they go).
    await saveWhatIsTyped();
    views.finishing(null);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await saveWhatIsTyped();
    closeJournal();
    return writesDuringMove.stop();
  };
  // The other windows come back (and this one takes its share again) once the move is over.
  await finish(
    runLockMove(dataKey, { onProgress: views.progress, onFinishing: views.finishing, stopUsing, letStorageRest }),
    dataKey,
    views,
    () => {
      writesDuringMove.stop();
      letOthersIn();
    },
  );
}
