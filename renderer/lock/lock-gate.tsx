import { Suspense, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { LockHeader } from '../../shared/lock/lock-header';
import type { MoveProgress } from '../db/lock-migration';
import { lockedSession, openSessionWithoutLock, sessionDataKey, unlockSession } from '../db/lock-session';
import { readLockState, releaseLockDatabase, writeLockState, type LockState } from '../db/lock-store';
import { closeJournal, saveWhatIsTyped } from '../db/repositories';
import { preloadJournal } from '../db/use-entries';
import { isJournalRoute } from '../journal/journal-route';
import type { MoveViews } from './lock-move-runner';
import { holdJournalShare, onMoveElsewhere } from './other-windows';
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
const LockMoveBanner = lazyComponent(() => import('./lock-moving').then((m) => m.LockMoveBanner));
const moveRunner = () => import('./lock-move-runner');

type Gate =
  | { state: 'checking' }
  | { state: 'locked'; lock: LockState & { header: LockHeader } }
  /** The app set aside while the journal moves (`elsewhere`: another window moves it). */
  | { state: 'moving'; lock: LockState; progress: MoveProgress | null; elsewhere?: boolean }
  /** `moving`: the journal moves into or out of the lock while the app stays in use. */
  | { state: 'open'; lock: LockState; problem?: string; moving?: MoveProgress | null }
  | { state: 'failed'; message: string };

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Decides, before the journal is opened, whether it is locked: the app's services start
 * (and the journal is read) only once it is open, or unlocked. Also runs the moves into and
 * out of the lock: turned on or off from the app, the journal moves while the app stays in
 * use, its progress beside it, and the app is set aside (its pages unmounted, so none reads
 * a journal on the move) only for the last steps; a move resumed at start runs in place of
 * the app. `automaticBackups`: false in the quick-capture window (see startApp).
 */
export function LockGate({ children, automaticBackups }: { children: ReactNode; automaticBackups?: boolean }) {
  const [gate, setGate] = useState<Gate>({ state: 'checking' });

  const open = useCallback(
    async (lock: LockState, dataKey: Uint8Array | null, problem?: string) => {
      if (dataKey) await unlockSession(dataKey);
      else openSessionWithoutLock();
      // Not while another window moves the journal (it holds the journal alone until done); if
      // one did meanwhile, the journal is not the way this window read it: start again.
      const waited = await holdJournalShare();
      if (waited && (await readLockState()).mode !== lock.mode) return window.location.reload();
      startApp(automaticBackups);
      // Prepared while the passphrase was derived: its index loads now, in its own thread.
      if (dataKey && searchClient.prepared) searchClient.warmUp();
      // The journal is the first screen: its first page is read before React asks for it.
      if (isJournalRoute()) preloadJournal();
      setGate({ state: 'open', lock, ...(problem ? { problem } : {}) });
    },
    [automaticBackups],
  );

  useEffect(() => {
    readLockState().then(
      (lock) => {
        if (lock.mode === 'off') return void open(lock, null);
        lockedSession();
        releaseLockDatabase();
        if (!lock.header) return setGate({ state: 'failed', message: 'The lock’s settings are missing their keys.' });
        // The lock screen opens it by itself when it is remembered on this device.
        setGate({ state: 'locked', lock: { ...lock, header: lock.header } });
      },
      (error: unknown) => setGate({ state: 'failed', message: describe(error) }),
    );
  }, [open]);

  /** How a move shows: progress beside the app, then in place of it for the last steps. */
  const views = useMemo<MoveViews>(
    () => ({
      progress: (progress) => setGate((current) => (current.state === 'open' ? { ...current, moving: progress } : current)),
      finishing: (progress) =>
        setGate((current) =>
          current.state === 'open' || current.state === 'moving'
            ? { state: 'moving', lock: current.lock, progress }
            : current,
        ),
      done: open,
      failed: (message) => setGate({ state: 'failed', message }),
    }),
    [open],
  );

  /** Runs the move the lock's state asks for: in place of the app when resumed at start, else beside it. */
  const move = useCallback(
    (lock: LockState, dataKey: Uint8Array, inPlace: boolean) => {
      if (inPlace) setGate({ state: 'moving', lock, progress: null });
      else setGate((current) => (current.state === 'open' ? { state: 'open', lock, moving: null } : current));
      void moveRunner().then((runner) =>
        inPlace ? runner.runMoveInPlace(dataKey, views) : runner.runMoveInBackground(dataKey, views),
      );
    },
    [views],
  );

  // Another window moving the journal: save and close it here, then start again the way it now is.
  const journalOpenHere = gate.state === 'open' && gate.moving === undefined;
  useEffect(() => {
    if (!journalOpenHere) return;
    return onMoveElsewhere(
      async () => {
        await saveWhatIsTyped();
        setGate((current) =>
          current.state === 'open' ? { state: 'moving', lock: current.lock, progress: null, elsewhere: true } : current,
        );
        await saveWhatIsTyped();
        closeJournal();
        // This window starts again once the move is over: its index must store nothing meanwhile.
        searchClient.restart();
        // Nor may it hold the storage open through the move's rest (lock-move-runner.ts).
        releaseLockDatabase();
      },
      () => window.location.reload(),
    );
  }, [journalOpenHere]);

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
      moving: lock?.mode === 'turning-on' || lock?.mode === 'turning-off',
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
        const next: LockState = { ...lock, mode: 'turning-on', header, step: 'copying' };
        await writeLockState(next);
        move(next, dataKey, false);
      },
      async turnOff() {
        const dataKey = sessionDataKey();
        if (!lock || !dataKey) return;
        const next: LockState = { ...lock, mode: 'turning-off', step: 'copying' };
        await writeLockState(next);
        await platform.rememberedKey?.forget().catch(() => undefined);
        move(next, dataKey, false);
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
          onUnlocking={() => {
            // The journal page searches first: its index loads while the key is derived.
            if (isJournalRoute()) searchClient.prepare();
          }}
          onUnlocked={(dataKey) => {
            sessionStorage.removeItem(LOCKED_ON_PURPOSE);
            const { lock: locked } = gate;
            if (locked.mode === 'turning-on' || locked.mode === 'turning-off') move(locked, dataKey, true);
            else void open(locked, dataKey);
          }}
        />
      </Suspense>
    );
  if (gate.state === 'moving')
    return (
      <Suspense fallback={null}>
        <LockMoving
          turningOff={gate.lock.mode === 'turning-off'}
          progress={gate.progress}
          elsewhere={gate.elsewhere ?? false}
        />
      </Suspense>
    );
  return (
    <LockControlContext.Provider value={control}>
      {gate.moving !== undefined && (
        <Suspense fallback={null}>
          <LockMoveBanner turningOff={gate.lock.mode === 'turning-off'} progress={gate.moving} />
        </Suspense>
      )}
      {gate.problem && (
        <p className="form-alert lock-problem" role="alert">
          {gate.problem}
        </p>
      )}
      {children}
    </LockControlContext.Provider>
  );
}
