import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  BACKUP_TABLES,
  createBackupTextWriter,
  type Backup,
  type BackupCounts,
  type BackupTable,
} from '../../shared/backup';
import { EntrySchema, MAX_TITLE_LENGTH, type Entry } from '../../shared/entry';
import type { Revision } from '../../shared/revision';
import { StorySchema, type Story } from '../../shared/story';
import type { HindsightDatabase } from './database';
import type { RepositoryOptions } from './entry-repository';
import { validOrThrow } from './record-changes';
import { createRevisionStore } from './revision-store';

/** What to do when the backup and this journal both hold a record with the same id and different text. */
export type ConflictChoice = 'keep-newer' | 'keep-both' | 'replace';

export interface ImportConflict {
  kind: 'entry' | 'story';
  id: string;
  title: string;
  /** The backup's copy was edited more recently than this journal's. */
  backupIsNewer: boolean;
}

/** What an import would do, shown before anything is written. */
export interface ImportPlan {
  newEntries: number;
  newStories: number;
  newRevisions: number;
  unchanged: number;
  conflicts: ImportConflict[];
}

export interface ImportResult {
  added: number;
  replaced: number;
  keptBoth: number;
  skipped: number;
}

type Stamped = Entry | Story;

/** A backup file's text, and how many setbacks and stories it holds. */
export interface ExportedBackup {
  text: string;
  counts: BackupCounts;
}

/** Records read and written per step of an export: a short task each (~15 ms at 10,000 setbacks). */
const EXPORT_PAGE_SIZE = 500;

const sameContent = (a: Stamped, b: Stamped) => JSON.stringify(a) === JSON.stringify(b);

function suffixedTitle(title: string): string {
  const suffix = ' (from backup)';
  return `${title.slice(0, MAX_TITLE_LENGTH - suffix.length)}${suffix}`;
}

/** Exports the whole journal as a backup and imports one, all or nothing. */
export function createBackupRepository(db: HindsightDatabase, options: RepositoryOptions = {}) {
  const now = () => (options.now ?? (() => new Date()))().toISOString();
  const newId = options.newId ?? (() => crypto.randomUUID());
  const revisions = createRevisionStore(db, { now });

  async function plan(backup: Backup): Promise<ImportPlan> {
    const result: ImportPlan = { newEntries: 0, newStories: 0, newRevisions: 0, unchanged: 0, conflicts: [] };
    const compare = (kind: 'entry' | 'story', incoming: Stamped, existing: Stamped | undefined) => {
      if (!existing) return kind === 'entry' ? result.newEntries++ : result.newStories++;
      if (sameContent(incoming, existing)) return result.unchanged++;
      result.conflicts.push({
        kind,
        id: incoming.id,
        title: existing.title,
        backupIsNewer: incoming.updatedAt > existing.updatedAt,
      });
    };
    const entries = await db.entries.bulkGet(backup.entries.map((entry) => entry.id));
    backup.entries.forEach((entry, index) => compare('entry', entry, entries[index]));
    const stories = await db.stories.bulkGet(backup.stories.map((story) => story.id));
    backup.stories.forEach((story, index) => compare('story', story, stories[index]));
    const known = await db.revisions.bulkGet(backup.revisions.map((revision) => revision.id));
    result.newRevisions = known.filter((revision) => revision === undefined).length;
    return result;
  }

  /**
   * The backup's text, read a page at a time in key order within one transaction (so the
   * file is consistent), each page written as it comes: at 10,000 setbacks, stringifying the
   * journal at once held the page for 0.3-0.5 s, at 100,000 for 8 s. Null as soon as the
   * text grows past `maxChars`; nothing more is read.
   */
  function writeBackupText(maxChars: number): Promise<ExportedBackup | null> {
    return db.transaction('r', db.entries, db.stories, db.revisions, async () => {
      const writer = createBackupTextWriter({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now() });
      const written: Record<BackupTable, number> = { entries: 0, stories: 0, revisions: 0 };
      for (const name of BACKUP_TABLES) {
        writer.table(name);
        const table = db.table<{ id: string }, string>(name);
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

  return {
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
      return db.transaction('r', db.entries, db.stories, db.revisions, () => plan(backup));
    },

    /**
     * Applies a validated backup in one transaction: everything or, on any error, nothing.
     * A record the import overwrites is first kept as a revision ("Before importing a backup").
     */
    applyImport(backup: Backup, choice: ConflictChoice): Promise<ImportResult> {
      return db.transaction('rw', db.entries, db.stories, db.revisions, async () => {
        const result: ImportResult = { added: 0, replaced: 0, keptBoth: 0, skipped: 0 };
        const renamed = new Map<string, string>();

        async function merge<T extends Stamped>(
          kind: 'entry' | 'story',
          incoming: T,
          existing: T | undefined,
          write: (record: T) => Promise<unknown>,
          copy: (record: T, id: string) => T,
        ) {
          if (!existing) {
            await write(incoming);
            result.added++;
          } else if (sameContent(incoming, existing)) {
            result.skipped++;
          } else if (choice === 'keep-both') {
            const id = newId();
            renamed.set(incoming.id, id);
            await write(copy(incoming, id));
            result.keptBoth++;
          } else if (choice === 'replace' || incoming.updatedAt > existing.updatedAt) {
            if (kind === 'entry') await revisions.snapshot('entry', existing as Entry, 'before-import');
            else await revisions.snapshot('story', existing as Story, 'before-import');
            await write(incoming);
            result.replaced++;
          } else {
            result.skipped++;
          }
        }

        for (const entry of backup.entries)
          await merge(
            'entry',
            entry,
            await db.entries.get(entry.id),
            (record) => db.entries.put(record),
            (record, id) => validOrThrow(EntrySchema, { ...record, id, title: suffixedTitle(record.title) }),
          );
        for (const original of backup.stories) {
          // A story copied next to its sources points at the copies, not at this journal's versions.
          const story = { ...original, entryIds: original.entryIds.map((id) => renamed.get(id) ?? id) };
          await merge(
            'story',
            story,
            await db.stories.get(story.id),
            (record) => db.stories.put(record),
            (record, id) => validOrThrow(StorySchema, { ...record, id, title: suffixedTitle(record.title) }),
          );
        }
        const known = new Set(
          (await db.revisions.bulkGet(backup.revisions.map((revision) => revision.id)))
            .filter((revision): revision is Revision => revision !== undefined)
            .map((revision) => revision.id),
        );
        const fresh = backup.revisions
          .filter((revision) => !known.has(revision.id))
          .map((revision) => ({ ...revision, recordId: renamed.get(revision.recordId) ?? revision.recordId }));
        await db.revisions.bulkAdd(fresh);
        return result;
      });
    },
  };
}

export type BackupRepository = ReturnType<typeof createBackupRepository>;
