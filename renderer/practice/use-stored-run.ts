import { useCallback, useEffect, useRef, useState } from 'react';
import { practiceDraftId } from '../../shared/practice';
import { draftRepository } from '../db/repositories';
import { describeSaveError } from '../db/storage-errors';
import { SAVE_NOW_EVENT } from '../db/upgrade-watch';
import { PendingRunSchema, type PendingRun } from './pending-run';

/** Typing settles for this long before the draft is stored… */
const STORE_DELAY_MS = 250;
/** …and someone who never pauses still has it stored this often. */
const MAX_UNSTORED_MS = 400;

/**
 * Keeps a story's stopped, unsaved run (its rating, time and notes) in the drafts table as it
 * is typed, and brings it back when the page opens again after a reload, a crash or a visit
 * elsewhere. No run pending means no draft. A failed write is reported and retried with the
 * next change; the text stays on screen.
 */
export function useStoredRun(storyId: string, run: PendingRun | null, onRestore: (run: PendingRun) => void) {
  const id = practiceDraftId(storyId);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef({ run, onRestore });
  const loaded = useRef(false);
  const pending = useRef(false);
  const pendingSince = useRef<number | null>(null);
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => {
    latest.current = { run, onRestore };
  });

  const flush = useCallback(async () => {
    window.clearTimeout(timer.current);
    if (!pending.current || !loaded.current) return;
    pending.current = false;
    pendingSince.current = null;
    const current = latest.current.run;
    try {
      if (current) await draftRepository.save(id, current);
      else await draftRepository.clear(id);
      setError(null);
    } catch (failure) {
      pending.current = true;
      setError(describeSaveError(failure));
    }
  }, [id]);

  useEffect(() => {
    let cancelled = false;
    draftRepository
      .load(id, PendingRunSchema)
      .then((stored) => {
        // A run stopped before the stored one arrived is the newer: it wins.
        if (!cancelled && stored && latest.current.run === null) {
          latest.current.onRestore(stored);
          pending.current = false;
        }
      })
      .catch(() => undefined)
      .finally(() => {
        if (cancelled) return;
        loaded.current = true;
        void flush();
      });
    return () => {
      cancelled = true;
    };
  }, [id, flush]);

  useEffect(() => {
    pending.current = true;
    pendingSince.current ??= Date.now();
    window.clearTimeout(timer.current);
    const waited = Date.now() - pendingSince.current;
    timer.current = window.setTimeout(
      () => void flush(),
      Math.max(0, Math.min(STORE_DELAY_MS, MAX_UNSTORED_MS - waited)),
    );
  }, [run, flush]);

  useEffect(() => {
    const now = () => void flush();
    window.addEventListener('pagehide', now);
    window.addEventListener(SAVE_NOW_EVENT, now);
    document.addEventListener('visibilitychange', now);
    return () => {
      window.removeEventListener('pagehide', now);
      window.removeEventListener(SAVE_NOW_EVENT, now);
      document.removeEventListener('visibilitychange', now);
      now();
    };
  }, [flush]);

  /** Forgets the draft at once (the run was saved or discarded). */
  const forget = useCallback(async () => {
    window.clearTimeout(timer.current);
    pending.current = false;
    pendingSince.current = null;
    await draftRepository.clear(id).catch(() => undefined);
  }, [id]);

  return { error, forget };
}
