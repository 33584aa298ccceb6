import { describe, expect, it } from 'vitest';
import { RevisionSchema, revisionKinds } from './revision';
import {
  backupRuleOf,
  backupTables,
  indexedFieldsOf,
  tableNames,
  tableOfRevisionKind,
  tables,
  writtenIndexesOf,
} from './table-registry';

describe('the table registry', () => {
  it('says of every table whether a backup carries it, and how', () => {
    for (const name of tableNames) {
      expect(Object.hasOwn(tables[name], 'backup'), `${name} says whether it is backed up`).toBe(true);
      const rule = tables[name].backup;
      if (rule === false) continue;
      expect(rule.since, name).toBeGreaterThanOrEqual(1);
      expect(['records', 'history']).toContain(rule.merge);
      expect(rule.noun.one && rule.noun.many, name).toBeTruthy();
      expect(rule.max, name).toBeGreaterThan(0);
    }
  });

  it('backs up what people wrote and nothing that is only on this device', () => {
    expect(backupTables).toEqual(['entries', 'stories', 'revisions', 'practiceRuns', 'rechecks']);
    expect(tables.drafts.backup).toBe(false);
  });

  it('gives each indexed table its primary key first, and a version that was shipped in order', () => {
    for (const name of tableNames) {
      expect(tables[name].indexes.split(',')[0]?.trim(), name).toBe('id');
      expect(Number.isInteger(tables[name].since) && tables[name].since >= 1, name).toBe(true);
    }
  });

  it('maps each revision kind to the one table it snapshots, with that table’s schema', () => {
    for (const kind of revisionKinds) {
      const table = tableOfRevisionKind(kind);
      expect(tables[table].revisionKind).toBe(kind);
      const variant = RevisionSchema.options.find((option) => option.shape.kind.value === kind);
      expect(variant?.shape.snapshot).toBe(tables[table].schema);
    }
  });

  it('merges the tables people edit as records, and history as history', () => {
    expect(backupRuleOf('entries').merge).toBe('records');
    expect(backupRuleOf('stories').merge).toBe('records');
    expect(backupRuleOf('revisions').merge).toBe('history');
    expect(backupRuleOf('practiceRuns').merge).toBe('history');
    expect(backupRuleOf('rechecks').merge).toBe('history');
  });

  it('keeps no written text readable in an index: every indexed field is an id, a date or a kind, or is declared written', () => {
    // With the lock on, indexed fields stay in the clear so the database can sort and find;
    // an index on text the person writes must be declared (writtenIndexes) to be sealed as tokens.
    for (const name of tableNames)
      for (const field of indexedFieldsOf(name)) {
        if (writtenIndexesOf(name).includes(field)) continue;
        expect(`${name}.${field}`).toMatch(/\.(?:id|\w*Ids?|\w*At|occurredOn|type|kind)$/);
      }
    expect(writtenIndexesOf('entries')).toEqual(['tags']);
  });
});
