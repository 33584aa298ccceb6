import type { Table } from 'dexie';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  createBackupTextWriter,
  type Backup,
  type BackupCounts,
  type BackupTable,
} from '../../shared/backup';
import { MAX_TITLE_LENGTH } from '../../shared/entry';
import {
  backupRuleOf,
  backupTables,
  schemaOf,
  tables,
  type RecordTable,
  type RowOf,
} from '../../shared/table-registry';
import { openUnlessClosed, tableOf, type HindsightDatabase } from './database';
import { clockOf, validOrThrow, type RepositoryOptions } from './record-changes';
import { createRevisionRepository } from './revision-repository';

/** What to do when the backup and this journal both hold a record with the same id and different text. */
export type ConflictChoice = 'keep-newer' | 'keep-both' | 'replace';

export interface ImportConflict {
  table: RecordTable;
  id: string;
  title: string;
  /** The backup's copy was edited more recently than this journal's. */
  backupIsNewer: boolean;
}

/** What an import would do, shown before anything is written. */
export interface ImportPlan {
  /** Rows the backup would add, per table. */
  added: Record<BackupTable, number>;
  unchanged: number;
  conflicts: ImportConflict[];
}

export interface ImportResult {
  added: number;
  replaced: number;
  keptBoth: number;
  skipped: number;
}

/** A backup file's text, and how many setbacks and stories it holds. */
export interface ExportedBackup {
  text: string;
  counts: BackupCounts;
}

/** A row of a table people edit: the fields an import compares and copies. */
type RecordRow = RowOf<RecordTable>;

/** Records read and written per step of an export: one short task each. */
const EXPORT_PAGE_SIZE = 500;

const sameContent = (a: object, b: object) => JSON.stringify(a) === JSON.stringify(b);

/** Compared as instants, not as text: "+14:00" and "Z" times sort wrongly as strings. */
const isNewer = (a: string, b: string) => Date.parse(a) > Date.parse(b);

function suffixedTitle(title: string): string {
  const suffix = ' (from backup)';
  return `${title.slice(0, MAX_TITLE_LENGTH - suffix.length)}${suffix}`;
}

const noneAdded = (): Record<BackupTable, number> =>
  Object.fromEntries(backupTables.map((name) => [name, 0])) as Record<BackupTable, number>;

const isRecordTable = (name: BackupTable): name is RecordTable => backupRuleOf(name).merge === 'records';

