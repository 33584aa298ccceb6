import { useCallback, useState } from 'react';
import { Link } from 'wouter';
import { useEntry } from '../db/use-entries';
import { EntryEditor } from './entry-editor';

/** `#/journal/<id>`: one setback, its capture fields and its reflection. */
export function EntryPage({ id }: { id: string }) {
  const entry = useEntry(id);
  // A restored version replaces the text the editor holds: a fresh editor shows it, once
  // the live query has caught up with the restore.
  const [restored, setRestored] = useState({ generation: 0, updatedAt: '' });
  // Stable, so the editor's memoized History section is not re-rendered by every save.
  const onRestored = useCallback(
    (updatedAt: string) => setRestored(({ generation }) => ({ generation: generation + 1, updatedAt })),
    [],
  );
  if (entry === undefined || (entry !== null && entry.updatedAt < restored.updatedAt)) {
    return (
      <div className="page" aria-busy="true">
        <p className="muted">Opening…</p>
      </div>
    );
  }
  if (entry === null) {
    return (
      <div className="page">
        <h1>Setback not found</h1>
        <p>
          It may have been deleted for good. <Link href="/journal">Back to the journal</Link>
        </p>
      </div>
    );
  }
  return <EntryEditor key={`${entry.id}-${restored.generation}`} entry={entry} onRestored={onRestored} />;
}
