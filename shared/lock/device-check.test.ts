import { describe, expect, it } from 'vitest';
import { randomBytes } from './bytes';
import { deviceCheck, opensDeviceCheck } from './keys';

describe('the check on a key recalled from the keychain', () => {
  it('opens with the data key it was made with, and with no other', () => {
    const dataKey = randomBytes(32);
    const check = deviceCheck(dataKey);
    expect(opensDeviceCheck(dataKey, check)).toBe(true);
    expect(opensDeviceCheck(randomBytes(32), check)).toBe(false);
    expect(opensDeviceCheck(new Uint8Array(7), check)).toBe(false);
  });

  it('holds nothing of the key, and a tampered check never opens', () => {
    const dataKey = randomBytes(32);
    const check = deviceCheck(dataKey);
    expect(check.data).not.toContain(Buffer.from(dataKey).toString('base64').slice(0, 12));
    const flipped = Buffer.from(check.data, 'base64');
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    expect(opensDeviceCheck(dataKey, { ...check, data: flipped.toString('base64') })).toBe(false);
    // Each check is sealed afresh.
    expect(deviceCheck(dataKey).iv).not.toBe(check.iv);
  });
});
