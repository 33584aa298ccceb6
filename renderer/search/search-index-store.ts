// The search index's own small database: the packed index and the keys changed since it
// was packed. A cache: it can be deleted at any time and is rebuilt from the journal.
import { Dexie, type Table } from 'dexie';
import type { Sealed, SealingCipher } from '../../shared/lock/sealed-shape';
import { SearchSnapshotSchema, type SearchSnapshot } from '../../shared/search/search-snapshot';

export const SEARCH_CACHE_NAME = 'hindsight-search';

export interface StoredIndex {
  id: 'journal';
  snapshot: SearchSnapshot;
  /** Newest `updatedAt` among the records the snapshot holds: later ones are read again. */
  watermark: string;
  /** Version of the journal database the snapshot was made from. */
  journalVersion: number;
}

interface PendingKey {
  seq?: number;
  key: string;
}

type IndexCache = Dexie & { indexes: Table<StoredIndex, string>; pending: Table<PendingKey, number> };

export type LoadedIndex =
  | { found: true; snapshot: SearchSnapshot; watermark: string; pending: string[]; lastSeq: number }
  | { found: false; reason: 'missing' | 'outdated' };

/** The snapshot as stored with the lock on: its text sealed as JSON, its arrays as bytes. */
interface SealedSnapshot {
  sealed: 1;
  text: Sealed;
  arrays: Record<ArrayName, Sealed>;
}
type ArrayName = 'kinds' | 'types' | 'waiting' | 'lengths' | 'starts' | 'numbers' | 'metas';

const bytesOf = (array: Uint8Array | Uint32Array) => new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
const uint32 = (bytes: Uint8Array) => new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);

/** Sealed before the transaction that stores it, so through the platform's native cipher (it is large). */
async function sealSnapshot(cipher: SealingCipher, snapshot: SearchSnapshot): Promise<SealedSnapshot> {
  const { kinds, types, waiting, lengths, ...columns } = snapshot.docs;
  const arrays = {
    kinds,
    types,
    waiting,
    lengths,
    starts: snapshot.starts,
    numbers: snapshot.numbers,
    metas: snapshot.metas,
  };
  const text = { version: snapshot.version, columns, terms: snapshot.terms };
  const [sealedText, ...sealedArrays] = await Promise.all([
    // Opened as the JSON a cipher.seal of `text` at this place would be (openSnapshot).
    cipher.sealBytesAsync('search/snapshot', new TextEncoder().encode(JSON.stringify(text))),
    ...Object.entries(arrays).map(([name, array]) => cipher.sealBytesAsync(`search/${name}`, bytesOf(array))),
  ]);
  const names = Object.keys(arrays);
  return {
    sealed: 1,
    text: sealedText,
    arrays: Object.fromEntries(sealedArrays.map((sealed, at) => [names[at], sealed])) as Record<ArrayName, Sealed>,
  };
}

/** Opened outside any transaction, so through the platform's native cipher (it is large). */
async function openSnapshot(cipher: SealingCipher, stored: SealedSnapshot): Promise<unknown> {
  const names: ArrayName[] = ['kinds', 'types', 'waiting', 'lengths', 'starts', 'numbers', 'metas'];
  const [textBytes, ...opened] = await Promise.all([
    // Sealed as JSON by cipher.seal under this place; opened here as its bytes.
    cipher.openBytesAsync('search/snapshot', stored.text),
    ...names.map((name) => cipher.openBytesAsync(`search/${name}`, stored.arrays[name])),
  ]);
  const text = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(textBytes)) as {
    version: number;
    columns: Omit<SearchSnapshot['docs'], 'kinds' | 'types' | 'waiting' | 'lengths'>;
    terms: string[];
  };
  const byName = new Map(names.map((name, at) => [name, opened[at] ?? new Uint8Array()]));
  const bytes = (name: ArrayName) => byName.get(name) ?? new Uint8Array();
  return {
    version: text.version,
    docs: {
      ...text.columns,
      kinds: bytes('kinds'),
      types: bytes('types'),
      waiting: bytes('waiting'),
      lengths: uint32(bytes('lengths')),
    },
    terms: text.terms,
    starts: uint32(bytes('starts')),
    numbers: uint32(bytes('numbers')),
    metas: bytes('metas'),
  };
}

