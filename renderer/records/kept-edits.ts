import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

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
  /** Records with an editor open: a draft settling late never lands behind one. */
  const open = new Map<string, number>();
  return {
    get: (id: string): KeptEdits<T> | undefined => kept.get(id),
    keep: (id: string, edits: KeptEdits<T>) => {
      if (!open.get(id)) kept.set(id, edits);
    },
    discard: (id: string) => void kept.delete(id),
    opened: (id: string) => void open.set(id, (open.get(id) ?? 0) + 1),
    closed: (id: string) => {
      const count = (open.get(id) ?? 1) - 1;
      if (count > 0) open.set(id, count);
      else open.delete(id);
    },
  };
}

export type KeptEditsStore<T> = ReturnType<typeof createKeptEdits<T>>;

/** What an editor opens on: the edits kept for its record, if any. */
export interface OpenedEdits<T> {
  kept: KeptEdits<T> | undefined;
  /** The record changed after those edits were made (another tab, an import). */
  changedSince: boolean;
  /** The stored state the editor's text is based on: the kept edits' base, else the record's. */
  basedOnRef: RefObject<string>;
}

/** Reads, once, the edits kept for `record`, and the state the editor's text is based on. */
export function useOpenedEdits<T>(store: KeptEditsStore<T>, record: { id: string; updatedAt: string }): OpenedEdits<T> {
  const [kept] = useState(() => store.get(record.id));
  const [changedSince] = useState(() => kept !== undefined && kept.basedOn !== record.updatedAt);
  const basedOnRef = useRef(kept?.basedOn ?? record.updatedAt);
  return { kept, changedSince, basedOnRef };
}

/**
 * Takes over the edits kept for record `id` while the editor is open. Returns `onClosed`
 * (for useAutosave: once the last save has settled, the draft is kept when that save failed
 * or a field is still invalid) and `forget` (the editor's text is being replaced on purpose,
 * by a restored version: its draft must not come back).
 */
export function useKeptEdits<T>(
  store: KeptEditsStore<T>,
  id: string,
  draft: T,
  invalid: boolean,
  basedOnRef: RefObject<string>,
) {
  const latest = useRef({ draft, invalid, forgotten: false });
  useEffect(() => {
    latest.current = { ...latest.current, draft, invalid };
  });
  const onClosed = useCallback(
    (stored: boolean) => {
      const { draft: last, invalid: stillInvalid, forgotten } = latest.current;
      if (!forgotten && (!stored || stillInvalid)) store.keep(id, { draft: last, basedOn: basedOnRef.current });
    },
    [store, id, basedOnRef],
  );
  const forget = useCallback(() => {
    latest.current.forgotten = true;
    store.discard(id);
  }, [store, id]);
  useEffect(() => {
    latest.current.forgotten = false;
    store.discard(id);
    store.opened(id);
    return () => store.closed(id);
  }, [store, id]);
  return { onClosed, forget };
}

/**
 * An editor's `onRestored`: a restored version replaces its text, so nothing pending is
 * saved over it (`discardPending`) and its kept draft does not come back (`forget`).
 */
export function useRestoredHandler(
  discardPending: () => void,
  forget: () => void,
  onRestored: ((updatedAt: string) => void) | undefined,
) {
  return useCallback(
    (updatedAt: string) => {
      discardPending();
      forget();
      onRestored?.(updatedAt);
    },
    [discardPending, forget, onRestored],
  );
}
