import { memo, useCallback, useMemo, useState } from 'react';
import type { Entry, Reflection } from '../../shared/entry';
import { reflectionStateLabels, reflectionStateOf } from '../../shared/reflection-state';
import { createKeptEdits, useKeptEdits, useOpenedEdits, useRestoredHandler } from '../app/kept-edits';
import { useAutosave } from '../app/use-autosave';
import { entryRepository } from '../db/app-database';
import type { EntryPatch } from '../db/entry-repository';
import { describeSaveError } from '../db/storage-errors';
import { RevisionHistory } from '../revisions/revision-history';
import { KeptEditsNote } from '../ui/kept-edits-note';
import { TextField } from '../ui/text-field';
import { CaptureFields, type UpdateDraftField } from './capture-fields';
import { createDraftChecker, draftOf, type EntryDraft } from './entry-draft';
import { entryGuidance } from './guidance';
import { EntryHeader } from './entry-header';
import { EntryStories } from './entry-stories';
import { ReflectionFields } from './reflection-fields';

// Each save hands the editor a fresh `entry` from the live query; these sections only need
// to re-render when their own props change, not on every keystroke in the form above them.
const MemoEntryStories = memo(EntryStories);
const MemoRevisionHistory = memo(RevisionHistory);

/** Drafts a setback's editor could not store when it closed, until it opens again. */
const keptEntryEdits = createKeptEdits<EntryDraft>();

/** Edits one setback; every change is saved automatically a moment after typing stops. */
export function EntryEditor({ entry, onRestored }: { entry: Entry; onRestored?: (updatedAt: string) => void }) {
  const { kept, changedSince, basedOnRef } = useOpenedEdits(keptEntryEdits, entry);
  const [draft, setDraft] = useState<EntryDraft>(() => kept?.draft ?? draftOf(entry));
  // Re-checks only the field that changed: a keystroke in 2,000 words stays cheap.
  const [checkDraft] = useState(createDraftChecker);
  const checked = useMemo(() => checkDraft(draft), [checkDraft, draft]);
  const errors = checked.errors;
  const trashed = entry.deletedAt !== null;
  // Each save says which stored state it is based on (then becomes it): a save over a newer
  // state (changed in another tab) keeps that state in the history first.
  const save = useCallback(
    async (patch: EntryPatch) => {
      basedOnRef.current = (await entryRepository.update(entry.id, patch, basedOnRef.current)).updatedAt;
    },
    [entry.id, basedOnRef],
  );
  const invalid = Object.keys(errors).length > 0;
  const { onClosed, forget } = useKeptEdits(keptEntryEdits, entry.id, draft, invalid, basedOnRef);
  const autosave = useAutosave(checked.patch, save, describeSaveError, {
    startPending: kept !== undefined,
    onClosed,
  });
  const restored = useRestoredHandler(autosave.discard, forget, onRestored);

  const update: UpdateDraftField = useCallback(
    (key, value) => setDraft((current) => ({ ...current, [key]: value })),
    [],
  );
  const updateFeelings = useCallback((value: string) => update('feelings', value), [update]);
  const updateReflection = useCallback(
    (part: keyof Reflection, value: string) =>
      setDraft((current) => ({ ...current, reflection: { ...current.reflection, [part]: value } })),
    [],
  );

  const state = reflectionStateOf(entry);
  return (
    <article className="page entry-page" aria-labelledby="entry-heading">
      <EntryHeader
        entry={entry}
        saveState={autosave.state}
        saveError={autosave.error}
        invalid={invalid}
        flush={autosave.flush}
      />
      {kept && <KeptEditsNote record="setback" changedSince={changedSince} />}
      <fieldset className="entry-form" disabled={trashed}>
        <section className="card" aria-labelledby="setback-heading">
          <h2 id="setback-heading" className="section-heading">
            The setback <span className={`state state-${state}`}>{reflectionStateLabels[state]}</span>
          </h2>
          <CaptureFields draft={draft} errors={errors} onChange={update} variant="page" />
          <TextField
            label="How it felt (private)"
            multiline
            value={draft.feelings}
            onChange={updateFeelings}
            error={errors['feelings']}
            hint={entryGuidance.feelings}
          />
        </section>
        <section className="card" aria-labelledby="reflection-heading">
          <h2 id="reflection-heading" className="section-heading">
            Reflection
          </h2>
          <p className="muted section-intro">
            Come back when the dust has settled. Honest, specific answers here become the story you tell in an
            interview.
          </p>
          <ReflectionFields reflection={draft.reflection} errors={errors} onChange={updateReflection} />
        </section>
      </fieldset>
      <MemoEntryStories entry={entry} beforePromote={autosave.flush} />
      {/* A trashed setback is read-only: restore it from the Trash, then its history. */}
      {!trashed && (
        <MemoRevisionHistory kind="entry" id={entry.id} beforeRestore={autosave.flush} onRestored={restored} />
      )}
    </article>
  );
}
