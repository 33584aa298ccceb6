import { Dexie, type Table } from 'dexie';
import type { Entry } from '../../shared/entry';
import type { Story } from '../../shared/story';
import { applySchema, CURRENT_SCHEMA_VERSION } from './schema';

export type HindsightDatabase = Dexie & {
  entries: Table<Entry, string>;
  stories: Table<Story, string>;
};

export const DATABASE_NAME = 'hindsight';

/** Opens (lazily, on first use) the journal database, declared up to `upToVersion`. */
export function openDatabase(name = DATABASE_NAME, upToVersion = CURRENT_SCHEMA_VERSION): HindsightDatabase {
  const db = new Dexie(name) as HindsightDatabase;
  applySchema(db, upToVersion);
  return db;
}
