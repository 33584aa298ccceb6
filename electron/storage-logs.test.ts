import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { clearStorageLogs } from './storage-logs';

const profiles: string[] = [];
afterEach(() => {
  for (const profile of profiles.splice(0)) rmSync(profile, { recursive: true, force: true });
});

function profileWith(files: Record<string, string>): string {
  const profile = mkdtempSync(path.join(tmpdir(), 'hindsight-storage-logs-'));
  profiles.push(profile);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(profile, name)), { recursive: true });
    writeFileSync(path.join(profile, name), text);
  }
  return profile;
}

const journal = 'IndexedDB/app_hindsight_0.indexeddb.leveldb';
const bucket = 'WebStorage/3/IndexedDB/indexeddb.leveldb';

describe('clearing LevelDB’s own logs under IndexedDB', () => {
  it('deletes LOG and LOG.old of each IndexedDB folder, default or bucket, and nothing else', () => {
    const profile = profileWith({
      [`${journal}/LOG`]: "Manual compaction at level-0 from '\\x00q\\x00u'",
      [`${journal}/LOG.old`]: 'earlier session',
      [`${journal}/MANIFEST-000001`]: 'file index',
      [`${journal}/000003.log`]: 'write-ahead log: data, not a diagnostic',
      [`${journal}/CURRENT`]: 'MANIFEST-000001',
      [`${bucket}/LOG`]: 'bucket log',
      'IndexedDB/app_hindsight_0.indexeddb.blob/1/LOG': 'a blob, not a log',
      'Local Storage/leveldb/LOG': 'another store',
      'preferences.json': '{}',
    });
    const deleted = clearStorageLogs(profile).map((file) => path.relative(profile, file));
    expect(deleted.sort()).toEqual([`${bucket}/LOG`, `${journal}/LOG`, `${journal}/LOG.old`].sort());
    expect(readdirSync(path.join(profile, journal)).sort()).toEqual(['000003.log', 'CURRENT', 'MANIFEST-000001']);
    expect(readdirSync(path.join(profile, 'IndexedDB/app_hindsight_0.indexeddb.blob/1'))).toEqual(['LOG']);
    expect(readdirSync(path.join(profile, 'Local Storage/leveldb'))).toEqual(['LOG']);
  });

  it('is quiet on a profile with no storage yet, and on one already cleared', () => {
    const profile = profileWith({ 'preferences.json': '{}' });
    expect(clearStorageLogs(profile)).toEqual([]);
    expect(clearStorageLogs(path.join(profile, 'missing'))).toEqual([]);
    const used = profileWith({ [`${journal}/LOG`]: 'x' });
    expect(clearStorageLogs(used)).toHaveLength(1);
    expect(clearStorageLogs(used)).toEqual([]);
  });
});
