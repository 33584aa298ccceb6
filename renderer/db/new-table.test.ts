// Adding a table is one registry entry: this test adds one (a stand-in "notes" table) and
// shows the database, the backup file, its validation and the import all follow it.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type * as Registry from '../../shared/table-registry';

vi.mock('../../shared/table-registry', async (importOriginal) => {
  const real = await importOriginal<typeof Registry>();
  const notes = {
    schema: z.object({ id: z.string(), text: z.string().max(100) }).strict(),
    indexes: 'id',
    since: real.newestTableVersion() + 1,
    backup: { since: 2, merge: 'history' as const, noun: { one: 'note', many: 'notes' }, max: 10 },
  };
  const tables = { ...real.tables, notes };
  return { ...real, tables, ...real.deriveFromRegistry(tables) };
});

const { BACKUP_VERSION, parseBackup } = await import('../../shared/backup');
const { openDatabase } = await import('./database');
const { createBackupRepository } = await import('./backup-repository');
const { CURRENT_SCHEMA_VERSION } = await import('./schema');

const opened: { close(): void; delete(): Promise<void> }[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

describe('a table added to the registry', () => {
  it('gets a schema version, goes into backups and comes back from one', async () => {
    expect(CURRENT_SCHEMA_VERSION).toBe(5);
    expect(BACKUP_VERSION).toBe(2);
    const db = openDatabase(`new-table-${crypto.randomUUID()}`);
    opened.push(db);
    await db.table('notes').put({ id: 'n1', text: 'Kept through a backup.' });

    const { text } = await createBackupRepository(db).exportBackupText();
    expect(JSON.parse(text)).toMatchObject({ version: 2, notes: [{ id: 'n1', text: 'Kept through a backup.' }] });
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.error);

    const fresh = openDatabase(`new-table-fresh-${crypto.randomUUID()}`);
    opened.push(fresh);
    const backups = createBackupRepository(fresh);
    expect((await backups.planImport(parsed.backup)).added).toMatchObject({ notes: 1 });
    await backups.applyImport(parsed.backup, 'keep-newer');
    expect(await fresh.table('notes').get('n1')).toEqual({ id: 'n1', text: 'Kept through a backup.' });
  });

  it('is validated on import like every other table, and an older file without it still imports', () => {
    const head = { format: 'hindsight-backup', exportedAt: '2026-01-01T00:00:00.000Z', entries: [], stories: [] };
    const bad = parseBackup(JSON.stringify({ ...head, version: 2, notes: [{ id: 'n1', text: 'x'.repeat(101) }] }));
    expect(bad.ok ? '' : bad.error).toMatch(/notes\[0\]\.text/);
    const old = parseBackup(JSON.stringify({ ...head, version: 1 }));
    expect(old.ok && old.backup).toMatchObject({ notes: [], revisions: [] });
  });
});
