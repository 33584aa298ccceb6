import { EntrySchema, type Entry } from '../../shared/entry';
import {
  EDITING_SNAPSHOT_INTERVAL_MS,
  REVISION_RETENTION_DAYS,
  RevisionSchema,
  type Revision,
  type RevisionKind,
  type RevisionReason,
} from '../../shared/revision';
import { StorySchema, type Story } from '../../shared/story';
import type { HindsightDatabase } from './database';
import { validOrThrow } from './record-changes';
import { MissingRecordError } from './storage-errors';

export type SnapshotOf<K extends RevisionKind> = K extends 'entry' ? Entry : Story;

export interface RevisionStoreOptions {
  now: () => string;
  newId?: () => string;
}

const DAY_MS = 86_400_000;

/** The text of a record that matters for history: timestamps and Trash moves alone never make a new revision. */
function contentOf(record: Entry | Story): string {
  const { updatedAt: _updatedAt, deletedAt: _deletedAt, ...content } = record;
  return JSON.stringify(content);
}

/**
 * Snapshots of entries and stories. Callers run these inside their own read-write
 * transaction that includes `db.revisions`, so a snapshot and the change it precedes
 * are stored together or not at all.
 */
export function createRevisionStore(
  db: HindsightDatabase,
  { now, newId = () => crypto.randomUUID() }: RevisionStoreOptions,
) {
  const forRecord = (kind: RevisionKind, recordId: string) =>
    db.revisions.where('[kind+recordId+takenAt]').between([kind, recordId, ''], [kind, recordId, '\uffff']);

  async function prune(): Promise<void> {
    const cutoff = new Date(Date.parse(now()) - REVISION_RETENTION_DAYS * DAY_MS).toISOString();
    await db.revisions.where('takenAt').below(cutoff).delete();
  }

  const store = {
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
      const latest = await forRecord(kind, record.id).last();
      if (latest && contentOf(latest.snapshot) === contentOf(record)) return;
      if (
        reason === 'editing' &&
        (basedOn === undefined || basedOn === record.updatedAt) &&
        latest &&
        Date.parse(now()) - Date.parse(latest.takenAt) < EDITING_SNAPSHOT_INTERVAL_MS
      )
        return;
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

    /** A record's revisions, newest first. */
    async list(kind: RevisionKind, recordId: string): Promise<Revision[]> {
      return (await forRecord(kind, recordId).toArray()).reverse();
    },

    /**
     * Puts a revision's text back in one transaction, snapshotting the current state first
     * so the restore itself can be undone. A record in the Trash stays there; a record
     * deleted for good comes back.
     */
    async restore(revisionId: string): Promise<Entry | Story> {
      return db.transaction('rw', db.entries, db.stories, db.revisions, async () => {
        const revision = await db.revisions.get(revisionId);
        if (!revision) throw new MissingRecordError('This earlier version');
        const stamp = now();
        if (revision.kind === 'entry') {
          const current = await db.entries.get(revision.recordId);
          if (current) await store.snapshot('entry', current, 'before-restore');
          const next = validOrThrow(EntrySchema, {
            ...revision.snapshot,
            deletedAt: current ? current.deletedAt : null,
            updatedAt: stamp,
          });
          await db.entries.put(next);
          return next;
        }
        const current = await db.stories.get(revision.recordId);
        if (current) await store.snapshot('story', current, 'before-restore');
        const next = validOrThrow(StorySchema, {
          ...revision.snapshot,
          deletedAt: current ? current.deletedAt : null,
          updatedAt: stamp,
        });
        await db.stories.put(next);
        return next;
      });
    },
  };
  return store;
}

export type RevisionStore = ReturnType<typeof createRevisionStore>;
