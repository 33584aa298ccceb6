import { vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

/** A stand-in for a webContents that records its handlers, so tests can fire them. */
export class FakeWebContents {
  static count = 0;
  /** Unique, like Electron's: the trusted-sender check tells windows apart by it. */
  id = ++FakeWebContents.count;
  /** Events sent to the page with send(). */
  sent: [string, unknown][] = [];
  send(channel: string, payload: unknown) {
    this.sent.push([channel, payload]);
  }
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
  maximized = false;
  focused = false;
  minimized = false;
  destroyed = false;
  menu: unknown = 'default';
  /** Listeners added with on() (once() listeners are kept apart). */
  listeners = new Map<string, Listener[]>();
  /** What setContentProtection was last called with (undefined: never). */
  contentProtection: boolean | undefined;
  private onceListeners = new Map<string, Listener>();
  constructor(readonly options: { webPreferences: Record<string, unknown>; show?: boolean } & Record<string, unknown>) {
    FakeBrowserWindow.created.push(this);
  }
  once(event: string, listener: Listener) {
    this.onceListeners.set(event, listener);
  }
  on(event: string, listener: Listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  /** Fires a once() listener (ready-to-show) and every on() listener of `event`. */
  fire(event: string) {
    this.onceListeners.get(event)?.();
    for (const listener of this.listeners.get(event) ?? []) listener();
  }
  show() {
    this.shown = true;
  }
  focus() {
    this.focused = true;
  }
  maximize() {
    this.maximized = true;
  }
  isMaximized() {
    return this.maximized;
  }
  isMinimized() {
    return this.minimized;
  }
  restore() {
    this.minimized = false;
  }
  isVisible() {
    return this.shown;
  }
  setMenu(menu: unknown) {
    this.menu = menu;
  }
  getNormalBounds() {
    return { x: 0, y: 0, width: 1180, height: 800 };
  }
  close() {
    this.destroyed = true;
    this.fire('closed');
  }
  loadURL(url: string) {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  isDestroyed() {
    return this.destroyed;
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
