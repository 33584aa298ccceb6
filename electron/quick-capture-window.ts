import { BrowserWindow } from 'electron';
import { secureWebPreferences, windowBackground } from './main-window';

/** The quick capture route of the renderer at `base` (app://hindsight/index.html or the dev server). */
export function quickCaptureUrl(base: string): string {
  const url = new URL(base);
  url.hash = '/quick-capture';
  return url.toString();
}

export interface QuickCaptureWindowOptions {
  preloadPath: string;
  /** The renderer's start page; the window opens its #/quick-capture route. */
  baseUrl: string;
  devTools: boolean;
  platform: NodeJS.Platform;
  icon?: string | undefined;
}

/**
 * The quick capture window: one small form on top of whatever the person is doing, opened
 * by the global shortcut, the tray or `--quick-capture`. There is only ever one; opening it
 * again brings it forward. The page closes itself (window.close()) once the setback is saved.
 */
export function createQuickCaptureWindows(options: QuickCaptureWindowOptions) {
  let window: BrowserWindow | null = null;

  function create(): BrowserWindow {
    const created = new BrowserWindow({
      title: 'Log a setback — Hindsight',
      width: 480,
      height: 400,
      // The form's fields and its Save button stay in view at the smallest size.
      minWidth: 400,
      minHeight: 360,
      show: false,
      alwaysOnTop: true,
      // Out of the taskbar where there is one; since it then has no taskbar button to come
      // back from, it cannot be minimized either (it closes or stays on top).
      skipTaskbar: options.platform !== 'darwin',
      minimizable: false,
      maximizable: false,
      fullscreenable: false,
      backgroundColor: windowBackground(),
      ...(options.icon === undefined ? {} : { icon: options.icon }),
      webPreferences: secureWebPreferences(options.preloadPath, options.devTools, options.platform),
    });
    created.setMenu(null);
    created.once('ready-to-show', () => {
      created.show();
      created.focus();
    });
    created.on('closed', () => {
      if (window === created) window = null;
    });
    void created.loadURL(quickCaptureUrl(options.baseUrl));
    return created;
  }

  return {
    /** Opens the window, or brings the one already open forward. */
    open(): BrowserWindow {
      if (window && !window.isDestroyed()) {
        if (window.isMinimized()) window.restore();
        window.show();
        window.focus();
        return window;
      }
      window = create();
      return window;
    },
    /** The open window, if any. */
    current(): BrowserWindow | null {
      return window && !window.isDestroyed() ? window : null;
    },
  };
}

export type QuickCaptureWindows = ReturnType<typeof createQuickCaptureWindows>;
