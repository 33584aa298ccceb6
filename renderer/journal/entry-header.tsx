import { memo } from 'react';
import { Link } from 'wouter';
import type { Entry } from '../../shared/entry';
import type { SaveState } from '../app/use-autosave';
import { useMoveToTrash } from '../app/use-move-to-trash';
import { entryRepository } from '../db/app-database';
import { SaveStatus } from '../ui/save-status';
import { TrashedBanner } from './trashed-banner';

interface EntryHeaderProps {
  entry: Entry;
  saveState: SaveState;
  saveError: string | null;
  invalid: boolean;
  /** Saves what is pending; stable, so typing in the form below never re-renders this header. */
  flush: () => Promise<void>;
}

/** The top of a setback's page: back link, save status, Move to Trash, and why a save failed. */
export const EntryHeader = memo(function EntryHeader({
  entry,
  saveState,
  saveError,
  invalid,
  flush,
}: EntryHeaderProps) {
  const moveToTrash = useMoveToTrash(entryRepository, '/journal', flush);
  const trashed = entry.deletedAt !== null;
  return (
    <>
      <header className="page-header">
        <Link href="/journal" className="back-link">
          ← All setbacks
        </Link>
        <SaveStatus state={saveState} invalid={invalid} />
        {!trashed && (
          <button type="button" className="quiet danger" onClick={() => void moveToTrash(entry)}>
            Move to Trash
          </button>
        )}
      </header>
      {trashed && <TrashedBanner entry={entry} />}
      {saveError && (
        <p className="form-alert" role="alert">
          {saveError}
        </p>
      )}
      <h1 id="entry-heading" className="visually-hidden">
        {entry.title}
      </h1>
    </>
  );
});
