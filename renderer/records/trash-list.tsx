import { entryTypeLabels } from '../../shared/entry';
import { useNotify } from '../app/notices';
import { entryRepository } from '../db/app-database';
import { describeSaveError } from '../db/storage-errors';
import { useTrash } from '../db/use-entries';
import { formatDay } from '../ui/format';

/** Setbacks moved to the Trash: restorable, or deleted for good after a confirmation. */
export function TrashList() {
  const trashed = useTrash();
  const notify = useNotify();
  if (trashed === undefined) return null;
  if (trashed.length === 0) {
    return (
      <div className="empty-state">
        <p>The Trash is empty. Setbacks you move here can be restored at any time.</p>
      </div>
    );
  }
  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      notify({ message: done });
    } catch (error) {
      notify({ message: describeSaveError(error) });
    }
  };
  return (
    <ul className="entry-list trash-list" aria-label="Setbacks in the Trash">
      {trashed.map((entry) => (
        <li key={entry.id} className="entry-row trash-row">
          <span className="entry-title">{entry.title}</span>
          <span className="entry-meta">
            {formatDay(entry.occurredOn)} · {entryTypeLabels[entry.type]}
          </span>
          <span className="row-actions">
            <button
              type="button"
              className="quiet"
              aria-label={`Restore ${entry.title}`}
              onClick={() => void run(() => entryRepository.restore(entry.id), `Restored “${entry.title}”.`)}
            >
              Restore
            </button>
            <button
              type="button"
              className="danger quiet"
              aria-label={`Delete ${entry.title} forever`}
              onClick={() => {
                if (window.confirm(`Delete “${entry.title}” forever? This cannot be undone.`)) {
                  void run(() => entryRepository.purge(entry.id), `Deleted “${entry.title}” for good.`);
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
