import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({ savePath: '' as string | undefined, openPath: '' as string | undefined }));

vi.mock('electron', () => ({
  app: { getPath: (name: string) => `/fake/${name}` },
  dialog: {
    showSaveDialog: vi.fn(async () => ({ canceled: !electron.savePath, filePath: electron.savePath })),
    showOpenDialog: vi.fn(async () => ({
      canceled: !electron.openPath,
      filePaths: electron.openPath ? [electron.openPath] : [],
    })),
  },
}));

const { dialog } = await import('electron');
const { backupText } = await import('./test-support/backup-text');
const { backupImplementations } = await import('./backup-channels');

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'hindsight-channels-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const channels = () =>
  backupImplementations(() => null, {
    dir: path.join(root, 'auto'),
    now: () => new Date('2026-11-25T03:00:00.000Z'),
    writeFile: (target, data) => writeFile(target, data),
    mkdir: async () => (await import('node:fs/promises')).mkdir(path.join(root, 'auto'), { recursive: true }),
  });

describe('backup channels (electron mocked)', () => {
  it('saves through the native dialog to the chosen path only, and reports a cancel', async () => {
    electron.savePath = path.join(root, 'mine.json');
    expect(await channels()['backup.save']({ fileName: 'b.json', text: '{"x":1}' })).toEqual({
      saved: true,
      path: electron.savePath,
    });
    expect(await readFile(electron.savePath, 'utf8')).toBe('{"x":1}');
    expect(vi.mocked(dialog.showSaveDialog).mock.calls[0]?.[0]).toMatchObject({
      defaultPath: '/fake/documents/b.json',
    });
    electron.savePath = undefined;
    expect(await channels()['backup.save']({ fileName: 'b.json', text: '{}' })).toEqual({ saved: false });
  });

  it('opens the file chosen in the native dialog', async () => {
    electron.openPath = path.join(root, 'in.json');
    await writeFile(electron.openPath, '{"format":"hindsight-backup"}');
    expect(await channels()['backup.open']({})).toEqual({
      opened: true,
      name: 'in.json',
      text: '{"format":"hindsight-backup"}',
    });
    electron.openPath = undefined;
    expect(await channels()['backup.open']({})).toEqual({ opened: false });
  });

  it('writes, lists, reads and erases automatic backups in the data folder', async () => {
    const api = channels();
    const text = backupText({ entries: 2, stories: 0 });
    expect(await api['backup.writeAutomatic']({ text, counts: { entries: 2, stories: 0 } })).toEqual({
      written: true,
    });
    const listed = await api['backup.list']({});
    expect(listed.lastKnown).toEqual({ entries: 2, stories: 0 });
    expect(await api['backup.readAutomatic']({ name: listed.backups[0]!.name })).toEqual({ text });
    expect(await api['backup.eraseAutomatic']({})).toEqual({ erased: 1 });
    expect(await api['backup.list']({})).toEqual({ backups: [], lastKnown: null });
  });
});
