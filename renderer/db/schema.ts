import type { Dexie, Transaction } from 'dexie';
import { newestTableVersion, tableNames, tables } from '../../shared/table-registry';

/**
 * A change to tables already shipped: new indexes for one (`stores`) and, when data must
 * change, an `upgrade` — each in its own file under migrations/, with a test that opens a
 * database made at the previous version. New tables need none: their registry entry's
 * `since` adds them. Versions only ever move forward; a shipped migration is never edited.
 */
export interface Migration {
  version: number;
  stores?: Record<string, string | null>;
  upgrade?: (transaction: Transaction) => Promise<void> | void;
}

/** Every migration the app has shipped, oldest first (none so far). */
export const migrations: readonly Migration[] = [];

/** The schema version this app opens the journal at. */
export const CURRENT_SCHEMA_VERSION = Math.max(newestTableVersion(), ...migrations.map((step) => step.version));

/** What changed at `version`: the tables it added, and the indexes its migration changed. */
export function storesAddedAt(version: number): Record<string, string | null> {
  const added = Object.fromEntries(
    tableNames.filter((name) => tables[name].since === version).map((name) => [name, tables[name].indexes]),
  );
  const migration = migrations.find((step) => step.version === version);
  return { ...added, ...migration?.stores };
}

/** Declares the schema on `db`, up to `upToVersion` (tests open databases at older versions). */
export function applySchema(db: Dexie, upToVersion = CURRENT_SCHEMA_VERSION): void {
  for (let version = 1; version <= upToVersion; version++) {
    const stores = storesAddedAt(version);
    const upgrade = migrations.find((step) => step.version === version)?.upgrade;
    if (Object.keys(stores).length === 0 && !upgrade) continue;
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
}
