import { useCallback, useEffect, useRef, useState } from 'react';

export type SaveState = 'saved' | 'pending' | 'saving' | 'failed';

export interface Autosave {
  state: SaveState;
  error: string | null;
  /** Saves now whatever is pending (before leaving, a restore, a promote); rejects when that fails. */
  flush: () => Promise<void>;
  /** Drops what is pending without saving it: its text is being replaced on purpose (a restore). */
  discard: () => void;
}

export interface AutosaveOptions {
  delayMs?: number;
  maxWaitMs?: number;
  /** The first value is not the stored one (edits brought back): save it too. */
  startPending?: boolean;
  /** Told, once the save made as the component unmounts has settled, whether it stored everything. */
  onClosed?: (stored: boolean) => void;
}

const SAVE_MEASURE = 'hindsight:save';

/**
 * Hands the time a save took to any PerformanceObserver (the bench reads saves with the lock
 * on and off this way) and keeps nothing: the buffer would otherwise grow all day.
 */
function timeSave(start: number): void {
  performance.measure(SAVE_MEASURE, { start });
  performance.clearMeasures(SAVE_MEASURE);
}

/**
 * Saves `value` `delayMs` after the last change, at least every `maxWaitMs` during
 * non-stop typing, and at once when the page hides or the component unmounts, so well
 * under half a second of typing is ever at risk. A failed save keeps
 * the value pending and reports `error`; the next change tries again.
 */
export function useAutosave<T>(
  value: T,
  save: (value: T) => Promise<void>,
  describeError: (error: unknown) => string,
  { delayMs = 300, maxWaitMs = 400, startPending = false, onClosed }: AutosaveOptions = {},
): Autosave {
  const [state, setState] = useState<SaveState>('saved');
  const [error, setError] = useState<string | null>(null);
  /** The value last stored (at first, the one loaded). */
  const [savedValue, setSavedValue] = useState(value);
  const latest = useRef({ value, save, describeError, onClosed });
  const pending = useRef(false);
  const timer = useRef<number | undefined>(undefined);
  const first = useRef(!startPending);
  /** When the oldest unsaved change was made; null when nothing waits. */
  const pendingSince = useRef<number | null>(null);

  useEffect(() => {
    latest.current = { value, save, describeError, onClosed };
  });

  /** The save running now, if any: saves run one after another. */
  const running = useRef<Promise<boolean>>(Promise.resolve(true));
  const lastFailure = useRef<unknown>(null);

  /**
   * Stores what is pending, after any save still running (so a save in flight when the
   * component unmounts is waited for, and saves never overtake each other). Resolves to
   * false when something pending could not be stored.
   */
  const store = useCallback((): Promise<boolean> => {
    window.clearTimeout(timer.current);
    const next = running.current.then(async () => {
      if (!pending.current) return true;
      pending.current = false;
      pendingSince.current = null;
      setState('saving');
      const { value: current, save: run, describeError: describe } = latest.current;
      try {
        const started = performance.now();
        await run(current);
        timeSave(started);
        setSavedValue(() => current);
        setError(null);
        setState((now) => (now === 'saving' ? 'saved' : now));
        return true;
      } catch (failure) {
        lastFailure.current = failure;
        pending.current = true;
        setError(describe(failure));
        setState('failed');
        return false;
      }
    });
    running.current = next;
    return next;
  }, []);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    pending.current = true;
    setState('pending');
    const now = performance.now();
    pendingSince.current ??= now;
    // Someone who never pauses still gets their text stored every `maxWaitMs`.
    const wait = Math.max(0, Math.min(delayMs, pendingSince.current + maxWaitMs - now));
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void store(), wait);
  }, [value, delayMs, maxWaitMs, store]);

  useEffect(() => {
    const onHide = () => void store();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      void store().then((stored) => latest.current.onClosed?.(stored));
    };
  }, [store]);

  // Never "saved" while the value differs from the one stored: the effect above marks a change
  // pending only after it is painted, and a reload in between would have shown "All changes
  // saved" over a change that was not.
  const shown: SaveState = state === 'saved' && !Object.is(value, savedValue) ? 'pending' : state;
  const flush = useCallback(async () => {
    if (!(await store())) throw lastFailure.current;
  }, [store]);
  const discard = useCallback(() => {
    window.clearTimeout(timer.current);
    pending.current = false;
    pendingSince.current = null;
  }, []);
  return { state: shown, error, flush, discard };
}
