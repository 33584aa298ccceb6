import { APP_HOST, APP_SCHEME } from '../shared/ipc';

/** The parts of an IPC event the sender check looks at (a subset of Electron's event). */
export interface SenderEvent {
  sender: { id: number };
  senderFrame: { url: string; parent: unknown } | null;
}

export interface TrustedSenderOptions {
  /** The id of our own window's webContents; null before the window exists. */
  windowContentsId: () => number | null;
  /** Extra origin accepted in development only (the electron-vite dev server). */
  devOrigin?: string | undefined;
}

/** True when `url` is a page of our own app (app://hindsight/…, or the dev server in development). */
export function isOwnOrigin(url: string, devOrigin?: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // WHATWG gives non-special schemes an opaque origin, so compare scheme and host instead.
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true;
  return devOrigin !== undefined && parsed.origin === devOrigin;
}

/**
 * Builds the check every IPC handler runs first: the message must come from our own
 * window's main frame (not a subframe, not another window) showing our own origin.
 */
export function createTrustedSenderCheck(options: TrustedSenderOptions): (event: SenderEvent) => boolean {
  return (event) => {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null) return false;
    const ownId = options.windowContentsId();
    if (ownId === null || event.sender.id !== ownId) return false;
    return isOwnOrigin(frame.url, options.devOrigin);
  };
}
