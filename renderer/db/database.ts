import { Dexie, type DBCore, type Table } from 'dexie';
import type { Entry } from '../../shared/entry';
import type { Revision } from '../../shared/revision';
import type { Story } from '../../shared/story';
import { applySchema, CURRENT_SCHEMA_VERSION } from './schema';
import { NewerDatabaseError } from './storage-errors';

/** A form not yet saved as a record (the capture dialog), kept so a crash never loses it. */
export interface StoredDraft {
  id: string;
  value: unknown;
  savedAt: string;
}

export type HindsightDatabase = Dexie & {
  entries: Table<Entry, string>;
  stories: Table<Story, string>;
  revisions: Table<Revision, string>;
  drafts: Table<StoredDraft, string>;
  /** True once opened on a database made by a newer Hindsight: then every write is refused. */
  readOnly: boolean;
};

export const DATABASE_NAME = 'hindsight';

/** Dexie stores version N as IndexedDB version N × 10. */
const DEXIE_VERSION_FACTOR = 10;

/**
 * Refuses every write while the database is read-only. Dexie 4 opens a database of a
 * newer version with the schema it finds, so without this guard an old app could write
 * records a newer one no longer understands; read-only keeps it whole.
 */
function readOnlyGuard(db: HindsightDatabase) {
  return {
    stack: 'dbcore' as const,
    name: 'hindsight-read-only-guard',
    create(down: DBCore): DBCore {
      return {
        ...down,
        table(name) {
          const table = down.table(name);
          return {
            ...table,
            mutate(request) {
              return db.readOnly ? Promise.reject(new NewerDatabaseError()) : table.mutate(request);
            },
          };
        },
      };
    },
  };
}

/** Opens (lazily, on first use) the journal database, declared up to `upToVersion`. */
export function openDatabase(name = DATABASE_NAME, upToVersion = CURRENT_SCHEMA_VERSION): HindsightDatabase {
  const db = new Dexie(name) as HindsightDatabase;
  db.readOnly = false;
  applySchema(db, upToVersion);
  db.use(readOnlyGuard(db));
  db.on(
    'ready',
    (opened) => {
      const found = (opened as Dexie).backendDB().version / DEXIE_VERSION_FACTOR;
      (opened as HindsightDatabase).readOnly = found > upToVersion;
      // Sticky: checked again whenever the database is reopened, not only the first time.
    },
    true,
  );
  return db;
}
