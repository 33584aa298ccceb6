import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, Middleware } from 'dexie';
import { mutateMiddleware } from './mutate-middleware';
import type { ChangedKeys, JournalChange } from '../../shared/search/search-protocol';
import { searchedTables, type SearchedTable } from '../../shared/table-registry';

export type { JournalChange } from '../../shared/search/search-protocol';

/** Beyond this many records in one burst (an import), the index is rebuilt instead. */
const MAX_LISTED_CHANGES = 500;

function changedKeys(request: DBCoreMutateRequest, response: DBCoreMutateResponse): unknown[] | 'all' {
  if (request.type === 'deleteRange') return 'all';
  if (request.type === 'delete') return request.keys;
  return response.results ?? request.keys ?? [];
}

const isSearched = (name: string): name is SearchedTable => (searchedTables as string[]).includes(name);

/**
 * Tells the search index which records of the tables it indexes (the registry's
 * `searchKind`) were written, whatever wrote them (repositories, restore, import). Reported
 * once the burst of writes settles; the index reads the records back itself, so a write
 * that was rolled back costs only a re-read.
 */
export function changeFeed(report: (change: JournalChange) => void): Middleware<DBCore> {
  const written = new Map<SearchedTable, Set<string>>(searchedTables.map((name) => [name, new Set()]));
  let rebuild = false;
  let scheduled = false;

  const flush = () => {
    scheduled = false;
    let listed = 0;
    for (const keys of written.values()) listed += keys.size;
    const keys = Object.fromEntries([...written].map(([name, ids]) => [name, [...ids]])) as ChangedKeys;
    report(rebuild || listed > MAX_LISTED_CHANGES ? { rebuild: true } : { rebuild: false, keys });
    for (const ids of written.values()) ids.clear();
    rebuild = false;
  };

  return mutateMiddleware(
    'hindsight-change-feed',
    async (name, request, mutate) => {
      const response = await mutate(request);
      const keys = changedKeys(request, response);
      if (keys === 'all') rebuild = true;
      else for (const key of keys) if (typeof key === 'string') written.get(name as SearchedTable)?.add(key);
      if (!scheduled) {
        scheduled = true;
        setTimeout(flush, 0);
      }
      return response;
    },
    isSearched,
  );
}
