import type { Dexie, Transaction } from 'dexie';

/** One step of the database's history. Versions only ever move forward. */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  /** A data change, in its own file under migrations/, with a test from the previous version. */
  upgrade?: (transaction: Transaction) => Promise<void> | void;
}

/**
 * Every schema version the app has shipped, oldest first. To change the schema, append
 * a version (never edit an old one) and, when data must change, an `upgrade`.
 */
export const schemaVersions: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      // [occurredOn+createdAt] orders the journal newest first; *tags finds entries by tag.
      entries: 'id, [occurredOn+createdAt], updatedAt, deletedAt, type, *tags',
    },
  },
  {
    version: 2,
    // Stories, promoted from entries; *entryIds finds the stories a setback fed.
    stores: { stories: 'id, updatedAt, deletedAt, *entryIds' },
  },
  {
    version: 3,
    // Revision history per record (newest last) and pruning by age; drafts of unsaved forms by id.
    // New tables only: no data changes, so no upgrade().
    stores: { revisions: 'id, [kind+recordId+takenAt], takenAt', drafts: 'id' },
  },
];

export const CURRENT_SCHEMA_VERSION = schemaVersions[schemaVersions.length - 1]?.version ?? 1;

/** Declares the schema on `db`, up to `upToVersion` (tests open databases at older versions). */
export function applySchema(db: Dexie, upToVersion = CURRENT_SCHEMA_VERSION): void {
  for (const step of schemaVersions) {
    if (step.version > upToVersion) break;
    const version = db.version(step.version).stores(step.stores);
    if (step.upgrade) version.upgrade(step.upgrade);
  }
}
