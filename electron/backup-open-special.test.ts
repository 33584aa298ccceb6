import { execFileSync } from 'node:child_process';
import { constants, existsSync } from 'node:fs';
import { mkdtemp, open, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// "Import backup" on something that is not a file: a FIFO or a link to /dev/zero says its
// size is 0, and a plain read of it never ends. It must be refused at once.

const chosen = vi.hoisted(() => ({ path: '' }));
vi.mock('electron', () => ({
  app: { getPath: (name: string) => `/fake/${name}` },
  dialog: { showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: [chosen.path] })) },
}));
const { backupImplementations } = await import('./backup-channels');

const canMakeFifo = (() => {
  if (process.platform === 'win32') return false;
  try {
    execFileSync('mkfifo', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
if (!canMakeFifo) console.warn('Skipping the FIFO import test: this system has no mkfifo (POSIX only).');
const hasDevZero = existsSync('/dev/zero');
if (!hasDevZero) console.warn('Skipping the /dev/zero import test: this system has no /dev/zero (POSIX only).');

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'hindsight-open-'));
});
afterEach(async () => {
  await releaseFifoReaders();
  await rm(root, { recursive: true, force: true });
});

/** Opens the FIFO for writing and closes it, so a reader stuck waiting on it (the old code) sees its end. */
async function releaseFifoReaders() {
  const fifo = path.join(root, 'pipe.json');
  if (!existsSync(fifo)) return;
  const writer = await open(fifo, constants.O_WRONLY | constants.O_NONBLOCK).catch(() => undefined);
  await writer?.close();
}

/** backup.open on `file`, failing the test (instead of hanging it) if it does not settle quickly. */
async function openChosen(file: string): Promise<unknown> {
  chosen.path = file;
  const call = backupImplementations(() => null, {
    dir: path.join(root, 'auto'),
    now: () => new Date(),
    writeFile: () => Promise.resolve(),
    mkdir: () => Promise.resolve(),
  })['backup.open']({});
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hung = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error('backup.open never returned')), 2000);
  });
  return Promise.race([call, hung]).finally(() => clearTimeout(timer));
}

describe('backup.open refuses what is not a regular file', () => {
  it.skipIf(!canMakeFifo)('a FIFO', async () => {
    const fifo = path.join(root, 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    await expect(openChosen(fifo)).rejects.toThrow(/not a file that can be imported/);
  });

  it.skipIf(!hasDevZero)('a link to /dev/zero', async () => {
    const link = path.join(root, 'zero.json');
    await symlink('/dev/zero', link);
    await expect(openChosen(link)).rejects.toThrow(/not a file that can be imported/);
  });

  it('a folder', async () => {
    await expect(openChosen(root)).rejects.toThrow(/not a file that can be imported/);
  });

  it('but opens a link to a real backup file', async () => {
    await writeFile(path.join(root, 'real.json'), '{"format":"hindsight-backup"}');
    await symlink(path.join(root, 'real.json'), path.join(root, 'link.json'));
    await expect(openChosen(path.join(root, 'link.json'))).resolves.toEqual({
      opened: true,
      name: 'link.json',
      text: '{"format":"hindsight-backup"}',
    });
  });
});
