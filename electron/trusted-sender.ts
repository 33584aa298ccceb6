import { APP_HOST, APP_SCHEME } from '../shared/ipc';

/** The parts of an IPC event the sender check looks at (a subset of Electron's event). */
export interface SenderEvent {
  sender: { id: number };
  senderFrame: { url: string; parent: unknown } | null;
}

export interface TrustedSenderOptions {
  /** The ids of our own windows' webContents (the main window, the quick capture window); none before they exist. */
  windowContentsIds: () => readonly number[];
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
 * Builds the check every IPC handler runs first: the message must come from the main frame
 * of one of our own windows (not a subframe, not any other webContents such as a print
 * window) showing our own origin.
 */
export function createTrustedSenderCheck(options: TrustedSenderOptions): (event: SenderEvent) => boolean {
  return (event) => {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null) return false;
    if (!options.windowContentsIds().includes(event.sender.id)) return false;
    return isOwnOrigin(frame.url, options.devOrigin);
  };
}
