import type { SaveState } from '../app/use-autosave';

const labels: Record<SaveState, string> = {
  saved: 'All changes saved',
  pending: 'Saving…',
  saving: 'Saving…',
  failed: 'Not saved',
};

/** A quiet line that says whether the last change is safely stored. */
export function SaveStatus({ state, invalid }: { state: SaveState; invalid: boolean }) {
  const text = invalid && state === 'saved' ? 'Saved, except the fields marked below' : labels[state];
  return (
    <span className={`save-status save-${state}`} role="status" aria-live="polite">
      {text}
    </span>
  );
}
