import { describe, expect, it, vi } from 'vitest';
import { fakeSession } from './test-support/electron-mock';
import { isAllowedRequest, lockDownSession, NO_DICTIONARY_DOWNLOADS_URL } from './session-security';

type RequestListener = (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;

function requestFilter(session: ReturnType<typeof fakeSession>): (url: string) => boolean {
  const listener = session.webRequest.onBeforeRequest.mock.calls[0]?.[0] as RequestListener;
  return (url) => {
    let cancelled: boolean | undefined;
    listener({ url }, ({ cancel }) => (cancelled = cancel));
    return cancelled === true;
  };
}

describe('lockDownSession', () => {
  it('denies every permission request, check and device request', () => {
    const session = fakeSession();
    lockDownSession(session as never, 'darwin');
    const callback = vi.fn();
    const requestHandler = session.setPermissionRequestHandler.mock.calls[0]?.[0] as (...args: unknown[]) => void;
    const permissions = [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'clipboard-sanitized-write',
      'openExternal',
      'fullscreen',
      'pointerLock',
      'midi',
      'midiSysex',
      'display-capture',
      'fileSystem',
      'hid',
      'serial',
      'usb',
      'idle-detection',
      'window-management',
      'keyboardLock',
      'speaker-selection',
      'storage-access',
      'unknown',
    ];
    for (const permission of permissions)
      requestHandler({}, permission, callback, { requestingUrl: 'app://hindsight/' });
    expect(callback).toHaveBeenCalledTimes(permissions.length);
    expect(callback.mock.calls.every(([granted]) => granted === false)).toBe(true);
    const checkHandler = session.setPermissionCheckHandler.mock.calls[0]?.[0] as (...args: unknown[]) => boolean;
    for (const permission of permissions) {
      expect(checkHandler({}, permission, 'app://hindsight', { requestingUrl: 'app://hindsight/' })).toBe(false);
    }
    const deviceHandler = session.setDevicePermissionHandler.mock.calls[0]?.[0] as (...args: unknown[]) => boolean;
    expect(deviceHandler({ deviceType: 'usb', origin: 'app://hindsight' })).toBe(false);
  });

  it('keeps the system spell-checker on macOS, which downloads nothing', () => {
    const session = fakeSession();
    lockDownSession(session as never, 'darwin');
    expect(session.setSpellCheckerEnabled).not.toHaveBeenCalled();
  });

  it.each(['linux', 'win32', 'freebsd'] as const)(
    'never lets %s download Hunspell dictionaries: spell-check off, download URL unresolvable',
    (platform) => {
      const session = fakeSession();
      lockDownSession(session as never, platform);
      expect(session.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
      expect(session.setSpellCheckerDictionaryDownloadURL).toHaveBeenCalledWith(NO_DICTIONARY_DOWNLOADS_URL);
      expect(new URL(NO_DICTIONARY_DOWNLOADS_URL).hostname.endsWith('.invalid')).toBe(true);
    },
  );

  it('cancels every request that is not the app itself', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const session = fakeSession();
    lockDownSession(session as never, 'linux');
    const cancelled = requestFilter(session);
    expect(cancelled('app://hindsight/index.html')).toBe(false);
    expect(cancelled('app://hindsight/assets/app.js')).toBe(false);
    expect(cancelled('https://fonts.googleapis.com/css2?family=Inter')).toBe(true);
    expect(cancelled('https://update.example.com/latest.yml')).toBe(true);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('fonts.googleapis.com'));
  });
});

describe('isAllowedRequest', () => {
  it.each([
    'app://hindsight/',
    'app://hindsight/assets/x.woff2',
    'data:image/png;base64,AAAA',
    'blob:app://hindsight/1',
  ])('allows the local %s', (url) => expect(isAllowedRequest(url)).toBe(true));

  it.each([
    'https://example.com/',
    'http://127.0.0.1:5173/',
    'ws://localhost:5173/',
    'app://elsewhere/index.html',
    'file:///etc/passwd',
    'ftp://example.com/',
    'not a url',
  ])('refuses %s in a packaged build', (url) => expect(isAllowedRequest(url)).toBe(false));

  it('allows the dev server and its hot-reload socket in development only', () => {
    const dev = 'http://localhost:5173';
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/', dev)).toBe(true);
    expect(isAllowedRequest('ws://localhost:9999/', dev)).toBe(false);
    expect(isAllowedRequest('https://example.com/', dev)).toBe(false);
  });
});
