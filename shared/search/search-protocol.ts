// Messages between the app and the search worker. Both sides parse what they receive:
// a worker is a boundary like any other.
import { z } from 'zod';
import { JournalFilterSchema } from '../journal-filter';
import { searchedTables, type SearchedTable } from '../table-registry';
import { SearchHitSchema } from './search-hit';

/** Best matches a search lists at most; the total is always counted. */
export const SEARCH_RESULT_LIMIT = 200;
/**
 * Matches asked for at first, and added each time the list is scrolled near its end: an
 * answer is cloned to the page and checked there, so each keystroke carries only a page.
 */
export const SEARCH_PAGE_SIZE = 50;

/** Where the index stands; `indexed`/`total` count documents while it is (re)built. */
export const IndexStatusSchema = z.object({
  state: z.enum(['starting', 'loading', 'building', 'ready', 'failed']),
  indexed: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  /** Goes up whenever the indexed content changes: time to ask again. */
  revision: z.number().int().nonnegative(),
  /** Why a rebuild runs: nothing stored yet, a stored index too old or damaged, or an import. */
  reason: z.enum(['missing', 'outdated', 'import']).optional(),
  message: z.string().optional(),
});
export type IndexStatus = z.infer<typeof IndexStatusSchema>;

/** The ids written since the last report, per table search indexes. */
export const ChangedKeysSchema = z
  .object(Object.fromEntries(searchedTables.map((name) => [name, z.array(z.string())])))
  .strict() as unknown as z.ZodType<ChangedKeys>;
export type ChangedKeys = Record<SearchedTable, string[]>;

/** Records written since the last report; `rebuild` when too much changed to list. */
export const JournalChangeSchema = z.union([
  z.object({ rebuild: z.literal(true) }).strict(),
  z.object({ rebuild: z.literal(false), keys: ChangedKeysSchema }).strict(),
]);
export type JournalChange = z.infer<typeof JournalChangeSchema>;

export const WorkerRequestSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('start'),
    databaseName: z.string(),
    /** With the lock on: the data key, to open the journal's rows (the index is then kept in memory only). */
    dataKey: z
      .instanceof(Uint8Array)
      .refine((key) => key.length === 32)
      .optional(),
  }),
  /** The journal is being unlocked: load what does not need the key (the code, the stored index) meanwhile. */
  z.object({ type: z.literal('prepare') }),
  /** The journal starts moving into or out of the lock: store nothing until `moved`. */
  z.object({ type: z.literal('hold') }),
  /** The move is over: read and store the journal the way it now is (with this key while the lock is on). */
  z.object({
    type: z.literal('moved'),
    dataKey: z
      .instanceof(Uint8Array)
      .refine((key) => key.length === 32)
      .optional(),
  }),
  z.object({ type: z.literal('changed'), keys: ChangedKeysSchema }),
  /** Many records changed at once (an import, a cleared table): rebuild from scratch. */
  z.object({ type: z.literal('rebuild') }),
  z.object({
    type: z.literal('search'),
    id: z.number().int(),
    query: z.string(),
    filter: JournalFilterSchema,
    limit: z.number().int().positive(),
  }),
]);
export type WorkerRequest = z.infer<typeof WorkerRequestSchema>;

export const SearchAnswerSchema = z.object({
  hits: z.array(SearchHitSchema),
  total: z.number().int().nonnegative(),
  matchedTerms: z.array(z.string()),
  /** The word still being typed, matched as a prefix (highlighted as such). */
  prefix: z.string().nullable(),
  truncated: z.boolean(),
  /** The query had no word to look for (only punctuation or spaces). */
  empty: z.boolean(),
});
export type SearchAnswer = z.infer<typeof SearchAnswerSchema>;

export const WorkerResponseSchema = z.discriminatedUnion('type', [
  /** `hold` is in force (the index in memory, nothing stored), or after `moved` the index is stored. */
  z.object({ type: z.literal('relocated') }),
  z.object({ type: z.literal('status'), status: IndexStatusSchema }),
  z.object({ type: z.literal('results'), id: z.number().int(), answer: SearchAnswerSchema, status: IndexStatusSchema }),
  z.object({ type: z.literal('error'), id: z.number().int().nullable(), message: z.string() }),
]);
export type WorkerResponse = z.infer<typeof WorkerResponseSchema>;
