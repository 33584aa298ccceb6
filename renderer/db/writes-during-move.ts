// What this window writes to the journal while it moves into or out of the lock in the
// background: the move copies those records again before it switches over, so nothing
// typed meanwhile is left behind in the database it deletes.
import type { DBCoreMutateRequest, DBCoreMutateResponse } from 'dexie';
import { mutateMiddleware } from './mutate-middleware';

/** Keys written per table since the move began; `all`: the table was cleared or a range deleted. */
export type WrittenKeys = Map<string, Set<string> | 'all'>;

let written: WrittenKeys | null = null;

function note(table: string, request: DBCoreMutateRequest, response: DBCoreMutateResponse): void {
  if (!written) return;
  const seen = written.get(table);
  if (seen === 'all') return;
  if (request.type === 'deleteRange') return void written.set(table, 'all');
  const keys = request.type === 'delete' ? request.keys : (response.results ?? request.keys ?? []);
  const set = seen ?? new Set<string>();
  for (const key of keys) if (typeof key === 'string') set.add(key);
  written.set(table, set);
}

export const writesDuringMove = {
  /** Starts noting every write. */
  start(): void {
    written = new Map();
  },
  /** What was written since `start`; noting stops. */
  stop(): WrittenKeys {
    const taken = written ?? new Map<string, Set<string> | 'all'>();
    written = null;
    return taken;
  },
};

/** Notes the keys of every write while a move is under way (and costs one check otherwise). */
export const writesDuringMoveMiddleware = mutateMiddleware('hindsight-writes-during-move', async (table, request, mutate) => {
  const response = await mutate(request);
  note(table, request, response);
  return response;
});