/** Exports the whole journal as a backup and imports one, all or nothing; every backed-up table of the registry. */
export function createBackupRepository(db: HindsightDatabase, options: RepositoryOptions = {}) {
  const { now, newId } = clockOf(options);
  const revisions = createRevisionRepository(db, options);
  const backedUp = () => backupTables.map((name) => tableOf(db, name));

  async function plan(backup: Backup): Promise<ImportPlan> {
    const result: ImportPlan = { added: noneAdded(), unchanged: 0, conflicts: [] };
    for (const name of backupTables) {
      const incoming: readonly { id: string }[] = backup[name];
      const existing = await (tableOf(db, name) as unknown as Table<{ id: string }, string>).bulkGet(
        incoming.map((row) => row.id),
      );
      incoming.forEach((row, at) => {
        const stored = existing[at];
        if (!stored) result.added[name]++;
        else if (!isRecordTable(name)) return;
        else if (sameContent(row, stored)) result.unchanged++;
        else {
          const [mine, theirs] = [stored as RecordRow, row as RecordRow];
          result.conflicts.push({
            table: name,
            id: row.id,
            title: mine.title,
            backupIsNewer: isNewer(theirs.updatedAt, mine.updatedAt),
          });
        }
      });
    }
    return result;
  }

  /**
   * The backup's text, read a page at a time in key order within one transaction (so the
   * file is consistent), each page written as it comes: stringifying a large journal at once
   * holds the page for seconds. Null as soon as the text grows past `maxChars`; nothing more
   * is read.
   */
  function writeBackupText(maxChars: number): Promise<ExportedBackup | null> {
    return db.transaction('r', backedUp(), async () => {
      const writer = createBackupTextWriter({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now() });
      const written = noneAdded();
      for (const name of backupTables) {
        writer.table(name);
        const table = tableOf(db, name) as unknown as Table<{ id: string }, string>;
        for (let after: string | null = null; ;) {
          const page: { id: string }[] = await (after === null ? table.orderBy(':id') : table.where(':id').above(after))
            .limit(EXPORT_PAGE_SIZE)
            .toArray();
          for (const record of page) writer.add(record);
          written[name] += page.length;
          if (writer.length > maxChars) return null;
          if (page.length < EXPORT_PAGE_SIZE) break;
          after = page[page.length - 1]!.id;
        }
      }
      const text = writer.finish();
      return text.length > maxChars ? null : { text, counts: { entries: written.entries, stories: written.stories } };
    });
  }

  /**
   * Merges one record the person edits: new ones are added; one with the same text is
   * skipped; otherwise the choice decides, and what an import overwrites is kept as a
   * revision first ("Before importing a backup").
   */
  async function mergeRecord(
    name: RecordTable,
    incoming: RecordRow,
    choice: ConflictChoice,
    renamed: Map<string, string>,
    result: ImportResult,
  ): Promise<void> {
    const table = tableOf(db, name) as Table<RecordRow, string>;
    const existing = await table.get(incoming.id);
    if (!existing) {
      await table.put(incoming);
      result.added++;
    } else if (sameContent(incoming, existing)) {
      result.skipped++;
    } else if (choice === 'keep-both') {
      const id = newId();
      renamed.set(`${name}/${incoming.id}`, id);
      await table.put(validOrThrow(schemaOf(name), { ...incoming, id, title: suffixedTitle(incoming.title) }));
      result.keptBoth++;
    } else if (choice === 'replace' || isNewer(incoming.updatedAt, existing.updatedAt)) {
      const kind = tables[name].revisionKind;
      if (kind) await revisions.snapshot(kind, existing, 'before-import');
      await table.put(incoming);
      result.replaced++;
    } else {
      result.skipped++;
    }
  }

  return {
    /** How many setbacks and stories the journal holds, and whether it is read-only (made by a newer app). */
    async journalState(): Promise<{ counts: BackupCounts; readOnly: boolean }> {
      await openUnlessClosed(db);
      const counts = { entries: await db.entries.count(), stories: await db.stories.count() };
      return { counts, readOnly: db.readOnly };
    },

    /** The backup file's text (see `writeBackupText`). */
    async exportBackupText(): Promise<ExportedBackup> {
      const exported = await writeBackupText(Number.POSITIVE_INFINITY);
      if (!exported) throw new Error('The backup could not be written.');
      return exported;
    },

    /** The backup file's text, or null when it would be longer than `maxChars`. */
    exportBackupTextUpTo(maxChars: number): Promise<ExportedBackup | null> {
      return writeBackupText(maxChars);
    },

    /** What importing `backup` would add, leave alone and conflict with; writes nothing. */
    planImport(backup: Backup): Promise<ImportPlan> {
      return db.transaction('r', backedUp(), () => plan(backup));
    },

    /**
     * Applies a validated backup in one transaction: everything or, on any error, nothing.
     * Tables are merged in the registry's order, so a row that refers to a record copied
     * by "Keep both" (a story's setbacks, a revision's record) is pointed at the copy.
     */
    applyImport(backup: Backup, choice: ConflictChoice): Promise<ImportResult> {
      return db.transaction('rw', backedUp(), async () => {
        const result: ImportResult = { added: 0, replaced: 0, keptBoth: 0, skipped: 0 };
        const renamed = new Map<string, string>();
        const renamedId = (table: string, id: string) => renamed.get(`${table}/${id}`) ?? id;
        for (const name of backupTables) {
          const rule = backupRuleOf(name);
          const remap = rule.remapIds as
            ((row: { id: string }, renamed: typeof renamedId) => { id: string }) | undefined;
          const rows: { id: string }[] = backup[name].map((row: { id: string }) =>
            remap ? remap(row, renamedId) : row,
          );
          if (isRecordTable(name)) {
            for (const row of rows) await mergeRecord(name, row as RecordRow, choice, renamed, result);
            continue;
          }
          const table = tableOf(db, name) as unknown as Table<{ id: string }, string>;
          const known = new Set(
            (await table.bulkGet(rows.map((row) => row.id))).flatMap((row) => (row ? [row.id] : [])),
          );
          await table.bulkAdd(rows.filter((row) => !known.has(row.id)));
        }
        return result;
      });
    },
  };
}

export type BackupRepository = ReturnType<typeof createBackupRepository>;