function openIndexCache(name: string): IndexCache {
  const db = new Dexie(name) as IndexCache;
  db.version(1).stores({ indexes: 'id', pending: '++seq' });
  return db;
}

/** The stored index as it is on disk (sealed or not), read before the key is known: while the passphrase is derived. */
export async function readStoredIndexEarly(name = SEARCH_CACHE_NAME): Promise<StoredIndex | undefined> {
  const db = openIndexCache(name);
  try {
    return await db.indexes.get('journal');
  } finally {
    db.close();
  }
}

/**
 * The index's store. With the lock on (`cipher`), the snapshot — made of the journal's words —
 * is sealed like the journal's rows, and opened again at the next unlock. `early`: the stored
 * index already read (readStoredIndexEarly), used by the first load.
 */
export function openIndexStore(
  name = SEARCH_CACHE_NAME,
  cipher: SealingCipher | null = null,
  early?: Promise<StoredIndex | undefined>,
) {
  const db = openIndexCache(name);
  let firstRead = early;

  return {
    /** The stored index, unless there is none or it was made by other rules or another journal version. */
    async load(journalVersion: number): Promise<LoadedIndex> {
      const read = firstRead?.catch(() => db.indexes.get('journal')) ?? db.indexes.get('journal');
      firstRead = undefined;
      const stored = await read;
      if (!stored) return { found: false, reason: 'missing' };
      let snapshot: unknown = stored.snapshot;
      const sealed = (snapshot as Partial<SealedSnapshot>).sealed === 1;
      // A sealed snapshot without the key, or a plain one with the lock on: rebuilt, never trusted.
      if (sealed !== (cipher !== null)) return { found: false, reason: 'outdated' };
      try {
        if (cipher) snapshot = await openSnapshot(cipher, snapshot as SealedSnapshot);
      } catch {
        return { found: false, reason: 'outdated' };
      }
      const parsed = SearchSnapshotSchema.safeParse(snapshot);
      if (!parsed.success || stored.journalVersion !== journalVersion || typeof stored.watermark !== 'string')
        return { found: false, reason: 'outdated' };
      const pending = await db.pending.toArray();
      return {
        found: true,
        snapshot: parsed.data,
        watermark: stored.watermark,
        pending: pending.map((row) => row.key),
        lastSeq: pending.at(-1)?.seq ?? 0,
      };
    },

    /** Notes keys as changed before they are indexed, so a crash cannot leave them stale. */
    async notePending(keys: readonly string[]): Promise<number> {
      const seqs = await db.pending.bulkAdd(
        keys.map((key) => ({ key })),
        { allKeys: true },
      );
      return seqs.at(-1) ?? 0;
    },

    /** Stores a packed index and forgets the pending keys it already holds (up to `uptoSeq`). */
    async save(snapshot: SearchSnapshot, watermark: string, journalVersion: number, uptoSeq: number) {
      const stored = cipher ? await sealSnapshot(cipher, snapshot) : snapshot;
      await db.transaction('rw', db.indexes, db.pending, async () => {
        await db.indexes.put({ id: 'journal', snapshot: stored as SearchSnapshot, watermark, journalVersion });
        await db.pending.where('seq').belowOrEqual(uptoSeq).delete();
      });
    },

    /** Throws the stored index away: the next start rebuilds it. */
    async discard() {
      await db.transaction('rw', db.indexes, db.pending, async () => {
        await db.indexes.clear();
        await db.pending.clear();
      });
    },

    close: () => db.close(),
    held: false,
  };
}

export type IndexStore = ReturnType<typeof openIndexStore>;

/**
 * A store that keeps nothing, while the journal moves into or out of the lock: the cache is
 * deleted then, and must not be written again until the journal's words can be stored the
 * way the lock now says (SearchService.relocate).
 */
export function heldStore(): IndexStore {
  let seq = 0;
  return {
    load: () => Promise.resolve({ found: false, reason: 'missing' }),
    notePending: (keys) => Promise.resolve((seq += keys.length)),
    save: () => Promise.resolve(),
    discard: () => Promise.resolve(),
    close: () => undefined,
    held: true,
  };
}
