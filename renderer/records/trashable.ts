import { useNotify } from '../app/notices';
import { describeSaveError } from '../db/storage-errors';

/** What the Trash needs of a repository: setbacks and stories both offer it. */
export interface Trashable {
  trash(id: string): Promise<unknown>;
  restore(id: string): Promise<unknown>;
  /** Deletes a record in the Trash for good, with its history. */
  purge(id: string): Promise<unknown>;
}

/** What a record is called: "setback" or "story". */
export type RecordNoun = 'setback' | 'story';

/**
 * Runs a Trash action and says how it went in the status line: what was done, or why it
 * could not be (the record stays where it was).
 */
export function useTrashAction() {
  const notify = useNotify();
  return async (action: () => Promise<unknown>, done: string): Promise<boolean> => {
    try {
      await action();
      notify({ message: done });
      return true;
    } catch (error) {
      notify({ message: describeSaveError(error) });
      return false;
    }
  };
}
