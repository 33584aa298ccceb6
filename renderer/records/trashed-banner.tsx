import { useLocation } from 'wouter';
import type { Entry } from '../../shared/entry';
import { useNotify } from '../app/notices';
import { entryRepository } from '../db/app-database';
import { describeSaveError } from '../db/storage-errors';

/** Shown on a setback in the Trash: it is read-only until restored. */
export function TrashedBanner({ entry }: { entry: Entry }) {
  const notify = useNotify();
  const [, navigate] = useLocation();
  return (
    <div className="banner" role="note">
      <span>This setback is in the Trash. Restore it to edit it.</span>
      <button
        type="button"
        className="primary"
        onClick={() =>
          void entryRepository.restore(entry.id).then(
            () => notify({ message: `Restored “${entry.title}”.` }),
            (error: unknown) => notify({ message: describeSaveError(error) }),
          )
        }
      >
        Restore
      </button>
      <button type="button" className="quiet" onClick={() => navigate('/journal')}>
        Back to the journal
      </button>
    </div>
  );
}
