import { useCallback, useEffect, useRef, type RefObject } from 'react';

/** An editor's draft that could not be stored, and the stored state it was based on. */
export interface KeptEdits<T> {
  draft: T;
  basedOn: string;
}

/**
 * Drafts an editor could not store when it closed (its last save failed, or a field was
 * still invalid), by record id, kept until that record's editor opens again: leaving a page
 * never throws typed text away. Held in memory only, so a reload still loses them; the
 * database refused them or would have refused them.
 */
export function createKeptEdits<T>() {
  const kept = new Map<string, KeptEdits<T>>();
  return {
    get: (id: string): KeptEdits<T> | undefined => kept.get(id),
    keep: (id: string, edits: KeptEdits<T>) => void kept.set(id, edits),
    discard: (id: string) => void kept.delete(id),
  };
}

export type KeptEditsStore<T> = ReturnType<typeof createKeptEdits<T>>;

/**
 * Takes over the edits kept for record `id` while the editor is open, and keeps the draft
 * again when the editor closes with invalid fields. Returns `keep` (for useAutosave's
 * `onUnsaved`: the last save failed) and `forget` (the editor closes on purpose, e.g. to
 * show a restored version, and its draft must not come back).
 */
export function useKeptEdits<T>(
  store: KeptEditsStore<T>,
  id: string,
  draft: T,
  invalid: boolean,
  basedOn: RefObject<string>,
) {
  const latest = useRef({ draft, invalid, forgotten: false });
  useEffect(() => {
    latest.current = { ...latest.current, draft, invalid };
  });
  const keep = useCallback(() => {
    if (!latest.current.forgotten) store.keep(id, { draft: latest.current.draft, basedOn: basedOn.current });
  }, [store, id, basedOn]);
  const forget = useCallback(() => {
    latest.current.forgotten = true;
    store.discard(id);
  }, [store, id]);
  useEffect(() => {
    latest.current.forgotten = false;
    store.discard(id);
    return () => {
      if (latest.current.invalid) keep();
    };
  }, [store, id, keep]);
  return { keep, forget };
}
