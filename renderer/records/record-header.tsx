import { memo, type ReactNode } from 'react';
import { Link } from 'wouter';
import type { SaveState } from '../app/use-autosave';
import { SaveStatus } from '../ui/save-status';
import { KeptEditsNote } from './kept-edits-note';
import type { RecordNoun, Trashable } from './trashable';
import { TrashedBanner } from './trashed-banner';
import { useMoveToTrash } from './use-move-to-trash';

interface RecordHeaderProps {
  record: { id: string; title: string; deletedAt: string | null };
  noun: RecordNoun;
  repository: Trashable;
  /** The record's list, and its Trash. */
  listHref: string;
  listLabel: string;
  trashHref: string;
  /** The heading's id, which labels the page. */
  headingId: string;
  saveState: SaveState;
  saveError: string | null;
  invalid: boolean;
  keptEdits: { shown: boolean; changedSince: boolean };
  /** Saves what is pending; stable, so typing in the form never re-renders this header. */
  flush: () => Promise<void>;
  /** More buttons for a record not in the Trash (Export PDF, Practice). */
  actions?: ReactNode;
}

/**
 * The top of a setback's or story's page: back link, save status, Move to Trash and the
 * page's own actions; the Trash banner, the note about kept edits and why a save failed.
 */
export const RecordHeader = memo(function RecordHeader({
  record,
  noun,
  repository,
  listHref,
  listLabel,
  trashHref,
  headingId,
  saveState,
  saveError,
  invalid,
  keptEdits,
  flush,
  actions,
}: RecordHeaderProps) {
  const moveToTrash = useMoveToTrash(repository, listHref, flush);
  const trashed = record.deletedAt !== null;
  return (
    <>
      <header className="page-header">
        <Link href={listHref} className="back-link">
          ← {listLabel}
        </Link>
        <SaveStatus state={saveState} invalid={invalid} />
        {!trashed && (
          <>
            <button type="button" className="quiet danger" onClick={() => void moveToTrash(record)}>
              Move to Trash
            </button>
            {actions}
          </>
        )}
      </header>
      {trashed && <TrashedBanner record={record} noun={noun} repository={repository} trashHref={trashHref} />}
      {keptEdits.shown && <KeptEditsNote record={noun} changedSince={keptEdits.changedSince} />}
      {saveError && (
        <p className="form-alert" role="alert">
          {saveError}
        </p>
      )}
      <h1 id={headingId} className="visually-hidden">
        {record.title}
      </h1>
    </>
  );
});
