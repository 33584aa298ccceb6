import { useCallback, useEffect, useRef, useState } from 'react';
import { z } from 'zod';
import type { Entry, EntryFieldsInput } from '../../shared/entry';
import { draftRepository, entryRepository } from '../db/repositories';
import { describeSaveError } from '../db/storage-errors';
import { SAVE_NOW_EVENT } from '../db/upgrade-watch';
import { EntryDraftSchema, isBlankDraft } from './entry-draft';

/** The capture dialog's draft; the quick-capture window keeps its own (QUICK_CAPTURE_DRAFT_ID). */
const CAPTURE_DRAFT_ID = 'capture';
export const QUICK_CAPTURE_DRAFT_ID = 'quick-capture';
const StoredCaptureSchema = z.object({ open: z.boolean(), draft: EntryDraftSchema });
type StoredCapture = z.infer<typeof StoredCaptureSchema>;

/** Typing settles for this long before the draft is stored (the promise is "within 500 ms")... */
const STORE_DELAY_MS = 250;
/** ...and someone who never pauses still has it stored this often. */
const MAX_UNSTORED_MS = 400;

export interface StoredCaptureHandlers {
  /** Called once with the draft a previous session left (a reload, a crash, a closed window). */
  onRestore: (stored: StoredCapture) => void;
}

/**
 * Keeps the capture form in IndexedDB as it is typed, so nothing written in "Log a setback"
 * is lost to a reload or a crash. Blank drafts are removed rather than stored; a failed
 * write (a full disk) is reported and retried with the next keystroke, the text stays on screen.
 */
export function useStoredCapture(
  current: StoredCapture,
  { onRestore }: StoredCaptureHandlers,
  draftId: string = CAPTURE_DRAFT_ID,
) {
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(current);
  const timer = useRef<number | undefined>(undefined);
  const loaded = useRef(false);
  const pending = useRef(false);
  const pendingSince = useRef<number | null>(null);
  const restore = useRef(onRestore);

  useEffect(() => {
    latest.current = current;
    restore.current = onRestore;
  });

  const flush = useCallback(async () => {
    window.clearTimeout(timer.current);
    if (!pending.current || !loaded.current) return;
    pending.current = false;
    pendingSince.current = null;
    const { open, draft } = latest.current;
    try {
      if (isBlankDraft(draft)) await draftRepository.clear(draftId);
      else await draftRepository.save(draftId, { open, draft });
      setError(null);
    } catch (failure) {
      pending.current = true;
      setError(describeSaveError(failure));
    }
  }, [draftId]);

  useEffect(() => {
    let cancelled = false;
    let restored = false;
    draftRepository
      .load(draftId, StoredCaptureSchema)
      .then((stored) => {
        // Text typed before the stored draft arrived wins: it is the newer one.
        if (!cancelled && stored && !loaded.current && isBlankDraft(latest.current.draft)) {
          restore.current(stored);
          restored = true;
        }
      })
      .catch(() => undefined)
      .finally(() => {
        if (cancelled) return;
        loaded.current = true;
        // What is pending is the blank form the app started with, until the restored draft
        // renders: storing it would clear the draft, and a crash before the next store would lose it.
        if (restored) pending.current = false;
        else void flush();
      });
    return () => {
      cancelled = true;
    };
  }, [flush, draftId]);

  useEffect(() => {
    pending.current = true;
    pendingSince.current ??= Date.now();
    window.clearTimeout(timer.current);
    const waited = Date.now() - pendingSince.current;
    timer.current = window.setTimeout(
      () => void flush(),
      Math.max(0, Math.min(STORE_DELAY_MS, MAX_UNSTORED_MS - waited)),
    );
  }, [current.draft, current.open, flush]);

  useEffect(() => {
    const now = () => void flush();
    window.addEventListener('pagehide', now);
    window.addEventListener(SAVE_NOW_EVENT, now);
    document.addEventListener('visibilitychange', now);
    return () => {
      window.removeEventListener('pagehide', now);
      window.removeEventListener(SAVE_NOW_EVENT, now);
      document.removeEventListener('visibilitychange', now);
      // Leaving the app (the print view in browser mode) stores what is pending, as hiding the page does.
      now();
    };
  }, [flush]);

  /**
   * Saves the form as a setback. Its transaction deletes the stored draft, so a crash or a
   * closed window right after never offers the saved setback again; nothing more is stored
   * meanwhile (a store landing after that transaction would bring the draft back). If the
   * save fails, what is on screen is stored again.
   */
  const saveAsSetback = useCallback(
    async (input: EntryFieldsInput): Promise<Entry> => {
      window.clearTimeout(timer.current);
      pending.current = false;
      pendingSince.current = null;
      try {
        return await entryRepository.create(input, { fromDraft: draftId });
      } catch (failure) {
        pending.current = true;
        void flush();
        throw failure;
      }
    },
    [draftId, flush],
  );

  return { error, saveAsSetback };
}
