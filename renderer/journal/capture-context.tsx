import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Entry, EntryFieldsInput } from '../../shared/entry';
import { emptyDraft, type EntryDraft } from './entry-draft';
import { useStoredCapture } from './use-stored-capture';

interface CaptureState {
  isOpen: boolean;
  /** Grows with every request to open, so a request right after Escape is never lost. */
  openRequest: number;
  open: () => void;
  close: () => void;
  draft: EntryDraft;
  setDraft: (update: (draft: EntryDraft) => EntryDraft) => void;
  /** Saves the form as a setback (its stored draft deleted with it), then empties the form. */
  saveAsSetback: (input: EntryFieldsInput) => Promise<Entry>;
  /** Why the draft could not be stored on this device (it is still in the form). */
  draftError: string | null;
}

const CaptureContext = createContext<CaptureState | null>(null);

/**
 * Holds the capture form above the routes, so closing the dialog or moving around the
 * app never throws away a half-written setback: reopening brings it back. The draft is
 * also stored as it is typed, so a reload or a crash brings it back too.
 */
export function CaptureProvider({ children }: { children: ReactNode }) {
  const [isOpen, setOpen] = useState(false);
  const [openRequest, setOpenRequest] = useState(0);
  const [draft, setDraftState] = useState<EntryDraft>(() => emptyDraft());
  const open = useCallback(() => {
    setOpen(true);
    setOpenRequest((count) => count + 1);
  }, []);
  const close = useCallback(() => setOpen(false), []);
  const setDraft = useCallback((update: (draft: EntryDraft) => EntryDraft) => setDraftState(update), []);
  const stored = useStoredCapture(
    useMemo(() => ({ open: isOpen, draft }), [isOpen, draft]),
    {
      onRestore: (previous) => {
        setDraftState(previous.draft);
        if (previous.open) open();
      },
    },
  );
  const { saveAsSetback: saveStored } = stored;
  const saveAsSetback = useCallback(
    async (input: EntryFieldsInput) => {
      const entry = await saveStored(input);
      setDraftState(emptyDraft());
      return entry;
    },
    [saveStored],
  );
  const draftError = stored.error;
  const value = useMemo(
    () => ({ isOpen, openRequest, open, close, draft, setDraft, saveAsSetback, draftError }),
    [isOpen, openRequest, open, close, draft, setDraft, saveAsSetback, draftError],
  );
  return <CaptureContext.Provider value={value}>{children}</CaptureContext.Provider>;
}

export function useCapture(): CaptureState {
  const state = useContext(CaptureContext);
  if (!state) throw new Error('useCapture must be used inside CaptureProvider');
  return state;
}
