import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { cipherFor } from '../../shared/lock/seal';
import { EntrySchema } from '../../shared/entry';
import { entryToSearchDoc } from '../../shared/search/search-documents';
import { SearchIndex } from '../../shared/search/search-index';
import { packIndex } from '../../shared/search/search-snapshot';
import { openIndexStore, readStoredIndexEarly } from './search-index-store';

const NAME = `sealed-index-${crypto.randomUUID()}`;
afterEach(() => Dexie.delete(NAME));

function snapshotWith(word: string) {
  const index = new SearchIndex();
  const entry = EntrySchema.parse({
    id: 'a-1',
    title: `The ${word} launch`,
    whatHappened: `A ${word} went wrong.`,
    occurredOn: '2026-01-02',
    type: 'technical',
    tags: ['planning'],
    createdAt: '2026-01-02T09:00:00.000Z',
    updatedAt: '2026-01-02T09:00:00.000Z',
    deletedAt: null,
  });
  index.upsert(entryToSearchDoc(entry));
  return packIndex(index);
}

describe('the stored search index with the lock on', () => {
  it('is sealed: none of its words are stored, and it opens again with the key only', async () => {
    const cipher = cipherFor(new Uint8Array(32).fill(7));
    const store = openIndexStore(NAME, cipher);
    const snapshot = snapshotWith('quillfeather');
    await store.save(snapshot, '2026-01-02T00:00:00.000Z', 4, 0);
    store.close();

    const raw = new Dexie(NAME);
    await raw.open();
    const rows = await raw.table('indexes').toArray();
    raw.close();
    expect(JSON.stringify(rows).toLowerCase()).not.toContain('quillfeather');
    expect(JSON.stringify(rows).toLowerCase()).not.toContain('planning');

    const again = openIndexStore(NAME, cipher);
    const loaded = await again.load(4);
    expect(loaded).toMatchObject({ found: true, snapshot: { terms: snapshot.terms } });
    again.close();
    const withoutKey = openIndexStore(NAME, null);
    expect(await withoutKey.load(4)).toEqual({ found: false, reason: 'outdated' });
    withoutKey.close();
    const otherKey = openIndexStore(NAME, cipherFor(new Uint8Array(32).fill(8)));
    expect(await otherKey.load(4)).toEqual({ found: false, reason: 'outdated' });
    otherKey.close();
  });

  it('read before the key is known (while the passphrase is derived), opens once the key is given', async () => {
    const cipher = cipherFor(new Uint8Array(32).fill(7));
    const store = openIndexStore(NAME, cipher);
    const snapshot = snapshotWith('quillfeather');
    await store.save(snapshot, '2026-01-02T00:00:00.000Z', 4, 0);
    store.close();

    const early = readStoredIndexEarly(NAME);
    expect(JSON.stringify(await early).toLowerCase()).not.toContain('quillfeather');
    const unlocked = openIndexStore(NAME, cipher, early);
    expect(await unlocked.load(4)).toMatchObject({ found: true, snapshot: { terms: snapshot.terms } });
    unlocked.close();
  });
});
