import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, BACKUP_VERSION, parseBackup } from './backup';

const entry = (id: string) => ({
  id,
  title: 'Imported',
  whatHappened: 'Text.',
  occurredOn: '2026-01-02',
  type: 'technical',
  tags: [],
  stakes: 'medium',
  reflection: { whyItHappened: '', whatIDid: '', whatILearned: '', whatIChanged: '' },
  createdAt: '2026-01-02T10:00:00.000Z',
  updatedAt: '2026-01-02T10:00:00.000Z',
  deletedAt: null,
});

const backupWith = (records: object[]) =>
  JSON.stringify({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: '2026-01-03T10:00:00.000Z',
    entries: records,
  });

describe('ids in an imported backup', () => {
  it.each(['../x?y#z', 'a/b', 'with space', 'x'.repeat(65), ''])(
    'refuses the id %j, which the app could not have made',
    (id) => {
      const parsed = parseBackup(backupWith([entry(id)]));
      expect(parsed).toMatchObject({ ok: false, error: expect.stringContaining('entries[0].id') });
    },
  );

  it('accepts the ids the app makes', () => {
    expect(parseBackup(backupWith([entry(crypto.randomUUID())]))).toMatchObject({ ok: true });
  });
});
