import { Dexie, type EntityTable } from 'dexie';
import type { Entry } from '../../shared/entry';
import { applySchema, CURRENT_SCHEMA_VERSION } from './schema';

export type HindsightDatabase = Dexie & {
  entries: EntityTable<Entry, 'id'>;
};

export const DATABASE_NAME = 'hindsight';

/** Opens (lazily, on first use) the journal database, declared up to `upToVersion`. */
export function openDatabase(name = DATABASE_NAME, upToVersion = CURRENT_SCHEMA_VERSION): HindsightDatabase {
  const db = new Dexie(name) as HindsightDatabase;
  applySchema(db, upToVersion);
  return db;
}
