import { randomBytes } from 'node:crypto';
import { open, readdir, rename, unlink } from 'node:fs/promises';
import path from 'node:path';

const TEMPORARY_SUFFIX = /^\.[0-9a-f]{12}\.tmp$/;

/** Temporary files this process is writing right now: never stale, whatever their name. */
const inFlight = new Set<string>();

function temporaryPathFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * The file a temporary file of ours stands for (`.story.pdf.0123456789ab.tmp` →
 * `story.pdf`), or undefined for any other name.
 */
export function targetOfTemporaryName(name: string): string | undefined {
  const suffix = name.slice(-'.0123456789ab.tmp'.length);
  const target = name.slice(1, -suffix.length);
  return name.startsWith('.') && target.length > 0 && TEMPORARY_SUFFIX.test(suffix) ? target : undefined;
}

/**
 * Deletes temporary files of our own naming left in `dir` by a write that never finished
 * (a crash, a power cut): each is a whole copy of what was being saved. Only for `target`
 * when given (a folder the person chose, where nothing else of theirs is touched), else
 * every one. A write in progress in this process is never touched; the app runs as a single
 * instance, so no other Hindsight is writing there. Returns how many were deleted.
 */
export async function removeStaleTemporaryFiles(dir: string, target?: string): Promise<number> {
  const names = await readdir(dir).catch(() => [] as string[]);
  let removed = 0;
  for (const name of names) {
    const stands = targetOfTemporaryName(name);
    if (stands === undefined || (target !== undefined && stands !== target)) continue;
    const file = path.join(dir, name);
    if (inFlight.has(file)) continue;
    // A folder or anything else unlink refuses is left alone.
    if (
      await unlink(file).then(
        () => true,
        () => false,
      )
    )
      removed++;
  }
  return removed;
}

/** Errors that only say this platform cannot open or flush a folder (Windows), not that the write failed. */
const FOLDER_SYNC_UNSUPPORTED = new Set(['EISDIR', 'EPERM', 'EACCES', 'EINVAL', 'ENOTSUP', 'EBADF']);

/** Flushes the folder's entry for a renamed file, so the rename itself survives a power cut. */
async function syncFolder(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === undefined || !FOLDER_SYNC_UNSUPPORTED.has(code)) throw error;
  }
}

/**
 * Writes `data` to `target` so that the file is either the old one or the complete new
 * one, never half-written: a temporary file in the same folder, flushed to disk, renamed
 * over the target, and the folder flushed. Leftover temporary files of an earlier write
 * of the same target that never finished are deleted first.
 */
export async function writeFileAtomic(target: string, data: Uint8Array): Promise<void> {
  await removeStaleTemporaryFiles(path.dirname(target), path.basename(target));
  const temporary = temporaryPathFor(target);
  inFlight.add(temporary);
  try {
    const handle = await open(temporary, 'wx', 0o600);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  } finally {
    inFlight.delete(temporary);
  }
  await syncFolder(path.dirname(target));
}
