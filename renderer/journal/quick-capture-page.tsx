import { Suspense, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { EntryFieldsSchema, entryTypeLabels, entryTypes, type EntryType } from '../../shared/entry';
import { fieldErrorsOf } from '../../shared/field-errors';
import { saveWhatIsTyped } from '../db/repositories';
import { describeSaveError, ValidationError } from '../db/storage-errors';
import { platform } from '../platform';
import { ChoiceGroup } from '../ui/choice-group';
import { TextField } from '../ui/text-field';
import { lazyComponent } from '../app/lazy-component';
import { emptyDraft, inputOf, type EntryDraft } from './entry-draft';
import { QUICK_CAPTURE_DRAFT_ID, useStoredCapture } from './use-stored-capture';
import './quick-capture.css';

// Desktop only: the window's commands and what it tells main.
const QuickCaptureLink = lazyComponent(() => import('../desktop/desktop-entry').then((m) => m.QuickCaptureLink));

/** Saves what was typed (it is kept as a draft), then closes the window. */
async function closeWindow(): Promise<void> {
  await saveWhatIsTyped();
  window.close();
}

/**
 * `#/quick-capture`: the desktop's small always-on-top window (its global shortcut opens it)
 * for logging a setback without leaving what you are doing. Enter saves, Shift+Enter starts
 * a new line, Escape closes; what was typed is kept until it is saved. The lock applies here
 * too: App puts the page behind its own LockGate.
 */
export function QuickCapturePage() {
  useEffect(() => {
    document.title = 'Log a setback – Hindsight';
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) {
        event.preventDefault();
        void closeWindow();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
  return <QuickCaptureForm />;
}

function QuickCaptureForm() {
  const [draft, setDraft] = useState<EntryDraft>(() => emptyDraft());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const titleInput = useRef<HTMLInputElement>(null);
  const stored = useStoredCapture(
    useMemo(() => ({ open: true, draft }), [draft]),
    { onRestore: (previous) => setDraft(previous.draft) },
    QUICK_CAPTURE_DRAFT_ID,
  );
  const { saveAsSetback } = stored;

  useEffect(() => titleInput.current?.focus(), []);
  const focusTitle = useCallback(() => titleInput.current?.focus(), []);

  const on = useMemo(
    () => ({
      title: (title: string) => setDraft((current) => ({ ...current, title })),
      whatHappened: (whatHappened: string) => setDraft((current) => ({ ...current, whatHappened })),
      type: (type: EntryType) => setDraft((current) => ({ ...current, type })),
    }),
    [],
  );

  async function save() {
    if (saving) return;
    const input = inputOf(draft);
    const checked = EntryFieldsSchema.safeParse(input);
    if (!checked.success) {
      setErrors(fieldErrorsOf(checked.error));
      setSaved(null);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const entry = await saveAsSetback(input);
      setSaveError(null);
      setDraft(emptyDraft());
      // The desktop closes the window; a browser tab that cannot be closed is ready for the next one.
      setSaved(`Saved “${entry.title}” to your journal.`);
      window.close();
      titleInput.current?.focus();
    } catch (error) {
      if (error instanceof ValidationError) setErrors({ ...error.fieldErrors });
      else setSaveError(describeSaveError(error));
    } finally {
      setSaving(false);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    // Enter saves from any field (Shift+Enter is a new line in "What happened"); on a button it presses it.
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    if (event.target instanceof HTMLButtonElement) return;
    event.preventDefault();
    void save();
  }

  const problem = saveError ?? stored.error;
  return (
    <main className="quick-capture">
      {platform.desktop && (
        <Suspense fallback={null}>
          <QuickCaptureLink focusTitle={focusTitle} />
        </Suspense>
      )}
      <form
        noValidate
        aria-labelledby="quick-capture-heading"
        onKeyDown={onKeyDown}
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <h1 id="quick-capture-heading">Log a setback</h1>
        <TextField
          label="Title"
          value={draft.title}
          onChange={on.title}
          error={errors['title']}
          inputRef={titleInput}
          placeholder="The launch that slipped six weeks"
        />
        <TextField
          label="What happened"
          multiline
          value={draft.whatHappened}
          onChange={on.whatHappened}
          error={errors['whatHappened']}
        />
        <ChoiceGroup
          label="Type"
          options={entryTypes}
          labels={entryTypeLabels}
          value={draft.type}
          onChange={on.type}
          error={errors['type']}
        />
        {problem && (
          <p className="form-alert" role="alert">
            {problem}
          </p>
        )}
        <footer className="quick-capture-actions">
          <p className="muted" role="status">
            {saved ?? 'Enter saves · Esc closes'}
          </p>
          <button type="button" className="quiet" onClick={() => void closeWindow()}>
            Close
          </button>
          <button type="submit" className="primary" disabled={saving}>
            Save
          </button>
        </footer>
      </form>
    </main>
  );
}
