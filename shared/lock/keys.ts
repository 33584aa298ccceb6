/**
 * The lock's keys. A random 256-bit data key encrypts the journal; it is stored only
 * wrapped (AES-256-GCM) by a key derived from the passphrase (Argon2id, parameters in the
 * header so they can be raised later) and by one derived from the recovery key. No
 * verifier is kept: a wrong passphrase simply fails to unwrap.
 */
import { gcm } from '@noble/ciphers/aes.js';
import { argon2idAsync } from '@noble/hashes/argon2.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { fromBase64, randomBytes, toBase64, utf8 } from './bytes';
import { DEFAULT_KDF, type KdfParams, type LockHeader, type WrappedKey } from './lock-header';

export { DEFAULT_KDF, LockHeaderSchema, type KdfParams, type LockHeader } from './lock-header';

const WRAP_AAD = utf8('hindsight:data-key:v1');

function wrap(wrappingKey: Uint8Array, dataKey: Uint8Array): WrappedKey {
  const iv = randomBytes(12);
  return { iv: toBase64(iv), data: toBase64(gcm(wrappingKey, iv, WRAP_AAD).encrypt(dataKey)) };
}

/** The data key, or null when this wrapping key does not open it (a wrong passphrase). */
function unwrap(wrappingKey: Uint8Array, wrapped: WrappedKey): Uint8Array | null {
  try {
    return gcm(wrappingKey, fromBase64(wrapped.iv), WRAP_AAD).decrypt(fromBase64(wrapped.data));
  } catch {
    return null;
  }
}

/** The key a passphrase gives under these parameters (slow by design; yields while it works). */
export function keyFromPassphrase(passphrase: string, kdf: KdfParams): Promise<Uint8Array> {
  return argon2idAsync(passphrase.normalize('NFC'), fromBase64(kdf.salt), {
    m: kdf.memoryKiB,
    t: kdf.iterations,
    p: kdf.parallelism,
    dkLen: 32,
  });
}

// Crockford's base32: no I, L, O or U, so a key copied by hand is not misread.
const RECOVERY_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A new recovery key: 160 random bits as eight groups of four characters, to write down. */
export function newRecoveryKey(): string {
  const bytes = randomBytes(20);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += RECOVERY_ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out.match(/.{4}/g)?.join('-') ?? out;
}

/** A recovery key as typed: case, spaces, dashes and look-alike letters forgiven. */
export function normalizeRecoveryKey(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
}

/** The recovery key has 160 bits of its own: a fast derivation is enough. */
function keyFromRecoveryKey(recoveryKey: string, salt: Uint8Array): Uint8Array {
  return hkdf(sha256, utf8(normalizeRecoveryKey(recoveryKey)), salt, utf8('hindsight:recovery:v1'), 32);
}

/** A fresh data key and its header, wrapped by the passphrase and by a new recovery key. */
export async function createLock(
  passphrase: string,
  cost: Omit<KdfParams, 'salt'> = DEFAULT_KDF,
): Promise<{ dataKey: Uint8Array; header: LockHeader; recoveryKey: string }> {
  const dataKey = randomBytes(32);
  const kdf: KdfParams = { ...cost, salt: toBase64(randomBytes(16)) };
  const recoveryKey = newRecoveryKey();
  const header: LockHeader = {
    version: 1,
    kdf,
    byPassphrase: wrap(await keyFromPassphrase(passphrase, kdf), dataKey),
    byRecoveryKey: wrap(keyFromRecoveryKey(recoveryKey, fromBase64(kdf.salt)), dataKey),
  };
  return { dataKey, header, recoveryKey };
}

/** The data key from the passphrase, or null when it is not the right one. */
export async function unlockWithPassphrase(header: LockHeader, passphrase: string): Promise<Uint8Array | null> {
  return unwrap(await keyFromPassphrase(passphrase, header.kdf), header.byPassphrase);
}

/** The data key from the recovery key, or null when it is not the right one. */
export function unlockWithRecoveryKey(header: LockHeader, recoveryKey: string): Uint8Array | null {
  return unwrap(keyFromRecoveryKey(recoveryKey, fromBase64(header.kdf.salt)), header.byRecoveryKey);
}

/** The header with a new passphrase: the same data key, rewrapped; nothing is re-encrypted. */
export async function changePassphrase(
  header: LockHeader,
  dataKey: Uint8Array,
  passphrase: string,
): Promise<LockHeader> {
  // The salt stays: the recovery key's wrap is derived with it, and that key is not at hand.
  return { ...header, byPassphrase: wrap(await keyFromPassphrase(passphrase, header.kdf), dataKey) };
}

const DEVICE_CHECK_AAD = utf8('hindsight:device-check:v1');

/**
 * "Remember on this device" keeps the data key in the OS keychain. This check, sealed with
 * the data key itself, tells a key recalled from there is this journal's (a keychain copy
 * from an earlier lock is not), without storing anything that helps guess the key.
 */
export function deviceCheck(dataKey: Uint8Array): WrappedKey {
  const iv = randomBytes(12);
  return { iv: toBase64(iv), data: toBase64(gcm(dataKey, iv, DEVICE_CHECK_AAD).encrypt(new Uint8Array(16))) };
}

/** True when this key opens the check made by `deviceCheck` with the journal's data key. */
export function opensDeviceCheck(key: Uint8Array, check: WrappedKey): boolean {
  try {
    const opened = gcm(key, fromBase64(check.iv), DEVICE_CHECK_AAD).decrypt(fromBase64(check.data));
    return opened.length === 16 && opened.every((byte) => byte === 0);
  } catch {
    return false;
  }
}
