import { Link } from 'wouter';
import { entryTypeLabels } from '../../shared/entry';
import { entryRepository } from '../db/repositories';
import { useTrash } from '../db/use-entries';
import { TrashList } from '../records/trash-list';
import { formatDay } from '../ui/format';

/** `#/journal/trash`: setbacks moved to the Trash. */
export function JournalTrashPage() {
  const trashed = useTrash();
  return (
    <div className="page">
      <header className="page-header">
        <h1>Trash</h1>
        <div className="page-tools">
          <Link href="/journal" className="button quiet">
            Back to journal
          </Link>
        </div>
      </header>
      <TrashList
        items={trashed?.map((entry) => ({
          id: entry.id,
          title: entry.title,
          deletedAt: entry.deletedAt,
          meta: `${formatDay(entry.occurredOn)} · ${entryTypeLabels[entry.type]}`,
        }))}
        noun="setback"
        label="Setbacks in the Trash"
        repository={entryRepository}
      />
    </div>
  );
}
