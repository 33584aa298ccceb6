import { vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

/** A stand-in for a webContents that records its handlers, so tests can fire them. */
export class FakeWebContents {
  id = 1;
  listeners = new Map<string, Listener[]>();
  windowOpenHandler: ((details: { url: string }) => unknown) | undefined;
  setWindowOpenHandler(handler: (details: { url: string }) => unknown) {
    this.windowOpenHandler = handler;
  }
  on(event: string, listener: Listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  emit(event: string, ...args: unknown[]) {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
}

/** A stand-in for BrowserWindow that keeps the options it was built with. */
export class FakeBrowserWindow {
  static created: FakeBrowserWindow[] = [];
  webContents = new FakeWebContents();
  loadedUrl: string | undefined;
  shown = false;
  /** What setContentProtection was last called with (undefined: never). */
  contentProtection: boolean | undefined;
  private onceListeners = new Map<string, Listener>();
  constructor(readonly options: { webPreferences: Record<string, unknown>; show?: boolean }) {
    FakeBrowserWindow.created.push(this);
  }
  once(event: string, listener: Listener) {
    this.onceListeners.set(event, listener);
  }
  on() {
    return this;
  }
  fire(event: string) {
    this.onceListeners.get(event)?.();
  }
  show() {
    this.shown = true;
  }
  loadURL(url: string) {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  isDestroyed() {
    return false;
  }
  setContentProtection(enabled: boolean) {
    this.contentProtection = enabled;
  }
}

/** A stand-in for a Session that records the security handlers installed on it. */
export function fakeSession() {
  return {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    setSpellCheckerEnabled: vi.fn(),
    setSpellCheckerDictionaryDownloadURL: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn() },
  };
}
