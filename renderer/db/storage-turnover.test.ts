import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { TURNOVER_DATABASE_NAME, TURNOVER_KEY_LENGTH, TURNOVER_KEYS, withStorageTurnover } from './storage-turnover';

const databaseNames = async () => (await indexedDB.databases()).map((database) => database.name);

/** The filler's keys, read while the deletion runs. */
async function fillerKeys(): Promise<string[]> {
  const filler = new Dexie(TURNOVER_DATABASE_NAME);
  filler.version(1).stores({ filler: '' });
  const keys = (await filler.table('filler').toCollection().primaryKeys()) as string[];
  filler.close();
  return keys;
}

describe('the storage turnover around a deletion', () => {
  it('writes long filler keys before the deletion runs, and deletes them after', async () => {
    let seen: string[] = [];
    await withStorageTurnover(async () => {
      seen = await fillerKeys();
    });
    expect(seen).toHaveLength(TURNOVER_KEYS);
    // Together past the 2 MiB at which LevelDB writes a fresh file index (UTF-16 keys).
    expect(seen.every((key) => key.length > TURNOVER_KEY_LENGTH)).toBe(true);
    expect(TURNOVER_KEYS * TURNOVER_KEY_LENGTH * 2).toBeGreaterThan(2 * 1024 * 1024);
    expect(await databaseNames()).not.toContain(TURNOVER_DATABASE_NAME);
  });

  it('deletes the filler when the deletion fails, and passes the failure on', async () => {
    await expect(withStorageTurnover(() => Promise.reject(new Error('blocked by another window')))).rejects.toThrow(
      'blocked',
    );
    expect(await databaseNames()).not.toContain(TURNOVER_DATABASE_NAME);
  });

  it('still runs the deletion when the filler cannot be written (a full disk)', async () => {
    const full = vi.spyOn(Dexie.prototype, 'table').mockImplementation(() => {
      throw new DOMException('The disk is full.', 'QuotaExceededError');
    });
    let deleted = false;
    try {
      await withStorageTurnover(async () => {
        deleted = true;
      });
    } finally {
      full.mockRestore();
    }
    expect(deleted).toBe(true);
    expect(await databaseNames()).not.toContain(TURNOVER_DATABASE_NAME);
  });
});
