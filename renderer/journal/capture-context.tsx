import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { emptyDraft, type EntryDraft } from './entry-draft';

interface CaptureState {
  isOpen: boolean;
  /** Grows with every request to open, so a request right after Escape is never lost. */
  openRequest: number;
  open: () => void;
  close: () => void;
  draft: EntryDraft;
  setDraft: (update: (draft: EntryDraft) => EntryDraft) => void;
  reset: () => void;
}

const CaptureContext = createContext<CaptureState | null>(null);

/**
 * Holds the capture form above the routes, so closing the dialog or moving around the
 * app never throws away a half-written setback: reopening brings it back.
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
  const reset = useCallback(() => setDraftState(emptyDraft()), []);
  const value = useMemo(
    () => ({ isOpen, openRequest, open, close, draft, setDraft, reset }),
    [isOpen, openRequest, open, close, draft, setDraft, reset],
  );
  return <CaptureContext.Provider value={value}>{children}</CaptureContext.Provider>;
}

export function useCapture(): CaptureState {
  const state = useContext(CaptureContext);
  if (!state) throw new Error('useCapture must be used inside CaptureProvider');
  return state;
}
