import type { HindsightBridge, IpcResult } from '../../shared/ipc';
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
  };
}
