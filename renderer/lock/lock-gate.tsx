import { Suspense, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { LockHeader } from '../../shared/lock/lock-header';
import type { MoveProgress, runLockMove as RunLockMoveFunction } from '../db/lock-migration';

type RunLockMove = typeof RunLockMoveFunction;
import { lockedSession, openSessionWithoutLock, sessionDataKey, unlockSession } from '../db/lock-session';
import { readLockState, writeLockState, type LockState } from '../db/lock-store';
import { closeJournal, reopenJournal, saveWhatIsTyped } from '../db/repositories';
import { preloadJournal } from '../db/use-entries';
import { searchClient } from '../search/app-search';
import { startApp } from '../app/start';
import { LOCKED_ON_PURPOSE, LockControlContext, type LockControl } from './lock-control';
import { lazyComponent } from '../app/lazy-component';
import { useIdleLock } from './use-idle-lock';
import { platform } from '../platform';
import './lock.css';

// Loaded only when the journal is locked or moving: a journal without the lock never loads
// the key derivation or the copying.
const LockScreen = lazyComponent(() => import('./lock-screen').then((m) => m.LockScreen));
const LockMoving = lazyComponent(() => import('./lock-moving').then((m) => m.LockMoving));
const runLockMove: RunLockMove = async (...args) => (await import('../db/lock-migration')).runLockMove(...args);

type Gate =
  | { state: 'checking' }
  | { state: 'locked'; lock: LockState & { header: LockHeader } }
  | { state: 'moving'; lock: LockState; dataKey: Uint8Array; progress: MoveProgress | null }
  | { state: 'open'; lock: LockState; problem?: string }
  | { state: 'failed'; message: string };

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Decides, before the journal is opened, whether it is locked: the app's services start
 * (and the journal is read) only once it is open, or unlocked. Also runs the moves into and
 * out of the lock, showing their progress in place of the app, whose pages are unmounted
 * meanwhile so none of them reads a journal on the move. `automaticBackups`: false in the
 * quick-capture window (see startApp).
 */
export function LockGate({ children, automaticBackups }: { children: ReactNode; automaticBackups?: boolean }) {
  const [gate, setGate] = useState<Gate>({ state: 'checking' });

  const open = useCallback(
    async (lock: LockState, dataKey: Uint8Array | null, problem?: string) => {
      if (dataKey) await unlockSession(dataKey);
      else openSessionWithoutLock();
      startApp(automaticBackups);
      // The journal is the first screen: its first page is read before React asks for it.
      if (/^#?\/?(journal)?\/?$/.test(window.location.hash)) preloadJournal();
      setGate({ state: 'open', lock, ...(problem ? { problem } : {}) });
    },
    [automaticBackups],
  );

  useEffect(() => {
    readLockState().then(
      (lock) => {
        if (lock.mode === 'off') return void open(lock, null);
        lockedSession();
        if (!lock.header) return setGate({ state: 'failed', message: 'The lock’s settings are missing their keys.' });
        // The lock screen opens it by itself when it is remembered on this device.
        setGate({ state: 'locked', lock: { ...lock, header: lock.header } });
      },
      (error: unknown) => setGate({ state: 'failed', message: describe(error) }),
    );
  }, [open]);

  /** Runs the move the lock's state asks for, then opens the app the way the journal now is. */
  const move = useCallback(
    (lock: LockState, dataKey: Uint8Array) => {
      setGate({ state: 'moving', lock, dataKey, progress: null });
      closeJournal();
      searchClient.restart();
      runLockMove(dataKey, (progress) =>
        setGate((current) => (current.state === 'moving' ? { ...current, progress } : current)),
      )
        .then(async (done) => {
          const key = done.mode === 'on' ? dataKey : null;
          if (key) await unlockSession(key);
          else openSessionWithoutLock();
          await reopenJournal();
          await open(done, key);
        })
        .catch(async (error: unknown) => {
          // Refused before anything changed (rows that do not open): back to the app as it was.
          // Otherwise the move resumes at the next start.
          const lock = await readLockState().catch(() => null);
          if (lock && (lock.mode === 'on' || lock.mode === 'off')) {
            const key = lock.mode === 'on' ? dataKey : null;
            if (key) await unlockSession(key);
            else openSessionWithoutLock();
            await reopenJournal().catch(() => undefined);
            await open(lock, key, describe(error));
            return;
          }
          setGate({ state: 'failed', message: `${describe(error)} Open Hindsight again to finish.` });
        });
    },
    [open],
  );

  const lock = gate.state === 'open' || gate.state === 'moving' ? gate.lock : null;
  const control = useMemo<LockControl>(() => {
    /** Stores a change to the lock's settings and shows it. */
    const update = async (change: Partial<LockState>) => {
      if (!lock) return;
      const next = { ...lock, ...change };
      await writeLockState(next);
      setGate((current) => (current.state === 'open' ? { ...current, lock: next } : current));
    };
    return {
      on: lock?.mode === 'on',
      autoLockMinutes: lock?.autoLockMinutes ?? 0,
      async lockNow() {
        // What is being typed is saved first; a reload then leaves nothing decrypted in memory.
        sessionStorage.setItem(LOCKED_ON_PURPOSE, '1');
        await saveWhatIsTyped();
        window.location.reload();
      },
      async turnOn(header, dataKey) {
        if (!lock) return;
        // A key an earlier lock left in the keychain is of no use to this one.
        await platform.rememberedKey?.forget().catch(() => undefined);
        const next: LockState = { ...lock, mode: 'turning-on', header, copiedTables: [], lastKey: null };
        await writeLockState(next);
        move(next, dataKey);
      },
      async turnOff() {
        const dataKey = sessionDataKey();
        if (!lock || !dataKey) return;
        const next: LockState = { ...lock, mode: 'turning-off', copiedTables: [], lastKey: null };
        await writeLockState(next);
        await platform.rememberedKey?.forget().catch(() => undefined);
        move(next, dataKey);
      },
      header: () => lock?.header,
      saveHeader: (header) => update({ header }),
      setAutoLockMinutes: (minutes) => update({ autoLockMinutes: minutes }),
      remembered: Boolean(lock?.rememberedCheck),
      setRememberedCheck: (rememberedCheck) => update({ rememberedCheck }),
    };
  }, [lock, move]);
  useIdleLock(control);

  if (gate.state === 'checking') return null;
  if (gate.state === 'failed')
    return (
      <main className="lock-screen">
        <div className="lock-card">
          <h1>Hindsight cannot open the journal</h1>
          <p role="alert">{gate.message}</p>
        </div>
      </main>
    );
  if (gate.state === 'locked')
    return (
      <Suspense fallback={null}>
        <LockScreen
          lock={gate.lock}
          onUnlocked={(dataKey) => {
            sessionStorage.removeItem(LOCKED_ON_PURPOSE);
            const { lock: locked } = gate;
            if (locked.mode === 'turning-on' || locked.mode === 'turning-off') move(locked, dataKey);
            else void open(locked, dataKey);
          }}
        />
      </Suspense>
    );
  if (gate.state === 'moving')
    return (
      <Suspense fallback={null}>
        <LockMoving turningOff={gate.lock.mode === 'turning-off'} progress={gate.progress} />
      </Suspense>
    );
  return (
    <LockControlContext.Provider value={control}>
      {gate.problem && (
        <p className="form-alert lock-problem" role="alert">
          {gate.problem}
        </p>
      )}
      {children}
    </LockControlContext.Provider>
  );
}
