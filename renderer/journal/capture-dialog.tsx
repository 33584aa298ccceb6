import { useCallback, useEffect, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import { EntryFieldsSchema } from '../../shared/entry';
import { fieldErrorsOf } from '../../shared/field-errors';
import { useNotify } from '../app/notices';
import { describeSaveError, ValidationError } from '../db/storage-errors';
import { CaptureFields, type UpdateDraftField } from './capture-fields';
import { useCapture } from './capture-context';
import { inputOf } from './entry-draft';

/** "Log a setback": a modal form for capturing a setback while it is fresh. */
export function CaptureDialog() {
  const { isOpen, openRequest, close, draft, setDraft, saveAsSetback, draftError } = useCapture();
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

  const update: UpdateDraftField = useCallback(
    (key, value) => setDraft((current) => ({ ...current, [key]: value })),
    [setDraft],
  );

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
      const entry = await saveAsSetback(input);
      setSaveError(null);
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
        <CaptureFields draft={draft} errors={errors} onChange={update} variant="dialog" titleRef={titleInput} />
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
