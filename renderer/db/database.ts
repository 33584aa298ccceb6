import { Dexie, type Table } from 'dexie';
import { mutateMiddleware } from './mutate-middleware';
import type { RowOf, TableName } from '../../shared/table-registry';
import { journalLayout, sessionSealing } from './lock-session';
import { applySchema, CURRENT_SCHEMA_VERSION } from './schema';
import { sealingMiddleware, type SealingState } from './sealing';
import { JournalClosedError, NewerDatabaseError } from './storage-errors';

/** The journal database: one Dexie table per entry of the table registry. */
export type HindsightDatabase = Dexie & { [T in TableName]: Table<RowOf<T>, string> } & {
  /** True once opened on a database made by a newer Hindsight: then every write is refused. */
  readOnly: boolean;
};

/** Table `name` of `db`, typed by the registry: for code that works through every table. */
export function tableOf<T extends TableName>(db: HindsightDatabase, name: T): Table<RowOf<T>, string> {
  return db[name] as Table<RowOf<T>, string>;
}

export const DATABASE_NAME = 'hindsight';

/**
 * Opens `db` (nothing to do when it is open), unless it was closed on purpose: a lock move
 * closes the journal before it deletes it, and an explicit open here would hold it open.
 */
export async function openUnlessClosed(db: Dexie): Promise<void> {
  if (db.hasBeenClosed()) throw new JournalClosedError();
  await db.open();
}

/** Dexie stores version N as IndexedDB version N × 10. */
const DEXIE_VERSION_FACTOR = 10;

/**
 * Refuses every write while the database is read-only. Dexie 4 opens a database of a
 * newer version with the schema it finds, so without this guard an old app could write
 * records a newer one no longer understands; read-only keeps it whole.
 */
function readOnlyGuard(db: HindsightDatabase) {
  return mutateMiddleware('hindsight-read-only-guard', (_table, request, mutate) =>
    db.readOnly ? Promise.reject(new NewerDatabaseError()) : mutate(request),
  );
}

/**
 * Opens (lazily, on first use) the journal database, declared up to `upToVersion`. Rows are
 * sealed and opened as `sealing` says (the session's lock by default; `null`: as stored).
 */
export function openDatabase(
  name = DATABASE_NAME,
  upToVersion = CURRENT_SCHEMA_VERSION,
  sealing: SealingState | null = sessionSealing,
): HindsightDatabase {
  const db = new Dexie(name) as HindsightDatabase;
  db.readOnly = false;
  applySchema(db, upToVersion);
  db.use(readOnlyGuard(db));
  if (sealing) db.use(sealingMiddleware(journalLayout, sealing));
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
