import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import { EntryFieldsSchema, entryTypeLabels, entryTypes, stakesLabels, stakesLevels } from '../../shared/entry';
import { fieldErrorsOf } from '../../shared/field-errors';
import { useNotify } from '../app/notices';
import { entryRepository } from '../db/app-database';
import { describeSaveError, ValidationError } from '../db/storage-errors';
import { ChoiceGroup } from '../ui/choice-group';
import { TextField } from '../ui/text-field';
import { useCapture } from './capture-context';
import { inputOf } from './entry-draft';
import { entryGuidance } from './guidance';

/** "Log a setback": a modal form for capturing a setback while it is fresh. */
export function CaptureDialog() {
  const { isOpen, openRequest, close, draft, setDraft, reset, draftError } = useCapture();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleInput = useRef<HTMLInputElement>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const notify = useNotify();
  const [, navigate] = useLocation();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (isOpen && !element.open) {
      element.showModal();
      titleInput.current?.focus();
    } else if (!isOpen && element.open) {
      element.close();
    }
  }, [isOpen, openRequest]);

  const update = <K extends keyof typeof draft>(key: K, value: (typeof draft)[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));

  async function save() {
    const input = inputOf(draft);
    const checked = EntryFieldsSchema.safeParse(input);
    if (!checked.success) {
      setErrors(fieldErrorsOf(checked.error));
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const entry = await entryRepository.create(input);
      setSaveError(null);
      reset();
      close();
      notify({
        message: `Saved “${entry.title}”. Reflect on it whenever you are ready.`,
        action: { label: 'Reflect now', run: () => navigate(`/journal/${entry.id}`) },
      });
    } catch (error) {
      if (error instanceof ValidationError) setErrors({ ...error.fieldErrors });
      else setSaveError(describeSaveError(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <dialog
      ref={dialog}
      className="capture-dialog"
      aria-labelledby="capture-heading"
      onClose={() => {
        // A close event can arrive after the dialog was already reopened (Escape, then Ctrl+N).
        if (!dialog.current?.open) close();
      }}
    >
      <form
        method="dialog"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <header className="dialog-header">
          <h2 id="capture-heading">Log a setback</h2>
          <p className="muted">Write it down while it is fresh. Reflection can wait.</p>
        </header>
        <TextField
          label="Title"
          value={draft.title}
          onChange={(value) => update('title', value)}
          error={errors['title']}
          inputRef={titleInput}
          placeholder="The launch that slipped six weeks"
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
            error={errors['stakes']}
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
          hint="Comma separated, like: hiring, deadlines"
        />
        {(saveError ?? draftError) && (
          <p className="form-alert" role="alert">
            {saveError ?? draftError}
          </p>
        )}
        <footer className="dialog-actions">
          <button type="button" className="quiet" onClick={close}>
            Close
          </button>
          <button type="submit" className="primary" disabled={saving}>
            Save
          </button>
        </footer>
      </form>
    </dialog>
  );
}
