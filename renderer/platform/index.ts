import { BRIDGE_GLOBAL, type HindsightBridge } from '../../shared/ipc';
import { browserPlatform } from './browser-platform';
import { createElectronPlatform } from './electron-platform';
import type { Platform } from './platform';

export type { AboutInfo, AutomaticBackupInfo, AutomaticBackups, OpenedFile, Platform, SavedFile } from './platform';

function desktopBridge(): HindsightBridge | undefined {
  return (window as unknown as Record<string, HindsightBridge | undefined>)[BRIDGE_GLOBAL];
}

/** The platform this renderer runs on: the Electron bridge when present, else the browser. */
export const platform: Platform = (() => {
  const bridge = desktopBridge();
  return bridge ? createElectronPlatform(bridge) : browserPlatform;
})();
