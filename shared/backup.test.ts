import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_VERSION,
  BackupCountsSchema,
  createBackupTextWriter,
  parseBackup,
  serializeBackup,
  type Backup,
  type BackupTable,
} from './backup';
import { backupTables } from './table-registry';

// Keys in schema order, the order a parsed backup has.
const entry = (id: string, title = `Setback ${id}`) => ({
  title,
  whatHappened: 'It happened.',
  occurredOn: '2026-01-02',
  type: 'technical',
  tags: ['ops'],
  stakes: 'low',
  reflection: { whyItHappened: '', whatIDid: '', whatILearned: '', whatIChanged: '' },
  id,
  createdAt: '2026-01-02T10:00:00.000Z',
  updatedAt: '2026-01-02T10:00:00.000Z',
  deletedAt: null,
});

const valid = () => ({
  format: 'hindsight-backup',
  version: BACKUP_VERSION,
  exportedAt: '2026-11-25T03:00:00.000Z',
  entries: [entry('a'), entry('b')],
  stories: [],
  revisions: [],
  practiceRuns: [],
  rechecks: [],
});

const refusal = (text: string) => {
  const result = parseBackup(text);
  expect(result.ok).toBe(false);
  return result.ok ? '' : result.error;
};

describe('parseBackup', () => {
  it('accepts a valid backup and serializes it back to the same text', () => {
    const text = serializeBackup(valid() as Backup);
    const result = parseBackup(text);
    expect(result.ok && serializeBackup(result.backup)).toBe(text);
  });

  it('refuses with a clear message: truncated, wrong type, __proto__, duplicate ids, newer version, too big', () => {
    const text = JSON.stringify(valid());
    expect(refusal(text.slice(0, 40))).toMatch(/not valid JSON/);
    expect(refusal(JSON.stringify({ ...valid(), entries: 'x' }))).toMatch(/entries/);
    expect(refusal(text.replace('{', '{"__proto__":{"polluted":1},'))).toMatch(/__proto__/);
    expect(refusal(JSON.stringify({ ...valid(), entries: [entry('a'), entry('a')] }))).toMatch(
      /two setbacks with the id "a"/,
    );
    expect(refusal(JSON.stringify({ ...valid(), version: 99 }))).toMatch(/newer Hindsight/);
    expect(refusal(JSON.stringify({ ...valid(), format: 'other' }))).toMatch(/not a Hindsight backup/);
    expect(refusal(JSON.stringify({ ...valid(), entries: [entry('a', 'x'.repeat(10_000_000))] }))).toMatch(/title/);
    expect(refusal(' '.repeat(51 * 1024 * 1024))).toMatch(/larger than/);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('reads a file saved with a byte-order mark', () => {
    const text = serializeBackup(valid() as Backup);
    expect(parseBackup(`\uFEFF${text}`)).toMatchObject({ ok: true, backup: { entries: valid().entries } });
    expect(refusal(`\uFEFF\uFEFF${text}`)).toMatch(/not valid JSON/);
  });

  it('says a file nested far too deeply is nested too deeply, without overflowing the stack', () => {
    const deep = (depth: number, open: string, close: string) => open.repeat(depth) + close.repeat(depth);
    expect(refusal(deep(100_000, '[', ']'))).toMatch(/nested too deeply/);
    expect(refusal(deep(100_000, '{"a":', '}'))).toMatch(/nested too deeply/);
    expect(refusal('['.repeat(100_000))).toMatch(/nested too deeply/);
    const inEntries = JSON.stringify({ ...valid(), entries: [] }).replace(
      '"entries":[]',
      `"entries":${deep(5000, '[', ']')}`,
    );
    expect(refusal(inEntries)).toMatch(/nested too deeply/);
  });

  it('counts only real nesting: brackets inside text are words', () => {
    const title = `${'['.repeat(150)}\\"{{{`;
    expect(parseBackup(JSON.stringify({ ...valid(), entries: [entry('a', title)] }))).toMatchObject({ ok: true });
  });

  it('property: nested arrays and objects of any depth are refused with a message, never thrown on', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200_000 }), fc.boolean(), (depth, objects) => {
        const text = objects ? '{"a":'.repeat(depth) + '1' + '}'.repeat(depth) : '['.repeat(depth) + ']'.repeat(depth);
        const result = parseBackup(text);
        return !result.ok && result.error.length > 0;
      }),
      { numRuns: 30 },
    );
  });

  it('property: any truncation of a valid file is refused with a message, never a throw', () => {
    const text = serializeBackup(valid() as Backup);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: text.length - 2 }), (cut) => {
        const result = parseBackup(text.slice(0, cut));
        return !result.ok && result.error.length > 0;
      }),
    );
  });

  it('property: replacing any field with a value of the wrong type is refused', () => {
    const paths = [
      ['format'],
      ['version'],
      ['exportedAt'],
      ['entries'],
      ['entries', 0, 'title'],
      ['entries', 1, 'occurredOn'],
      ['entries', 0, 'type'],
      ['entries', 0, 'tags'],
      ['entries', 1, 'reflection'],
      ['entries', 0, 'createdAt'],
      ['stories'],
    ] as const;
    const wrong = fc.oneof(
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.integer(), { minLength: 1, maxLength: 2 }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...paths), wrong, (path, value) => {
        // The integer 1 is the one right value for `version`: not a wrong type.
        fc.pre(!(path[0] === 'version' && value === 1));
        const data = valid() as unknown as Record<string | number, unknown>;
        let node: Record<string | number, unknown> = data;
        path.slice(0, -1).forEach((key) => (node = node[key] as Record<string | number, unknown>));
        node[path[path.length - 1] as string | number] = value;
        return !parseBackup(JSON.stringify(data)).ok;
      }),
    );
  });

  it('property: arbitrary JSON values and strings are refused, never thrown on', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string()), (text) => {
        const result = parseBackup(text);
        return result.ok === false && typeof result.error === 'string';
      }),
    );
  });

  it('property: unknown versions are refused and name the version', () => {
    fc.assert(
      fc.property(fc.integer({ min: BACKUP_VERSION + 1, max: 1_000_000 }), (version) => {
        const result = parseBackup(JSON.stringify({ ...valid(), version }));
        return !result.ok && result.error.includes(String(version));
      }),
    );
  });
});

