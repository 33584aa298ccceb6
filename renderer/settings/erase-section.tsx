import { useState } from 'react';
import { eraseJournal } from '../db/erase-everything';
import { searchClient } from '../search/app-search';
import { platform } from '../platform';
import { useLockControl } from '../lock/lock-control';
import { ModalDialog } from '../ui/modal-dialog';
import { TextField } from '../ui/text-field';

const CONFIRMATION = 'ERASE';

/**
 * Settings → "Erase everything": the whole journal, its history, drafts and search index,
 * and on the desktop the automatic backups, after the person types ERASE. Files they
 * exported are theirs and are not touched.
 */
export function EraseSection() {
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [blocked, setBlocked] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const desktop = platform.automaticBackups !== undefined;
  // Erasing while the journal moves into or out of the lock would let the move bring it back.
  const { moving } = useLockControl();

  async function erase() {
    setBusy(true);
    setError(null);
    // Search's worker stops first: it stores its index a while after each change, and Dexie
    // opens a database deleted under it again on its next write, so a store landing between
    // the erase and the reload would bring the index (the journal's words) back.
    searchClient.restart();
    try {
      await eraseJournal(() => setBlocked(true));
    } catch (failure) {
      setBusy(false);
      setError(`Nothing was erased: ${failure instanceof Error ? failure.message : String(failure)}`);
      return;
    }
    try {
      await platform.automaticBackups?.erase();
    } catch (failure) {
      setBusy(false);
      setError(
        `The journal was erased, but the automatic backups could not be: ${failure instanceof Error ? failure.message : String(failure)}. Try again.`,
      );
      return;
    }
    window.location.reload();
  }

  return (
    <section className="card" aria-labelledby="erase-heading">
      <h2 id="erase-heading" className="section-heading">
        Erase everything
      </h2>
      <p>
        Deletes every setback, story and earlier version, the half-written drafts and the search index from this device
        {desktop ? ', and the automatic backups' : ''}. Backups and PDFs you saved as files are not touched. This cannot
        be undone.
      </p>
      <button type="button" className="danger" onClick={() => setOpen(true)} disabled={moving}>
        Erase everything…
      </button>
      {moving && <p className="muted">Available once the lock has finished moving the journal.</p>}
      <ModalDialog
        title="Erase everything?"
        open={open}
        onClose={() => {
          if (busy) return;
          setOpen(false);
          setTyped('');
          setError(null);
        }}
      >
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (typed.trim() === CONFIRMATION && !busy) void erase();
          }}
        >
          <p>Everything in this journal will be gone for good. Export a backup first if you may want any of it back.</p>
          <TextField label={`Type ${CONFIRMATION} to confirm`} value={typed} onChange={setTyped} />
          {blocked && busy && (
            <p role="status">Hindsight is still open in another window or tab: close it to finish erasing.</p>
          )}
          {error && (
            <p className="form-alert" role="alert">
              {error}
            </p>
          )}
          <div className="dialog-actions">
            <button type="button" className="quiet" disabled={busy} onClick={() => setOpen(false)}>
              Cancel
            </button>
            <button type="submit" className="danger" disabled={busy || typed.trim() !== CONFIRMATION}>
              {busy ? 'Erasing…' : 'Erase everything'}
            </button>
          </div>
        </form>
      </ModalDialog>
    </section>
  );
}
