import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import {
  entryTypeLabels,
  entryTypes,
  stakesLabels,
  stakesLevels,
  type Entry,
  type Reflection,
} from '../../shared/entry';
import { reflectionStateLabels, reflectionStateOf } from '../../shared/reflection-state';
import { useAutosave } from '../app/use-autosave';
import { useMoveToTrash } from '../app/use-move-to-trash';
import { entryRepository } from '../db/app-database';
import { describeSaveError } from '../db/storage-errors';
import { RevisionHistory } from '../revisions/revision-history';
import { ChoiceGroup } from '../ui/choice-group';
import { SaveStatus } from '../ui/save-status';
import { TextField } from '../ui/text-field';
import { checkDraft, draftOf, type EntryDraft } from './entry-draft';
import { entryGuidance } from './guidance';
import { EntryStories } from './entry-stories';
import { TrashedBanner } from './trashed-banner';

const reflectionFields: { part: keyof Reflection; label: string }[] = [
  { part: 'whyItHappened', label: 'Why it happened' },
  { part: 'whatIDid', label: 'What I did' },
  { part: 'whatILearned', label: 'What I learned' },
  { part: 'whatIChanged', label: 'What I changed since' },
];

/** Edits one setback; every change is saved automatically a moment after typing stops. */
export function EntryEditor({ entry, onRestored }: { entry: Entry; onRestored?: (updatedAt: string) => void }) {
  const [draft, setDraft] = useState<EntryDraft>(() => draftOf(entry));
  const checked = useMemo(() => checkDraft(draft), [draft]);
  const errors = checked.errors;
  const trashed = entry.deletedAt !== null;
  const autosave = useAutosave(
    checked.patch,
    async (patch) => {
      await entryRepository.update(entry.id, patch);
    },
    describeSaveError,
  );

  const update = <K extends keyof EntryDraft>(key: K, value: EntryDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));
  const updateReflection = (part: keyof Reflection, value: string) =>
    setDraft((current) => ({ ...current, reflection: { ...current.reflection, [part]: value } }));

  const moveToTrash = useMoveToTrash(entryRepository, '/journal', autosave.flush);

  const state = reflectionStateOf(entry);
  return (
    <article className="page entry-page" aria-labelledby="entry-heading">
      <header className="page-header">
        <Link href="/journal" className="back-link">
          ← All setbacks
        </Link>
        <SaveStatus state={autosave.state} invalid={Object.keys(errors).length > 0} />
        {!trashed && (
          <button type="button" className="quiet danger" onClick={() => void moveToTrash(entry)}>
            Move to Trash
          </button>
        )}
      </header>
      {trashed && <TrashedBanner entry={entry} />}
      {autosave.error && (
        <p className="form-alert" role="alert">
          {autosave.error}
        </p>
      )}
      <h1 id="entry-heading" className="visually-hidden">
        {entry.title}
      </h1>
      <fieldset className="entry-form" disabled={trashed}>
        <section className="card" aria-labelledby="setback-heading">
          <h2 id="setback-heading" className="section-heading">
            The setback <span className={`state state-${state}`}>{reflectionStateLabels[state]}</span>
          </h2>
          <TextField
            label="Title"
            className="title-field"
            value={draft.title}
            onChange={(value) => update('title', value)}
            error={errors['title']}
          />
          <TextField
            label="What happened"
            multiline
            value={draft.whatHappened}
            onChange={(value) => update('whatHappened', value)}
            error={errors['whatHappened']}
            hint={entryGuidance.whatHappened}
          />
          <div className="field-row">
            <TextField
              label="When"
              type="date"
              value={draft.occurredOn}
              onChange={(value) => update('occurredOn', value)}
              error={errors['occurredOn']}
              className="field-date"
            />
            <ChoiceGroup
              label="Stakes"
              options={stakesLevels}
              labels={stakesLabels}
              value={draft.stakes}
              onChange={(value) => update('stakes', value)}
            />
          </div>
          <ChoiceGroup
            label="Type"
            options={entryTypes}
            labels={entryTypeLabels}
            value={draft.type}
            onChange={(value) => update('type', value)}
            error={errors['type']}
          />
          <TextField
            label="Tags"
            value={draft.tagsText}
            onChange={(value) => update('tagsText', value)}
            error={errors['tags'] ?? errors['tags.0']}
            hint="Comma separated"
          />
          <TextField
            label="How it felt (private)"
            multiline
            value={draft.feelings}
            onChange={(value) => update('feelings', value)}
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
          {reflectionFields.map(({ part, label }) => (
            <TextField
              key={part}
              label={label}
              multiline
              value={draft.reflection[part]}
              onChange={(value) => updateReflection(part, value)}
              error={errors[`reflection.${part}`]}
              hint={entryGuidance[part]}
            />
          ))}
        </section>
      </fieldset>
      <EntryStories entry={entry} beforePromote={autosave.flush} />
      {/* A trashed setback is read-only: restore it from the Trash, then its history. */}
      {!trashed && (
        <RevisionHistory kind="entry" id={entry.id} beforeRestore={autosave.flush} onRestored={onRestored} />
      )}
    </article>
  );
}
