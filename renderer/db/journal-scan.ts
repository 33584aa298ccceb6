import type { Collection } from 'dexie';
import type { Entry } from '../../shared/entry';
import { entryPassesFilter, type JournalFilter } from '../../shared/journal-filter';
import type { HindsightDatabase } from './database';

/** A place in the journal's order (newest first): an entry's [occurredOn, createdAt]. */
export type JournalKey = [occurredOn: string, createdAt: string];

export interface JournalPage {
  /** Entries passing the filter, newest first. */
  entries: Entry[];
  /**
   * Key of the page's last entry: the next page holds what sorts strictly below it. Null when
   * nothing is left below. Every entry sharing that key is in this page, so pages never overlap.
   */
  last: JournalKey | null;
}

export interface ScanBounds {
  /** Read only entries sorting strictly below this key; null: from the newest. */
  before: JournalKey | null;
  /** Stop after this many entries (plus any sharing the last one's key)… */
  limit?: number;
  /** …or read down to this key, inclusive (a page read again after a change). */
  last?: JournalKey;
}

const ORDER = '[occurredOn+createdAt]';
/** createdAt is an ISO timestamp: '' sorts below every one of them, '\uffff' above. */
const LOWEST = '';
const HIGHEST = '\uffff';
/** Id sets this small are read directly (bulkGet and sort) instead of walking the index. */
const SMALL_SET = 200;
const MAX_CHUNK = 2048;

const keyOf = (entry: Entry): JournalKey => [entry.occurredOn, entry.createdAt];
const compareKeys = (a: JournalKey, b: JournalKey) =>
  a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;
const sameKey = (a: JournalKey, b: JournalKey) => compareKeys(a, b) === 0;

/** Entries linked by a story that is not in the Trash (the stories table is small). */
export async function linkedEntryIds(db: HindsightDatabase): Promise<Set<string>> {
  const stories = await db.stories.toArray();
  return new Set(stories.filter((story) => story.deletedAt === null).flatMap((story) => story.entryIds));
}

/** Ids the filter allows at most, read from indexes (keys only), or null when any id may pass. */
async function candidateIds(db: HindsightDatabase, filter: JournalFilter): Promise<Set<string> | null> {
  let ids: Set<string> | null = null;
  if (filter.tag) ids = new Set(await db.entries.where('tags').equals(filter.tag).primaryKeys());
  if (filter.hasStory) {
    const linked = await linkedEntryIds(db);
    ids = ids ? new Set([...ids].filter((id) => linked.has(id))) : linked;
  }
  return ids;
}

/** The index range to walk: below `upper` (inclusive or not), down to `lower` (inclusive). */
function rangeOf(db: HindsightDatabase, upper: JournalKey, upperInclusive: boolean, lower: JournalKey) {
  if (compareKeys(lower, upper) > 0) return null;
  return db.entries.where(ORDER).between(lower, upper, true, upperInclusive).reverse();
}

/**
 * Reads one page (or one range) of the filtered journal, newest first, from the
 * [occurredOn+createdAt] index: in growing chunks, stopping as soon as the page is full, so
 * the work follows the page and not the size of the journal. With a tag or "has a story",
 * the index is walked by keys only and just the entries in that set are read.
 */
