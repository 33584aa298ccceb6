import { formatDay } from '../ui/format';
import { useTrashAction, type RecordNoun, type Trashable } from './trashable';

export interface TrashedItem {
  id: string;
  title: string;
  /** When it was moved to the Trash. */
  deletedAt: string | null;
  /** A short line about it ("12 Mar 2026 · Technical"). */
  meta?: string;
}

interface TrashListProps {
  items: readonly TrashedItem[] | undefined;
  noun: RecordNoun;
  /** The list's accessible name, e.g. "Setbacks in the Trash". */
  label: string;
  repository: Trashable;
}

/** Records moved to the Trash: restorable, or deleted for good (with their history) after a confirmation. */
export function TrashList({ items, noun, label, repository }: TrashListProps) {
  const run = useTrashAction();
  if (items === undefined) return null;
  if (items.length === 0) {
    return (
      <div className="empty-state">
        <p>The Trash is empty. A {noun} you move here can be restored at any time.</p>
      </div>
    );
  }
  return (
    <ul className="entry-list trash-list" aria-label={label}>
      {items.map((item) => (
        <li key={item.id} className="entry-row trash-row">
          <span className="entry-title">{item.title}</span>
          <span className="entry-meta">
            {[item.meta, item.deletedAt && `moved here ${formatDay(item.deletedAt.slice(0, 10))}`]
              .filter(Boolean)
              .join(' · ')}
          </span>
          <span className="row-actions">
            <button
              type="button"
              className="quiet"
              aria-label={`Restore ${item.title}`}
              onClick={() => void run(() => repository.restore(item.id), `Restored “${item.title}”.`)}
            >
              Restore
            </button>
            <button
              type="button"
              className="danger quiet"
              aria-label={`Delete ${item.title} forever`}
              onClick={() => {
                if (window.confirm(`Delete “${item.title}” forever, with its history? This cannot be undone.`)) {
                  void run(() => repository.purge(item.id), `Deleted “${item.title}” for good.`);
                }
              }}
            >
              Delete forever
            </button>
          </span>
        </li>
      ))}
    </ul>
  );
}
