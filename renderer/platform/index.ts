import { desktopBridge } from './bridge';
import { browserPlatform } from './browser-platform';
import { createElectronPlatform } from './electron-platform';
import type { Platform } from './platform';

export type { AboutInfo, AutomaticBackupInfo, AutomaticBackups, OpenedFile, Platform, SavedFile } from './platform';

/** The platform this renderer runs on: the Electron bridge when present, else the browser. */
export const platform: Platform = (() => {
  const bridge = desktopBridge();
  return bridge ? createElectronPlatform(bridge) : browserPlatform;
})();
