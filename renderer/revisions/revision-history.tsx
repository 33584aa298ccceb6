import { useState } from 'react';
import { revisionReasonLabels, type Revision, type RevisionKind } from '../../shared/revision';
import { diffRecords } from '../../shared/revision-diff';
import { revisionRepository } from '../db/repositories';
import { describeSaveError } from '../db/storage-errors';
import { useCurrentRecord, useRevisions } from '../db/use-revisions';
import { RevisionDiffView } from './revision-diff-view';
import './revisions.css';

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export interface RevisionHistoryProps {
  kind: RevisionKind;
  id: string;
  /** Saves what the editor still holds, so the restore cannot be overwritten by a late autosave. */
  beforeRestore?: () => Promise<void>;
  /** Called with the restored record's `updatedAt`; without it the page reloads to show it. */
  onRestored?: (updatedAt: string) => void;
}

/**
 * "History": earlier versions of an entry or story (taken while editing, and before
 * promoting, importing, trashing or deleting), each with what changed since and a
 * one-click restore. Restoring first keeps the current text as a version too.
 */
export function RevisionHistory({ kind, id, beforeRestore, onRestored }: RevisionHistoryProps) {
  const list = useRevisions(kind, id);
  const [open, setOpen] = useState<string | null>(null);
  const current = useCurrentRecord(kind, id, open !== null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function restore(revision: Revision) {
    setBusy(true);
    try {
      await beforeRestore?.();
      const restored = await revisionRepository.restore(revision.id);
      setError(null);
      if (onRestored) onRestored(restored.updatedAt);
      else window.location.reload();
    } catch (failure) {
      setError(describeSaveError(failure));
    } finally {
      setBusy(false);
    }
  }

  const revisions = list ?? [];
  return (
    <section className="card revision-history" aria-labelledby={`history-${id}`}>
      <h2 id={`history-${id}`} className="section-heading">
        History
      </h2>
      {error && (
        <p className="form-alert" role="alert">
          {error}
        </p>
      )}
      {list && revisions.length === 0 && (
        <p className="muted">
          No earlier versions yet. One is kept every few minutes while you edit, and before any change that replaces
          text; each is kept for 90 days.
        </p>
      )}
      {revisions.length > 0 && (
        <ol className="revision-list" aria-label="Earlier versions">
          {revisions.map((revision) => {
            const when = timeFormat.format(new Date(revision.takenAt));
            const expanded = open === revision.id;
            return (
              <li key={revision.id}>
                <div className="revision-row">
                  <span>
                    <time dateTime={revision.takenAt}>{when}</time>{' '}
                    <span className="muted">{revisionReasonLabels[revision.reason]}</span>
                  </span>
                  <button
                    type="button"
                    className="quiet"
                    aria-expanded={expanded}
                    onClick={() => setOpen(expanded ? null : revision.id)}
                  >
                    {expanded ? 'Hide changes' : 'Show changes'}
                    <span className="visually-hidden"> since {when}</span>
                  </button>
                  <button type="button" disabled={busy} onClick={() => void restore(revision)}>
                    Go back to this version<span className="visually-hidden"> from {when}</span>
                  </button>
                </div>
                {/* Nothing until the record as it is now is read: never "Same text as now" meanwhile. */}
                {expanded && current !== undefined && (
                  <RevisionDiffView fields={current ? diffRecords(revision.snapshot, current) : []} />
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