describe('BackupCountsSchema', () => {
  it('takes whole, non-negative counts only', () => {
    expect(BackupCountsSchema.safeParse({ entries: 0, stories: 3 }).success).toBe(true);
    expect(BackupCountsSchema.safeParse({ entries: -1, stories: 0 }).success).toBe(false);
    expect(BackupCountsSchema.safeParse({ entries: 1, stories: -0.5 }).success).toBe(false);
  });
});

describe('createBackupTextWriter', () => {
  const head = { format: 'hindsight-backup', version: BACKUP_VERSION, exportedAt: '2026-11-25T09:00:00.000Z' } as const;

  /** The writer's text for every backed-up table (absent ones empty), record by record. */
  function written(content: Partial<Record<BackupTable, object[]>>): string {
    const writer = createBackupTextWriter(head);
    for (const table of backupTables) {
      writer.table(table);
      for (const record of content[table] ?? []) writer.add(record);
    }
    const text = writer.finish();
    expect(writer.length).toBe(text.length);
    return text;
  }

  it('writes exactly what serializeBackup writes, for any records', () => {
    const record = fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 5 });
    const records = fc.array(record, { maxLength: 4 });
    fc.assert(
      fc.property(fc.tuple(...backupTables.map(() => records)), (lists) => {
        const content = Object.fromEntries(backupTables.map((table, at) => [table, lists[at] ?? []]));
        const expected = serializeBackup({ ...head, ...content } as unknown as Backup);
        expect(written(content)).toBe(expected);
      }),
    );
  });

  it('writes a valid backup of a real journal, and refuses records or tables out of order', () => {
    const text = written({ entries: [valid().entries[0]!] });
    expect(parseBackup(text)).toMatchObject({ ok: true });
    expect(() => createBackupTextWriter(head).add({ id: 'x' })).toThrow('before its table');
    expect(() => createBackupTextWriter(head).table('stories')).toThrow('out of place');
    const partial = createBackupTextWriter(head);
    partial.table('entries');
    expect(() => partial.finish()).toThrow('before all its tables');
  });
});
