import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from './database';
import { applySchema, CURRENT_SCHEMA_VERSION } from './schema';
import { SAVE_NOW_EVENT, watchForUpgrades } from './upgrade-watch';

afterEach(() => vi.unstubAllGlobals());

describe('another window upgrading the database', () => {
  it('saves the pending draft, closes and reloads; the upgrade then goes through with the text kept', async () => {
    vi.stubGlobal('window', new EventTarget());
    vi.stubGlobal('document', new EventTarget());
    const name = `upgrade-${crypto.randomUUID()}`;
    const db = openDatabase(name);
    await db.open();
    const reload = vi.fn();
    watchForUpgrades(db, reload);
    // What an editor does on "save now": write the text typed in the last few milliseconds.
    window.addEventListener(SAVE_NOW_EVENT, () => {
      void db.drafts.put({ id: 'capture', value: { title: 'typed just now' }, savedAt: '2026-01-01T00:00:00.000Z' });
    });

    const newer = new Dexie(name);
    applySchema(newer);
    newer.version(CURRENT_SCHEMA_VERSION + 1).stores({ later: 'id' });
    await newer.open();

    expect(reload).toHaveBeenCalledOnce();
    expect(await newer.table('drafts').get('capture')).toMatchObject({ value: { title: 'typed just now' } });
    newer.close();
    await Dexie.delete(name);
  });
});
