import { useCallback, useMemo, useState } from 'react';
import { useAutosave, type Autosave } from '../app/use-autosave';
import { describeSaveError } from '../db/storage-errors';
import { useKeptEdits, useOpenedEdits, useRestoredHandler, type KeptEditsStore } from './kept-edits';

/** A stored record as its editor sees it. */
export interface EditedRecord {
  id: string;
  updatedAt: string;
  deletedAt: string | null;
}

/** A draft split into what can be saved now and a message for each field that cannot. */
export interface CheckedDraft<Patch> {
  patch: Patch;
  errors: Readonly<Record<string, string>>;
}

export interface RecordEditorOptions<Draft, Patch> {
  record: EditedRecord;
  /** Drafts this kind of editor could not store when it closed (one store per kind, at module level). */
  kept: KeptEditsStore<Draft>;
  /** The form's first state, from the stored record. */
  draftOf: () => Draft;
  /** Checks a draft; a stable function (its identity changing re-checks the draft). */
  check: (draft: Draft) => CheckedDraft<Patch>;
  /** Stores a patch based on the stored state `basedOn`; resolves to the record as stored. */
  save: (patch: Patch, basedOn: string) => Promise<{ updatedAt: string }>;
  /** A version from History replaced the stored text: the page shows a fresh editor. */
  onRestored?: (updatedAt: string) => void;
}

export interface RecordEditor<Draft, Patch> {
  draft: Draft;
  setDraft: (update: (draft: Draft) => Draft) => void;
  checked: CheckedDraft<Patch>;
  invalid: boolean;
  trashed: boolean;
  autosave: Autosave;
  /** Edits kept from the last time this record was left unsaved: the form holds them again. */
  keptEdits: { shown: boolean; changedSince: boolean };
  /** For History: a restore replaces the form's text, so nothing pending is saved over it. */
  onRestored: (updatedAt: string) => void;
}

/**
 * What the setback and story editors share: the form's draft, checked as it is typed and
 * saved automatically (each save says which stored state it is based on, so a save over a
 * newer state keeps that state in History first); edits that could not be stored when the
 * editor closed are kept and come back the next time; a version restored from History
 * replaces the text without the pending save writing over it.
 */
export function useRecordEditor<Draft, Patch>({
  record,
  kept: keptStore,
  draftOf,
  check,
  save,
  onRestored,
}: RecordEditorOptions<Draft, Patch>): RecordEditor<Draft, Patch> {
  const { kept, changedSince, basedOnRef } = useOpenedEdits(keptStore, record);
  const [draft, setDraftState] = useState<Draft>(() => kept?.draft ?? draftOf());
  const checked = useMemo(() => check(draft), [check, draft]);
  const invalid = Object.keys(checked.errors).length > 0;
  const { onClosed, forget } = useKeptEdits(keptStore, record.id, draft, invalid, basedOnRef);
  const store = useCallback(
    async (patch: Patch) => {
      basedOnRef.current = (await save(patch, basedOnRef.current)).updatedAt;
    },
    [save, basedOnRef],
  );
  const autosave = useAutosave(checked.patch, store, describeSaveError, { startPending: kept !== undefined, onClosed });
  const restored = useRestoredHandler(autosave.discard, forget, onRestored);
  const setDraft = useCallback((update: (draft: Draft) => Draft) => setDraftState(update), []);
  // Fixed for the editor's life: an unchanging object keeps memoized headers still while typing.
  const [keptEdits] = useState(() => ({ shown: kept !== undefined, changedSince }));
  return {
    draft,
    setDraft,
    checked,
    invalid,
    trashed: record.deletedAt !== null,
    autosave,
    keptEdits,
    onRestored: restored,
  };
}
