import { describe, expect, it, vi } from 'vitest';
import { fakeSession } from './test-support/electron-mock';
import { lockDownSession } from './session-security';

describe('lockDownSession', () => {
  it('denies every permission request, check and device request', () => {
    const session = fakeSession();
    lockDownSession(session as never, 'darwin');
    const callback = vi.fn();
    const requestHandler = session.setPermissionRequestHandler.mock.calls[0]?.[0] as (...args: unknown[]) => void;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      requestHandler({}, permission, callback);
    }
    expect(callback.mock.calls.every(([granted]) => granted === false)).toBe(true);
    expect(callback).toHaveBeenCalledTimes(5);
    const checkHandler = session.setPermissionCheckHandler.mock.calls[0]?.[0] as () => boolean;
    expect(checkHandler()).toBe(false);
    const deviceHandler = session.setDevicePermissionHandler.mock.calls[0]?.[0] as () => boolean;
    expect(deviceHandler()).toBe(false);
    expect(session.setSpellCheckerEnabled).not.toHaveBeenCalled();
  });

  it('never lets Linux download spell-check dictionaries', () => {
    const session = fakeSession();
    lockDownSession(session as never, 'linux');
    expect(session.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
  });
});
