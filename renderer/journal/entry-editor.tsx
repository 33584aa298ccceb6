import { memo, useCallback, useState } from 'react';
import type { Entry, Reflection } from '../../shared/entry';
import { reflectionStateLabels, reflectionStateOf } from '../../shared/reflection-state';
import { entryRepository } from '../db/repositories';
import type { EntryPatch } from '../db/entry-repository';
import { createKeptEdits } from '../records/kept-edits';
import { RecordHeader } from '../records/record-header';
import { useRecordEditor } from '../records/use-record-editor';
import { RevisionHistory } from '../revisions/revision-history';
import { TextField } from '../ui/text-field';
import { CaptureFields, type UpdateDraftField } from './capture-fields';
import { CheckInCard } from './check-in-card';
import { CheckInHistory } from './check-in-history';
import { DeeperPrompts } from './deeper-prompts';
import { createDraftChecker, draftOf, type EntryDraft } from './entry-draft';
import { entryGuidance } from './guidance';
import { EntryStories } from './entry-stories';
import { ReflectionFields } from './reflection-fields';
import { useCheckInState } from './use-check-in-state';

// Each save hands the editor a fresh `entry` from the live query; these sections only need
// to re-render when their own props change, not on every keystroke in the form above them.
const MemoEntryStories = memo(EntryStories);
const MemoRevisionHistory = memo(RevisionHistory);

/** Drafts a setback's editor could not store when it closed, until it opens again. */
const keptEntryEdits = createKeptEdits<EntryDraft>();

/** Edits one setback; every change is saved automatically a moment after typing stops. */
export function EntryEditor({ entry, onRestored }: { entry: Entry; onRestored?: (updatedAt: string) => void }) {
  // Re-checks only the field that changed: a keystroke in 2,000 words stays cheap.
  const [check] = useState(createDraftChecker);
  const save = useCallback(
    (patch: EntryPatch, basedOn: string) => entryRepository.update(entry.id, patch, basedOn),
    [entry.id],
  );
  const editor = useRecordEditor({
    record: entry,
    kept: keptEntryEdits,
    draftOf: () => draftOf(entry),
    check,
    save,
    onRestored,
  });
  const { draft, setDraft, autosave, trashed } = editor;
  const errors = editor.checked.errors;

  const update: UpdateDraftField = useCallback(
    (key, value) => setDraft((current) => ({ ...current, [key]: value })),
    [setDraft],
  );
  const updateFeelings = useCallback((value: string) => update('feelings', value), [update]);
  const updateReflection = useCallback(
    (part: keyof Reflection, value: string) =>
      setDraft((current) => ({ ...current, reflection: { ...current.reflection, [part]: value } })),
    [setDraft],
  );

  const state = reflectionStateOf(entry);
  const checkIns = useCheckInState(entry);
  return (
    <article className="page entry-page" aria-labelledby="entry-heading">
      <RecordHeader
        record={entry}
        noun="setback"
        repository={entryRepository}
        listHref="/journal"
        listLabel="All setbacks"
        trashHref="/journal/trash"
        headingId="entry-heading"
        saveState={autosave.state}
        saveError={autosave.error}
        invalid={editor.invalid}
        keptEdits={editor.keptEdits}
        flush={autosave.flush}
      />
      {/* First on the page when due: it is what the journal's "Check-ins due" link came for. */}
      {checkIns.due && !trashed && <CheckInCard entry={entry} checkIn={checkIns.due} />}
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
          {checkIns.answers && <CheckInHistory answers={checkIns.answers} next={checkIns.next} />}
          <DeeperPrompts reflection={draft.reflection} errors={errors} onChange={updateReflection} />
        </section>
      </fieldset>
      <MemoEntryStories entry={entry} beforePromote={autosave.flush} />
      {/* A trashed setback is read-only: restore it from the Trash, then its history. */}
      {!trashed && (
        <MemoRevisionHistory kind="entry" id={entry.id} beforeRestore={autosave.flush} onRestored={editor.onRestored} />
      )}
    </article>
  );
}
