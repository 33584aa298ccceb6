import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './database';
import { tableNames, tables } from '../../shared/table-registry';
import { CURRENT_SCHEMA_VERSION, migrations, storesAddedAt } from './schema';

const versions = Array.from({ length: CURRENT_SCHEMA_VERSION }, (_, index) => index + 1);

describe('schema versions', () => {
  it('only move forward, one step at a time: every version adds a table or migrates', () => {
    for (const version of versions)
      expect(Object.keys(storesAddedAt(version)).length, `version ${version}`).toBeGreaterThan(0);
    for (const name of tableNames) expect(tables[name].since).toBeLessThanOrEqual(CURRENT_SCHEMA_VERSION);
    migrations.forEach((step, index) => expect(step.version).toBeGreaterThan(migrations[index - 1]?.version ?? 0));
  });

  it('open a database made at every earlier version and keep its entries', async () => {
    for (const version of versions) {
      const name = `schema-${version}-${crypto.randomUUID()}`;
      const older = openDatabase(name, version);
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

  it('version 3 adds revisions and drafts to a version 2 journal, keeping its stories', async () => {
    const name = `schema-v2-${crypto.randomUUID()}`;
    const older = openDatabase(name, 2);
    await older.stories.add({
      id: 's1',
      title: 'Kept story',
      entryIds: ['e1'],
      whatHappened: '',
      whyItHappened: '',
      whatIDid: '',
      whatILearned: '',
      roleConnection: '',
      followUps: [],
      targetRole: '',
      targetCompany: '',
      status: 'draft',
      createdAt: '2025-05-05T10:00:00.000Z',
      updatedAt: '2025-05-05T10:00:00.000Z',
      deletedAt: null,
    });
    older.close();
    const current = openDatabase(name);
    expect(await current.stories.get('s1')).toMatchObject({ title: 'Kept story' });
    expect(await current.revisions.count()).toBe(0);
    await current.drafts.put({ id: 'capture', value: { title: 'x' }, savedAt: '2026-01-01T00:00:00.000Z' });
    expect(current.readOnly).toBe(false);
    current.close();
    await Dexie.delete(name);
  });

  it('open a database made by a newer app read-only: every write is refused and nothing changes', async () => {
    const name = `schema-newer-${crypto.randomUUID()}`;
    const newer = new Dexie(name);
    newer.version(CURRENT_SCHEMA_VERSION + 1).stores({ entries: 'id', stories: 'id', somethingNew: 'id' });
    await newer.table('entries').add({ id: 'future', title: 'From the future' });
    newer.close();

    const current = openDatabase(name);
    expect(await current.entries.get('future')).toMatchObject({ title: 'From the future' });
    expect(current.readOnly).toBe(true);
    const future = await current.entries.get('future');
    await expect(current.entries.put({ ...future!, title: 'x' })).rejects.toThrow(/newer version of Hindsight/);
    expect(await current.entries.get('future')).toMatchObject({ title: 'From the future' });
    current.close();
    await Dexie.delete(name);
  });
});
