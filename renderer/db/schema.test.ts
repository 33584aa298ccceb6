import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './database';
import { CURRENT_SCHEMA_VERSION, schemaVersions } from './schema';

describe('schema versions', () => {
  it('only move forward, one step at a time', () => {
    schemaVersions.forEach((step, index) => expect(step.version).toBe(index + 1));
    expect(CURRENT_SCHEMA_VERSION).toBe(schemaVersions.length);
  });

  it('open a database made at every earlier version and keep its entries', async () => {
    for (const step of schemaVersions) {
      const name = `schema-${step.version}-${crypto.randomUUID()}`;
      const older = openDatabase(name, step.version);
      await older.entries.add({
        id: 'kept',
        title: 'Made at an older version',
        whatHappened: 'Still here after the upgrade.',
        occurredOn: '2025-05-05',
        type: 'technical',
        tags: ['legacy'],
        stakes: 'low',
        reflection: { whyItHappened: '', whatIDid: '', whatILearned: '', whatIChanged: '' },
        createdAt: '2025-05-05T10:00:00.000Z',
        updatedAt: '2025-05-05T10:00:00.000Z',
        deletedAt: null,
      });
      older.close();

      const current = openDatabase(name);
      expect(await current.entries.get('kept')).toMatchObject({ title: 'Made at an older version', tags: ['legacy'] });
      expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
      current.close();
      await Dexie.delete(name);
    }
  });
});
