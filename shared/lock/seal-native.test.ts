import { describe, expect, it } from 'vitest';
import { fromUtf8, randomBytes } from './bytes';
import { cipherFor } from './seal';

describe('opening large sealed values natively', () => {
  const cipher = cipherFor(randomBytes(32));

  it('opens what the synchronous cipher sealed, bytes or JSON, byte for byte', async () => {
    for (const length of [0, 1, 15, 16, 17, 70_003]) {
      const bytes = new Uint8Array(length).map((_, at) => (at * 131 + 7) & 255);
      const sealed = cipher.sealBytes('search/starts', bytes);
      expect(await cipher.openBytesAsync('search/starts', sealed)).toEqual(cipher.openBytes('search/starts', sealed));
      expect(await cipher.openBytesAsync('search/starts', sealed)).toEqual(bytes);
    }
    const value = { version: 3, terms: ['ünïcode', 'words'], columns: { titles: ['a', 'b'] } };
    const json = cipher.seal('search/snapshot', value);
    expect(JSON.parse(fromUtf8(await cipher.openBytesAsync('search/snapshot', json)))).toEqual(value);
  });

  it('seals natively what the synchronous cipher opens, bytes or JSON', async () => {
    for (const length of [0, 1, 16, 70_003]) {
      const bytes = new Uint8Array(length).map((_, at) => (at * 17 + 3) & 255);
      const sealed = await cipher.sealBytesAsync('search/starts', bytes);
      expect(cipher.openBytes('search/starts', sealed)).toEqual(bytes);
      expect(() => cipher.openBytes('search/metas', sealed)).toThrow();
    }
    const value = { version: 3, terms: ['ünïcode', 'words'] };
    const json = await cipher.sealBytesAsync('search/snapshot', new TextEncoder().encode(JSON.stringify(value)));
    expect(cipher.open('search/snapshot', json)).toEqual(value);
    const again = await cipher.sealBytesAsync('search/snapshot', new Uint8Array([1]));
    expect(again.iv).not.toEqual(json.iv);
  });

  it('refuses a tampered value, another place and another key, as the synchronous cipher does', async () => {
    const sealed = cipher.sealBytes('search/metas', new Uint8Array([1, 2, 3]));
    const tampered = { ...sealed, data: sealed.data.map((byte, at) => (at === 0 ? byte ^ 1 : byte)) };
    await expect(cipher.openBytesAsync('search/metas', tampered)).rejects.toThrow();
    await expect(cipher.openBytesAsync('search/kinds', sealed)).rejects.toThrow();
    await expect(cipherFor(randomBytes(32)).openBytesAsync('search/metas', sealed)).rejects.toThrow();
  });
});
