import type { HindsightBridge, IpcResult } from '../../shared/ipc';
import { MAX_IPC_BACKUP_CHARS } from '../../shared/ipc/backup-contract';
import { DesktopCommandEventSchema } from '../../shared/ipc/desktop-contract';
import { DESKTOP_COMMAND_EVENT } from '../../shared/ipc-channels';
import { fromBase64, toBase64 } from '../../shared/lock/bytes';
import { browserPlatform } from './browser-platform';
import type { Platform } from './platform';

function unwrap<T>(result: IpcResult<T>): T {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/** Desktop mode: the preload's bridge, one typed function per IPC channel. */
export function createElectronPlatform(bridge: HindsightBridge): Platform {
  return {
    kind: 'desktop',
    async about() {
      const info = unwrap(await bridge['app.info']({}));
      return {
        version: info.version,
        runtime: `Desktop app (Electron ${info.electron}, ${info.platform})`,
        dataLocation: `${info.dataPath} (IndexedDB, inside the app's data folder)`,
      };
    },
    async saveBackup(fileName, text) {
      // Beyond what one IPC message carries, Chromium's own download (with its save dialog) takes over.
      if (text.length > MAX_IPC_BACKUP_CHARS) return browserPlatform.saveBackup(fileName, text);
      const result = unwrap(await bridge['backup.save']({ fileName, text }));
      return result.saved ? { saved: true, where: result.path } : { saved: false };
    },
    async openBackup() {
      const result = unwrap(await bridge['backup.open']({}));
      return result.opened ? { name: result.name, text: result.text } : null;
    },
    preferences: {
      async read() {
        return unwrap(await bridge['app.preferences']({}));
      },
      async save(preferences) {
        return unwrap(await bridge['app.setPreferences'](preferences));
      },
    },
    rememberedKey: {
      async status() {
        return unwrap(await bridge['lock.deviceStatus']({}));
      },
      async remember(dataKey) {
        unwrap(await bridge['lock.rememberKey']({ dataKey: toBase64(dataKey) }));
      },
      async recall() {
        const { dataKey } = unwrap(await bridge['lock.recallKey']({}));
        return dataKey === null ? null : fromBase64(dataKey);
      },
      async forget() {
        unwrap(await bridge['lock.forgetKey']({}));
      },
    },
    desktop: {
      onCommand(listener) {
        return bridge[DESKTOP_COMMAND_EVENT]((payload) => {
          const event = DesktopCommandEventSchema.safeParse(payload);
          if (event.success) listener(event.data.command);
        });
      },
      async reportState(state) {
        unwrap(await bridge['desktop.reportState'](state));
      },
      async status() {
        return unwrap(await bridge['desktop.status']({}));
      },
    },
    automaticBackups: {
      async list() {
        return unwrap(await bridge['backup.list']({}));
      },
      async writeIfDue(text, counts) {
        if (text.length > MAX_IPC_BACKUP_CHARS) return { written: false };
        return unwrap(await bridge['backup.writeAutomatic']({ text, counts }));
      },
      async read(name) {
        return unwrap(await bridge['backup.readAutomatic']({ name })).text;
      },
      async erase() {
        return unwrap(await bridge['backup.eraseAutomatic']({})).erased;
      },
    },
  };
}
