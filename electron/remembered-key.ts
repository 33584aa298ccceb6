import { readFile, rm } from 'node:fs/promises';

/** The slice of Electron's safeStorage this module uses, so tests can pass a fake. */
export interface KeychainLike {
  isAsyncEncryptionAvailable(): Promise<boolean>;
  getSelectedStorageBackend(): string;
  encryptStringAsync(plainText: string): Promise<Buffer>;
  decryptStringAsync(encrypted: Buffer): Promise<{ result: string }>;
}

/**
 * Why this computer cannot remember the key, or null when it can. On Linux without a
 * keyring, Chromium's "basic_text" backend encrypts with a key written in its own source:
 * that would keep the journal's key as good as in the clear, so it is refused.
 */
export async function keychainProblem(keychain: KeychainLike, platform: NodeJS.Platform): Promise<string | null> {
  if (platform === 'linux') {
    const backend = keychain.getSelectedStorageBackend();
    if (backend === 'basic_text' || backend === 'unknown')
      return 'This computer has no keyring Hindsight can use (such as GNOME Keyring or KWallet), so it cannot keep the key safely here.';
  }
  if (!(await keychain.isAsyncEncryptionAvailable().catch(() => false)))
    return 'This computer’s keychain is not available, so Hindsight cannot keep the key safely here.';
  return null;
}

/**
 * "Remember on this device": the journal's data key, sealed by the OS keychain, in one
 * file in the app's data folder. A file that no longer opens (another user, a reset
 * keychain) reads as nothing remembered: the passphrase still opens the journal.
 */
export function rememberedKey(
  file: string,
  keychain: KeychainLike,
  platform: NodeJS.Platform,
  writeFile: (target: string, data: Uint8Array) => Promise<void>,
) {
  return {
    async status(): Promise<{ available: boolean; problem: string | null }> {
      const problem = await keychainProblem(keychain, platform);
      return { available: problem === null, problem };
    },
    async remember(dataKey: string): Promise<void> {
      const problem = await keychainProblem(keychain, platform);
      if (problem) throw new Error(problem);
      await writeFile(file, await keychain.encryptStringAsync(dataKey));
    },
    async recall(): Promise<string | null> {
      if (await keychainProblem(keychain, platform)) return null;
      let sealed: Buffer;
      try {
        sealed = await readFile(file);
      } catch {
        return null;
      }
      try {
        return (await keychain.decryptStringAsync(sealed)).result;
      } catch {
        return null;
      }
    },
    async forget(): Promise<void> {
      await rm(file, { force: true });
    },
  };
}

export type RememberedKey = ReturnType<typeof rememberedKey>;
