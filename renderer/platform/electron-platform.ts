import type { HindsightBridge, IpcChannel, IpcInput, IpcOutput, IpcResult } from '../../shared/ipc';
import { MAX_IPC_BACKUP_CHARS } from '../../shared/ipc/backup-contract';
import { DESKTOP_COMMAND_EVENT } from '../../shared/ipc-channels';
import { browserPlatform } from './browser-platform';
import type { Platform } from './platform';

function unwrap<T>(result: IpcResult<T>): T {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/** Desktop mode: the preload's bridge, one typed function per IPC channel. */
export function createElectronPlatform(bridge: HindsightBridge): Platform {
  /** Calls a channel; its plain error becomes a thrown Error. */
  const call = async <C extends IpcChannel>(channel: C, input: IpcInput<C>): Promise<IpcOutput<C>> =>
    unwrap(await (bridge[channel] as (input: IpcInput<C>) => Promise<IpcResult<IpcOutput<C>>>)(input));
  return {
    kind: 'desktop',
    async about() {
      const info = await call('app.info', {});
      return {
        version: info.version,
        runtime: `Desktop app (Electron ${info.electron}, ${info.platform})`,
        dataLocation: `${info.dataPath} (IndexedDB, inside the app's data folder)`,
      };
    },
    async saveBackup(fileName, text) {
      // Beyond what one IPC message carries, Chromium's own download (with its save dialog) takes over.
      if (text.length > MAX_IPC_BACKUP_CHARS) return browserPlatform.saveBackup(fileName, text);
      const result = await call('backup.save', { fileName, text });
      return result.saved ? { saved: true, where: result.path } : { saved: false };
    },
    async openBackup() {
      const result = await call('backup.open', {});
      return result.opened ? { name: result.name, text: result.text } : null;
    },
    preferences: {
      read: () => call('app.preferences', {}),
      save: (preferences) => call('app.setPreferences', preferences),
    },
    rememberedKey: {
      status: () => call('lock.deviceStatus', {}),
      remember: async (dataKey) => void (await call('lock.rememberKey', { dataKey })),
      recall: async () => (await call('lock.recallKey', {})).dataKey,
      forget: async () => void (await call('lock.forgetKey', {})),
    },
    desktop: {
      onCommand: (listener) => bridge[DESKTOP_COMMAND_EVENT](listener),
      reportState: async (state) => void (await call('desktop.reportState', state)),
      status: () => call('desktop.status', {}),
    },
    automaticBackups: {
      list: () => call('backup.list', {}),
      async writeIfDue(text, counts) {
        if (text.length > MAX_IPC_BACKUP_CHARS) return { written: false };
        return call('backup.writeAutomatic', { text, counts });
      },
      read: async (name) => (await call('backup.readAutomatic', { name })).text,
      erase: async () => (await call('backup.eraseAutomatic', {})).erased,
    },
  };
}
