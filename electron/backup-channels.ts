import { app, dialog, type BrowserWindow } from 'electron';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { MAX_IPC_BACKUP_CHARS } from '../shared/ipc/backup-contract';
import { writeFileAtomic } from './atomic-write';
import {
  eraseAutomaticBackups,
  listAutomaticBackups,
  readAutomaticBackup,
  writeAutomaticBackup,
  type BackupFolder,
} from './backup-files';
import type { IpcImplementations } from './ipc-handlers';
import { readRegularFileUpTo } from './read-regular-file';

type BackupChannels = Pick<
  IpcImplementations,
  | 'backup.save'
  | 'backup.open'
  | 'backup.list'
  | 'backup.writeAutomatic'
  | 'backup.readAutomatic'
  | 'backup.eraseAutomatic'
>;

/** The automatic backups live next to the journal, in the app's own data folder. */
export function automaticBackupFolder(): BackupFolder {
  return {
    dir: path.join(app.getPath('userData'), 'backups'),
    now: () => new Date(),
    writeFile: writeFileAtomic,
    mkdir: (dir) => mkdir(dir, { recursive: true }),
  };
}

const encoder = new TextEncoder();

/**
 * `backup.*`: saving and opening backup files through native dialogs (the path never
 * comes from the renderer) and the automatic backups in the data folder.
 */
export function backupImplementations(
  mainWindow: () => BrowserWindow | null,
  folder = automaticBackupFolder(),
): BackupChannels {
  const parent = () => mainWindow() ?? undefined;
  return {
    'backup.save': async ({ fileName, text }) => {
      const options = {
        title: 'Save a backup of your journal',
        defaultPath: path.join(app.getPath('documents'), fileName),
        filters: [{ name: 'Hindsight backup', extensions: ['json'] }],
      };
      const window = parent();
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return { saved: false };
      await writeFileAtomic(result.filePath, encoder.encode(text));
      return { saved: true, path: result.filePath };
    },
    'backup.open': async () => {
      const options = {
        title: 'Import a backup',
        properties: ['openFile' as const],
        filters: [{ name: 'Hindsight backup', extensions: ['json'] }],
      };
      const window = parent();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      const chosen = result.canceled ? undefined : result.filePaths[0];
      if (!chosen) return { opened: false };
      // The renderer validates the content; main only refuses what cannot cross the bridge,
      // or could not be read to its end (a pipe, a device). A character takes at most 4 bytes.
      const text = await readRegularFileUpTo(chosen, MAX_IPC_BACKUP_CHARS * 4);
      if (text.length > MAX_IPC_BACKUP_CHARS)
        throw new Error('This backup cannot be imported: the file is too large. Nothing was changed.');
      return { opened: true, name: path.basename(chosen), text };
    },
    'backup.list': () => listAutomaticBackups(folder),
    'backup.writeAutomatic': ({ text, counts }) => writeAutomaticBackup(folder, text, counts),
    'backup.readAutomatic': ({ name }) => readAutomaticBackup(folder, name),
    'backup.eraseAutomatic': () => eraseAutomaticBackups(folder),
  };
}
