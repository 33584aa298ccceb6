import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from './atomic-write';
import { rememberedKey, type KeychainLike } from './remembered-key';

const KEY = Buffer.alloc(32, 7).toString('base64');

/** A keychain that "encrypts" by reversing and tagging, and can be told to be unavailable or plain text. */
function fakeKeychain(options: { backend?: string; available?: boolean; broken?: boolean } = {}): KeychainLike {
  return {
    isAsyncEncryptionAvailable: () => Promise.resolve(options.available ?? true),
    getSelectedStorageBackend: () => options.backend ?? 'gnome_libsecret',
    encryptStringAsync: (text) => Promise.resolve(Buffer.from(`sealed:${[...text].reverse().join('')}`)),
    decryptStringAsync: (sealed) => {
      const text = sealed.toString();
      if (options.broken || !text.startsWith('sealed:')) return Promise.reject(new Error('cannot decrypt'));
      return Promise.resolve({ result: [...text.slice(7)].reverse().join('') });
    },
  };
}

describe('remember on this device', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'remembered-'));
    file = path.join(dir, 'remembered-key.bin');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps the key sealed by the keychain, never as it is, and gives it back', async () => {
    const remembered = rememberedKey(file, fakeKeychain(), 'linux', writeFileAtomic);
    expect(await remembered.status()).toEqual({ available: true, problem: null });
    expect(await remembered.recall()).toBeNull();
    await remembered.remember(KEY);
    expect(readFileSync(file, 'utf8')).not.toContain(KEY);
    expect(await remembered.recall()).toBe(KEY);
    await remembered.forget();
    expect(existsSync(file)).toBe(false);
    expect(await remembered.recall()).toBeNull();
    await expect(remembered.forget()).resolves.toBeUndefined();
  });

  it('refuses a Linux keychain that keeps secrets as plain text, and one not known yet', async () => {
    for (const backend of ['basic_text', 'unknown']) {
      const remembered = rememberedKey(file, fakeKeychain({ backend }), 'linux', writeFileAtomic);
      const status = await remembered.status();
      expect(status.available).toBe(false);
      expect(status.problem).toMatch(/keyring/);
      await expect(remembered.remember(KEY)).rejects.toThrow(/keyring/);
      expect(existsSync(file)).toBe(false);
    }
    // The backend names are Linux's; elsewhere the OS keychain is asked directly.
    const mac = rememberedKey(file, fakeKeychain({ backend: 'basic_text' }), 'darwin', writeFileAtomic);
    expect((await mac.status()).available).toBe(true);
  });

  it('refuses when the keychain is not available, and then recalls nothing', async () => {
    await rememberedKey(file, fakeKeychain(), 'win32', writeFileAtomic).remember(KEY);
    const unavailable = rememberedKey(file, fakeKeychain({ available: false }), 'win32', writeFileAtomic);
    expect(await unavailable.status()).toMatchObject({ available: false, problem: expect.stringMatching(/keychain/) });
    expect(await unavailable.recall()).toBeNull();
  });

  it('a file the keychain cannot open (another user, a reset keychain, damage) recalls nothing', async () => {
    writeFileSync(file, 'garbage');
    expect(await rememberedKey(file, fakeKeychain(), 'linux', writeFileAtomic).recall()).toBeNull();
    await rememberedKey(file, fakeKeychain(), 'linux', writeFileAtomic).remember(KEY);
    expect(await rememberedKey(file, fakeKeychain({ broken: true }), 'linux', writeFileAtomic).recall()).toBeNull();
  });
});
