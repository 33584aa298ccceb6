import type { IpcOutput } from '../shared/ipc';

interface AppLike {
  getName(): string;
  getVersion(): string;
  getPath(name: 'userData'): string;
}

/** What the About section of Settings shows: versions and where the data lives. */
export function appInfo(app: AppLike, versions: NodeJS.ProcessVersions, platform: string): IpcOutput<'app.info'> {
  return {
    name: app.getName(),
    version: app.getVersion(),
    platform,
    electron: versions.electron ?? 'unknown',
    chrome: versions.chrome ?? 'unknown',
    dataPath: app.getPath('userData'),
  };
}
