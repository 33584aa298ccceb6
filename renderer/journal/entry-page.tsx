import { Link } from 'wouter';
import { useEntry } from '../db/use-entries';
import { EntryEditor } from './entry-editor';

/** `#/journal/<id>`: one setback, its capture fields and its reflection. */
export function EntryPage({ id }: { id: string }) {
  const entry = useEntry(id);
  if (entry === undefined) {
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
  return <EntryEditor key={entry.id} entry={entry} />;
}
