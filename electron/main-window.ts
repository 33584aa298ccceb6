import type { Preferences } from '../shared/ipc/app-contract';
import { BrowserWindow, nativeTheme, shell, type WebContents, type WebPreferences } from 'electron';
import { createExternalLinkOpener, EXTERNAL_LINK_HOSTS } from './external-links';
import { isOwnOrigin } from './trusted-sender';

/** The app's only route to the system browser: allowed https links, everything else refused. */
const openAllowedExternalLink = createExternalLinkOpener({
  allowedHosts: EXTERNAL_LINK_HOSTS,
  openExternal: (url) => shell.openExternal(url),
  log: (message) => console.warn(`[links] ${message}`),
});

/**
 * The web preferences of every Hindsight window: an isolated, sandboxed renderer with
 * no Node, default web security, and nothing that loads from elsewhere.
 */
export function secureWebPreferences(
  preloadPath: string | null,
  devTools: boolean,
  platform: NodeJS.Platform = process.platform,
): WebPreferences {
  return {
    ...(preloadPath === null ? {} : { preload: preloadPath }),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    // Middle-click would ask for a new window; the open handler denies it, this stops it earlier.
    disableBlinkFeatures: 'Auxclick',
    navigateOnDragDrop: false,
    safeDialogs: true,
    // Only macOS spell-checks with the system's own dictionaries. On Linux and Windows Chromium
    // fetches Hunspell dictionaries from Google's servers (session-security.ts keeps that off).
    spellcheck: platform === 'darwin',
    devTools,
  };
}

/**
 * Locks down a webContents: no new windows, no navigation away from our own origin,
 * no <webview>. A link the person clicks (new window or top-level navigation) may only
 * go to `openExternalLink`, which opens allowed https links in the system browser.
 * Applied to every webContents the app creates.
 */
export function hardenWebContents(
  contents: WebContents,
  devOrigin?: string,
  openExternalLink: (url: string) => boolean = openAllowedExternalLink,
): void {
  contents.setWindowOpenHandler(({ url }) => {
    openExternalLink(url);
    return { action: 'deny' };
  });
  const blockForeign = (event: { url: string; preventDefault: () => void }) => {
    if (!isOwnOrigin(event.url, devOrigin)) event.preventDefault();
  };
  contents.on('will-navigate', (event) => {
    if (isOwnOrigin(event.url, devOrigin)) return;
    event.preventDefault();
    openExternalLink(event.url);
  });
  contents.on('will-redirect', blockForeign);
  contents.on('will-frame-navigate', blockForeign);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export interface MainWindowOptions {
  preloadPath: string;
  startUrl: string;
  devTools: boolean;
  /** Where it was last time, already placed on today's displays (window-state.ts); none: centred. */
  bounds?: { x: number; y: number; width: number; height: number } | undefined;
  maximized?: boolean | undefined;
  /** The window icon (Linux shows it; Windows and macOS take the app's own). */
  icon?: string | undefined;
}

/** The page's own background, so no white flash shows before the first paint in dark mode. */
export function windowBackground(): string {
  return nativeTheme.shouldUseDarkColors ? '#16181d' : '#f7f5f1';
}

/** Creates the one main window, hidden until its first paint is ready. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Hindsight',
    width: 1180,
    height: 800,
    ...options.bounds,
    minWidth: 720,
    minHeight: 520,
    show: false,
    backgroundColor: windowBackground(),
    ...(options.icon === undefined ? {} : { icon: options.icon }),
    webPreferences: secureWebPreferences(options.preloadPath, options.devTools),
  });
  window.once('ready-to-show', () => {
    // Maximizing a hidden window shows it early on some platforms, so it waits for the first paint.
    if (options.maximized) window.maximize();
    window.show();
  });
  void window.loadURL(options.startUrl);
  return window;
}

/**
 * Applies the app's settings to its window: content protection hides it from screen
 * sharing, screenshots and recordings on Windows and macOS (Linux has no such control).
 */
export function applyPreferences(
  window: Pick<BrowserWindow, 'setContentProtection' | 'isDestroyed'> | null,
  preferences: Preferences,
): void {
  if (window && !window.isDestroyed()) window.setContentProtection(preferences.hideFromScreenCapture);
}
