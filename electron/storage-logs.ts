// Chromium's IndexedDB keeps its data in LevelDB, and LevelDB keeps a plain-text log of its
// own work (LOG, and the session before in LOG.old) that prints the keys where a compaction
// stops. Keys of an index can hold words (a tag, the start of a title), also of a database
// since deleted: the journal as it was before the lock, or one erased. LevelDB writes those
// logs and never reads them back, so main deletes them as the app starts, before any window
// opens the storage, and as it quits (where the OS lets a file still open be deleted).
// The rest of the storage's own files: renderer/db/storage-turnover.ts.
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

const LOG_NAMES = ['LOG', 'LOG.old'];

const subfolders = (folder: string): string[] => {
  try {
    return readdirSync(folder, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => path.join(folder, entry.name));
  } catch {
    return [];
  }
};

/** The LevelDB folders of IndexedDB in a profile: the default bucket's, and any storage bucket's. */
function indexedDbFolders(profile: string): string[] {
  const roots = [
    path.join(profile, 'IndexedDB'),
    ...subfolders(path.join(profile, 'WebStorage')).map((bucket) => path.join(bucket, 'IndexedDB')),
  ];
  return roots.flatMap(subfolders).filter((folder) => folder.endsWith('.leveldb'));
}

/** Deletes LevelDB's own logs under the profile's IndexedDB; returns the files it deleted. */
export function clearStorageLogs(profile: string): string[] {
  const deleted: string[] = [];
  for (const folder of indexedDbFolders(profile))
    for (const name of LOG_NAMES) {
      const file = path.join(folder, name);
      try {
        rmSync(file);
        deleted.push(file);
      } catch {
        // Not there, or still open where the OS does not let it go (Windows): at the next start.
      }
    }
  return deleted;
}
