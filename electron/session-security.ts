import type { Session } from 'electron';

/**
 * Denies every permission request and check (camera, notifications, geolocation…):
 * a private journal needs none of them. On Linux, Chromium would download spell-check
 * dictionaries from the network, so spell-checking there stays off.
 */
export function lockDownSession(session: Session, platform: NodeJS.Platform): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  if (platform === 'linux') {
    session.setSpellCheckerEnabled(false);
    session.setSpellCheckerDictionaryDownloadURL('https://localhost.invalid/');
  }
}
