import { originForLog } from './log-safe';
import type { Session } from 'electron';
import { isOwnOrigin } from './trusted-sender';

/** Where Chromium would fetch Hunspell dictionaries from; `.invalid` never resolves (RFC 6761). */
export const NO_DICTIONARY_DOWNLOADS_URL = 'https://dictionaries.invalid/';

/** Schemes that never touch the network: inline data, in-memory blobs, the developer tools. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'devtools:']);

/**
 * True when a request may leave the renderer: our own app:// origin, local-only schemes,
 * and in development the dev server (with its hot-reload websocket). Everything else,
 * above all any http(s) host on the internet, is cancelled.
 */
export function isAllowedRequest(url: string, devOrigin?: string): boolean {
  if (isOwnOrigin(url, devOrigin)) return true;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (LOCAL_SCHEMES.has(parsed.protocol)) return true;
  if (devOrigin === undefined || (parsed.protocol !== 'ws:' && parsed.protocol !== 'wss:')) return false;
  return parsed.host === new URL(devOrigin).host;
}

/**
 * Locks down a session. Every permission request and check is denied (camera,
 * notifications, geolocation…): a private journal needs none of them. Every request to
 * anywhere but the app itself is cancelled, so nothing typed can leave the machine even if
 * a page tried. On Windows and Linux, Chromium's spell-checker downloads Hunspell
 * dictionaries from Google's CDN, so it stays off there and its download URL points
 * nowhere; macOS uses the system spell-checker and downloads nothing.
 */
export function lockDownSession(session: Session, platform: NodeJS.Platform, devOrigin?: string): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const cancel = !isAllowedRequest(details.url, devOrigin);
    if (cancel) console.warn(`[network] Blocked a request to ${originForLog(details.url)}`);
    callback({ cancel });
  });
  if (platform !== 'darwin') {
    session.setSpellCheckerEnabled(false);
    session.setSpellCheckerDictionaryDownloadURL(NO_DICTIONARY_DOWNLOADS_URL);
  }
}
