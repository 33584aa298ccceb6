import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, Middleware } from 'dexie';
import { z } from 'zod';

/** Entries and stories written since the last report; `rebuild` when too much changed to list. */
export const JournalChangeSchema = z.discriminatedUnion('rebuild', [
  z.object({ rebuild: z.literal(true) }),
  z.object({ rebuild: z.literal(false), entries: z.array(z.string()), stories: z.array(z.string()) }),
]);
export type JournalChange = z.infer<typeof JournalChangeSchema>;

/** Beyond this many records in one burst (an import), the index is rebuilt instead. */
const MAX_LISTED_CHANGES = 500;

function changedKeys(request: DBCoreMutateRequest, response: DBCoreMutateResponse): unknown[] | 'all' {
  if (request.type === 'deleteRange') return 'all';
  if (request.type === 'delete') return request.keys;
  return response.results ?? request.keys ?? [];
}

/**
 * Tells the search index which entries and stories were written, whatever wrote them
 * (repositories, restore, import). Reported once the burst of writes settles; the index
 * reads the records back itself, so a write that was rolled back costs only a re-read.
 */
export function searchChangeFeed(report: (change: JournalChange) => void): Middleware<DBCore> {
  const entries = new Set<string>();
  const stories = new Set<string>();
  let rebuild = false;
  let scheduled = false;

  const flush = () => {
    scheduled = false;
    const tooMany = entries.size + stories.size > MAX_LISTED_CHANGES;
    report(rebuild || tooMany ? { rebuild: true } : { rebuild: false, entries: [...entries], stories: [...stories] });
    entries.clear();
    stories.clear();
    rebuild = false;
  };

  return {
    stack: 'dbcore',
    name: 'hindsight-search-change-feed',
    create(down) {
      return {
        ...down,
        table(name) {
          const table = down.table(name);
          const seen = name === 'entries' ? entries : name === 'stories' ? stories : undefined;
          if (!seen) return table;
          return {
            ...table,
            async mutate(request) {
              const response = await table.mutate(request);
              const keys = changedKeys(request, response);
              if (keys === 'all') rebuild = true;
              else for (const key of keys) if (typeof key === 'string') seen.add(key);
              if (!scheduled) {
                scheduled = true;
                setTimeout(flush, 0);
              }
              return response;
            },
          };
        },
      };
    },
  };
}
