import { useLocation } from 'wouter';
import { useNotify } from '../app/notices';
import { describeSaveError } from '../db/storage-errors';
import type { Trashable } from './trashable';

/**
 * "Move to Trash" for an editor: saves what is pending, trashes the record, goes back to
 * its list and offers Undo. A failure (of the save or the move) is reported, and the record
 * stays where it was.
 */
export function useMoveToTrash(repository: Trashable, listPath: string, flush: () => Promise<void>) {
  const notify = useNotify();
  const [, navigate] = useLocation();
  return async (record: { id: string; title: string }) => {
    try {
      await flush();
      await repository.trash(record.id);
      navigate(listPath);
      notify({
        message: `Moved “${record.title}” to the Trash.`,
        action: {
          label: 'Undo',
          run: () =>
            void repository.restore(record.id).catch((error: unknown) => notify({ message: describeSaveError(error) })),
        },
      });
    } catch (error) {
      notify({ message: describeSaveError(error) });
    }
  };
}
