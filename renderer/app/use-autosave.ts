import { useCallback, useEffect, useRef, useState } from 'react';

export type SaveState = 'saved' | 'pending' | 'saving' | 'failed';

export interface Autosave {
  state: SaveState;
  error: string | null;
  /** Saves now whatever is pending (on leaving the page, before a destructive action). */
  flush: () => Promise<void>;
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
  delayMs = 300,
  maxWaitMs = 400,
): Autosave {
  const [state, setState] = useState<SaveState>('saved');
  const [error, setError] = useState<string | null>(null);
  /** The value last stored (at first, the one loaded). */
  const [savedValue, setSavedValue] = useState(value);
  const latest = useRef({ value, save, describeError });
  const pending = useRef(false);
  const timer = useRef<number | undefined>(undefined);
  const first = useRef(true);
  /** When the oldest unsaved change was made; null when nothing waits. */
  const pendingSince = useRef<number | null>(null);

  useEffect(() => {
    latest.current = { value, save, describeError };
  });

  const flush = useCallback(async () => {
    window.clearTimeout(timer.current);
    if (!pending.current) return;
    pending.current = false;
    pendingSince.current = null;
    setState('saving');
    const { value: current, save: run, describeError: describe } = latest.current;
    try {
      await run(current);
      setSavedValue(() => current);
      setError(null);
      setState((now) => (now === 'saving' ? 'saved' : now));
    } catch (failure) {
      pending.current = true;
      setError(describe(failure));
      setState('failed');
    }
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
    timer.current = window.setTimeout(() => void flush(), wait);
  }, [value, delayMs, maxWaitMs, flush]);

  useEffect(() => {
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      void flush();
    };
  }, [flush]);

  // Never "saved" while the value differs from the one stored: the effect above marks a change
  // pending only after it is painted, and a reload in between would have shown "All changes
  // saved" over a change that was not.
  const shown: SaveState = state === 'saved' && !Object.is(value, savedValue) ? 'pending' : state;
  return { state: shown, error, flush };
}
