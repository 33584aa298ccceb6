import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type HindsightDatabase } from './database';
import { createEntryRepository } from './entry-repository';
import { changeFeed, type JournalChange } from './change-feed';

let db: HindsightDatabase;
let changes: JournalChange[];

beforeEach(() => {
  db = openDatabase(`feed-${crypto.randomUUID()}`);
  changes = [];
  db.use(changeFeed((change) => changes.push(change)));
});

afterEach(async () => {
  db.close();
  await db.delete();
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('change feed', () => {
  it('reports the entries written, each once per report', async () => {
    const entries = createEntryRepository(db);
    const a = await entries.create({ title: 'A', occurredOn: '2026-01-01', type: 'technical' });
    const b = await entries.create({ title: 'B', occurredOn: '2026-01-01', type: 'technical' });
    await settle();
    changes = [];
    await Promise.all([entries.update(a.id, { title: 'A again' }), entries.update(b.id, { title: 'B again' })]);
    await entries.update(a.id, { title: 'A once more' });
    await settle();
    const reported = changes.flatMap((change) => (change.rebuild ? ['rebuild'] : change.keys.entries));
    expect(new Set(reported)).toEqual(new Set([a.id, b.id]));
    for (const change of changes)
      if (!change.rebuild) expect(new Set(change.keys.entries).size).toBe(change.keys.entries.length);
    await entries.trash(a.id);
    await entries.purge(a.id);
    await settle();
    expect(changes.at(-1)).toEqual({ rebuild: false, keys: { entries: [a.id], stories: [] } });
  });

  it('asks for a rebuild when a table is cleared or too much changed to list', async () => {
    await db.entries.clear();
    await settle();
    expect(changes).toEqual([{ rebuild: true }]);
    const many = Array.from({ length: 501 }, (_, i) => ({ id: `e${i}` }));
    await db.table('stories').bulkPut(many);
    await settle();
    expect(changes.at(-1)).toEqual({ rebuild: true });
  });

  it('does not report other tables', async () => {
    await db.drafts.put({ id: 'capture', value: {}, savedAt: '2026-01-01T00:00:00.000Z' });
    await settle();
    expect(changes).toEqual([]);
  });
});