export async function readJournalPage(
  db: HindsightDatabase,
  filter: JournalFilter,
  bounds: ScanBounds,
): Promise<JournalPage> {
  const limit = bounds.limit ?? Number.POSITIVE_INFINITY;
  // Only await what Dexie returns: inside liveQuery, awaiting a promise that touches no table
  // loses track of the query, and the page would stop updating.
  const ids = filter.tag || filter.hasStory ? await candidateIds(db, filter) : null;
  // With "has a story", an entry passes only when it is in `ids` (the linked entries): the
  // chunks read only those, and a read of every entry sharing one key checks it here.
  const hasStory = filter.hasStory === true;
  const passes = (entry: Entry) =>
    (ids === null || ids.has(entry.id)) && entryPassesFilter({ ...entry, hasStory }, filter);
  const ceiling = bounds.before ?? [HIGHEST, HIGHEST];
  const to: JournalKey | null = filter.to ? [filter.to, HIGHEST] : null;
  let upper: JournalKey = to && compareKeys(to, ceiling) < 0 ? to : ceiling;
  let upperInclusive = upper !== ceiling || bounds.before === null;
  const floor: JournalKey = bounds.last ?? [LOWEST, LOWEST];
  const from: JournalKey | null = filter.from ? [filter.from, LOWEST] : null;
  const lower = from && compareKeys(from, floor) > 0 ? from : floor;
  const inRange = (key: JournalKey) =>
    compareKeys(key, lower) >= 0 && (upperInclusive ? compareKeys(key, upper) <= 0 : compareKeys(key, upper) < 0);

  if (ids !== null && ids.size <= SMALL_SET) {
    const entries = (await db.entries.bulkGet([...ids])).filter(
      (entry): entry is Entry => entry !== undefined && inRange(keyOf(entry)) && passes(entry),
    );
    entries.sort((a, b) => compareKeys(keyOf(b), keyOf(a)) || (a.id < b.id ? 1 : -1));
    return cut(entries, limit);
  }

  const found: Entry[] = [];
  const seen = new Set<string>();
  let chunk = ids === null ? Math.min(limit + 1, 64) : 256;
  for (;;) {
    const range = rangeOf(db, upper, upperInclusive, lower);
    if (!range) return cut(found, limit);
    const read = await readChunk(db, range.limit(chunk), chunk, ids, seen);
    for (const entry of read.entries) if (passes(entry)) found.push(entry);
    if (found.length >= limit) return finishPage(db, found, limit, seen, passes, read.tail);
    if (read.tail === null) return cut(found, limit);
    if (read.fresh === 0) {
      // A whole chunk of entries sharing one key, all seen: read that key whole, then go below it.
      const ties = await db.entries.where(ORDER).equals(read.tail).toArray();
      for (const entry of ties) if (!seen.has(entry.id) && passes(entry)) found.push(entry);
      ties.forEach((entry) => seen.add(entry.id));
      upperInclusive = false;
    } else upperInclusive = true;
    upper = read.tail;
    chunk = Math.min(chunk * 2, MAX_CHUNK);
  }
}

interface Chunk {
  /** Entries not seen before (in the id set, when there is one). */
  entries: Entry[];
  /** How many ids in this chunk were new. */
  fresh: number;
  /** Key of the chunk's last entry when the chunk was full (more may follow), else null. */
  tail: JournalKey | null;
}

async function readChunk(
  db: HindsightDatabase,
  chunk: Collection<Entry, string>,
  size: number,
  ids: Set<string> | null,
  seen: Set<string>,
): Promise<Chunk> {
  if (ids === null) {
    const all = await chunk.toArray();
    const entries = all.filter((entry) => !seen.has(entry.id));
    entries.forEach((entry) => seen.add(entry.id));
    const last = all.at(-1);
    return { entries, fresh: entries.length, tail: all.length === size && last ? keyOf(last) : null };
  }
  // Keys only: an entry's text is read only when it is in the set.
  const keys = await chunk.primaryKeys();
  const fresh = keys.filter((id) => !seen.has(id));
  fresh.forEach((id) => seen.add(id));
  const wanted = fresh.filter((id) => ids.has(id));
  const entries = (await db.entries.bulkGet(wanted)).filter((entry): entry is Entry => entry !== undefined);
  const lastId = keys.length === size ? keys.at(-1) : undefined;
  const last = lastId === undefined ? undefined : await db.entries.get(lastId);
  return { entries, fresh: fresh.length, tail: last ? keyOf(last) : null };
}

/**
 * Cuts a full page after `limit` entries, then adds every other entry sharing the last one's
 * key. `walkedTo` is the key the index walk stopped at (null: it reached the end of the range).
 */
async function finishPage(
  db: HindsightDatabase,
  found: Entry[],
  limit: number,
  seen: Set<string>,
  passes: (entry: Entry) => boolean,
  walkedTo: JournalKey | null,
): Promise<JournalPage> {
  const lastKey = keyOf(found[limit - 1]!);
  const page = found.filter((entry, index) => index < limit || sameKey(keyOf(entry), lastKey));
  // The walk already went below the last key: every entry sharing it has been read, so no
  // second read (the usual case, as the first chunk reads one entry more than the page).
  if (walkedTo === null || compareKeys(walkedTo, lastKey) < 0) return { entries: page, last: lastKey };
  const ties = await db.entries.where(ORDER).equals(lastKey).toArray();
  for (const entry of ties) if (!seen.has(entry.id) && passes(entry)) page.push(entry);
  return { entries: page, last: lastKey };
}

/** A page from entries read to the end: cut after `limit` (keeping ties), or all with nothing left. */
function cut(entries: Entry[], limit: number): JournalPage {
  if (entries.length <= limit) return { entries, last: null };
  const lastKey = keyOf(entries[limit - 1]!);
  return { entries: entries.filter((entry, i) => i < limit || sameKey(keyOf(entry), lastKey)), last: lastKey };
}
