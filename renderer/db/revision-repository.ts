import {
  EDITING_SNAPSHOT_INTERVAL_MS,
  REVISION_RETENTION_DAYS,
  RevisionSchema,
  type Revision,
  type RevisionKind,
  type RevisionReason,
  type SnapshotOf,
} from '../../shared/revision';
import {
  schemaOf,
  tableNames,
  tableOfRevisionKind,
  tables,
  type RowOf,
  type TableName,
} from '../../shared/table-registry';
import { tableOf, type HindsightDatabase } from './database';
import { clockOf, validOrThrow, type RepositoryOptions } from './record-changes';
import { MissingRecordError } from './storage-errors';

const DAY_MS = 86_400_000;

/** The tables whose records keep revisions (setbacks and stories). */
const revisionTables: TableName[] = tableNames.filter((name) => tables[name].revisionKind !== undefined);

/** The text of a record that matters for history: timestamps and Trash moves alone never make a new revision. */
function contentOf(record: { updatedAt: string; deletedAt: string | null }): string {
  const { updatedAt: _updatedAt, deletedAt: _deletedAt, ...content } = record;
  return JSON.stringify(content);
}

/**
 * Earlier versions of the records that keep them. Callers run `snapshot` inside their own
 * read-write transaction that includes `db.revisions`, so a snapshot and the change it
 * precedes are stored together or not at all.
 */
export function createRevisionRepository(db: HindsightDatabase, options: RepositoryOptions = {}) {
  const { now, newId } = clockOf(options);
  const forRecord = (kind: RevisionKind, recordId: string) =>
    db.revisions.where('[kind+recordId+takenAt]').between([kind, recordId, ''], [kind, recordId, '\uffff']);

  async function prune(): Promise<void> {
    const cutoff = new Date(Date.parse(now()) - REVISION_RETENTION_DAYS * DAY_MS).toISOString();
    await db.revisions.where('takenAt').below(cutoff).delete();
  }

  const repository = {
    /**
     * Keeps `record` (the state about to be replaced) as a revision. While editing, at
     * most one per record every few minutes, unless the change is `basedOn` (the updatedAt
     * its editor last read or wrote) an older state: then the text it replaces was written
     * elsewhere (another tab, a restore) and is always kept. Before a destructive action,
     * always. Never when the newest revision already holds the same text.
     */
    async snapshot<K extends RevisionKind>(
      kind: K,
      record: SnapshotOf<K>,
      reason: RevisionReason,
      basedOn?: string,
    ): Promise<void> {
      // When the newest revision was taken is in its index key: most saves while editing stop
      // there, without reading (with the lock on, opening) the whole revision.
      const latestKey = (await forRecord(kind, record.id).lastKey()) as [string, string, string] | undefined;
      if (
        reason === 'editing' &&
        (basedOn === undefined || basedOn === record.updatedAt) &&
        latestKey &&
        Date.parse(now()) - Date.parse(latestKey[2]) < EDITING_SNAPSHOT_INTERVAL_MS
      )
        return;
      const latest = latestKey ? await forRecord(kind, record.id).last() : undefined;
      if (latest && contentOf(latest.snapshot) === contentOf(record)) return;
      const revision = validOrThrow(RevisionSchema, {
        id: newId(),
        kind,
        recordId: record.id,
        takenAt: now(),
        reason,
        snapshot: record,
      });
      await db.revisions.add(revision);
      await prune();
    },

    /** Deletes every revision of a record: what is deleted for good leaves no earlier version behind. */
    async forget(kind: RevisionKind, recordId: string): Promise<void> {
      await forRecord(kind, recordId).delete();
    },

    /** A record's revisions, newest first. */
    async list(kind: RevisionKind, recordId: string): Promise<Revision[]> {
      return (await forRecord(kind, recordId).toArray()).reverse();
    },

    /** The record as stored now (to compare its versions with), if it still exists. */
    currentOf(kind: RevisionKind, recordId: string): Promise<RowOf<'entries'> | RowOf<'stories'> | undefined> {
      return db[tableOfRevisionKind(kind)].get(recordId);
    },

    /**
     * Puts a revision's text back in one transaction, snapshotting the current state first
     * so the restore itself can be undone. A record in the Trash stays there.
     */
    async restore(revisionId: string): Promise<RowOf<'entries'> | RowOf<'stories'>> {
      return db.transaction('rw', [db.revisions, ...revisionTables.map((name) => tableOf(db, name))], async () => {
        const revision = await db.revisions.get(revisionId);
        if (!revision) throw new MissingRecordError('This earlier version');
        const table = tableOfRevisionKind(revision.kind);
        const current = await db[table].get(revision.recordId);
        if (current) await repository.snapshot(revision.kind, current, 'before-restore');
        // Written to the record the revision is filed under, whatever id its snapshot names
        // (an older app's "Keep both" copied revisions without renaming their snapshots).
        const next = validOrThrow(schemaOf(table), {
          ...revision.snapshot,
          id: revision.recordId,
          deletedAt: current ? current.deletedAt : null,
          updatedAt: now(),
        });
        await tableOf(db, table).put(next);
        return next;
      });
    },
  };
  return repository;
}

export type RevisionRepository = ReturnType<typeof createRevisionRepository>;
