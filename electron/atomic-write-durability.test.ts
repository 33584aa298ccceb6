import { mkdtempSync, rmSync } from 'node:fs';
import type * as FsPromises from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

// Which paths were opened, and which handles were flushed: the folder must be both, after
// the rename, or a power cut can lose the new file's name even though its data was flushed.
const opened = vi.hoisted(() => ({ log: [] as string[], failFolderOpen: undefined as string | undefined }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof FsPromises>();
  const open: typeof fs.open = async (file, flags, mode) => {
    const name = String(file);
    if (flags === 'r' && opened.failFolderOpen) {
      opened.log.push(`refused ${name}`);
      throw Object.assign(new Error(`${opened.failFolderOpen}: cannot open a folder`), { code: opened.failFolderOpen });
    }
    const handle = await fs.open(file, flags, mode);
    const sync = handle.sync.bind(handle);
    handle.sync = async () => {
      opened.log.push(`sync ${name}`);
      return sync();
    };
    return handle;
  };
  const rename: typeof fs.rename = async (from, to) => {
    opened.log.push(`rename ${String(to)}`);
    return fs.rename(from, to);
  };
  return { ...fs, open, rename, default: { ...fs, open, rename } };
});

const { writeFileAtomic } = await import('./atomic-write');

let folder: string;
afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
  opened.log = [];
  opened.failFolderOpen = undefined;
});

describe('writeFileAtomic durability', () => {
  it('flushes the file, renames it, then flushes the folder', async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'hindsight-durable-'));
    const target = path.join(folder, 'story.pdf');
    await writeFileAtomic(target, new Uint8Array([1, 2, 3]));
    expect(opened.log.map((line) => line.replace(/\.[0-9a-f]{12}\.tmp$/, '.TMP'))).toEqual([
      `sync ${path.join(folder, '.story.pdf.TMP')}`,
      `rename ${target}`,
      `sync ${folder}`,
    ]);
  });

  it('still succeeds where a folder cannot be opened to flush (Windows)', async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'hindsight-durable-'));
    opened.failFolderOpen = 'EISDIR';
    await writeFileAtomic(path.join(folder, 'story.pdf'), new Uint8Array([1]));
    opened.failFolderOpen = 'EPERM';
    await writeFileAtomic(path.join(folder, 'story.pdf'), new Uint8Array([2]));
    expect(opened.log.filter((line) => line.startsWith('refused'))).toHaveLength(2);
  });
});
