/**
 * Sealing a value: AES-256-GCM with a fresh 96-bit nonce per write, and associated data
 * that binds the ciphertext to where it belongs (table, id, format version), so a sealed
 * record moved to another id or table fails to open instead of passing as that record.
 * Synchronous on purpose: IndexedDB ends a transaction at the first await that is not its
 * own, so sealing inside the database's write path cannot wait for WebCrypto.
 */
import { gcm } from '@noble/ciphers/aes.js';
import { hmac } from '@noble/hashes/hmac.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { fromBase64, fromUtf8, randomBytes, toBase64, utf8 } from './bytes';
import { SEAL_VERSION, TOKEN_PREFIX, type Sealed, type SealingCipher } from './sealed-shape';

export { isSealed, SEAL_VERSION, TOKEN_PREFIX, type Sealed, type SealingCipher } from './sealed-shape';

/** The keys a session works with, both derived from the data key. */
export interface SealingKeys {
  /** Encrypts records. */
  records: Uint8Array;
  /** Turns indexed text (tags) into tokens that match equal text and reveal nothing else. */
  tokens: Uint8Array;
}

export function sealingKeysOf(dataKey: Uint8Array): SealingKeys {
  return {
    records: hkdf(sha256, dataKey, undefined, utf8('hindsight:records:v1'), 32),
    tokens: hkdf(sha256, dataKey, undefined, utf8('hindsight:tokens:v1'), 32),
  };
}

const aadOf = (place: string) => utf8(`hindsight:${place}:v${SEAL_VERSION}`);

function sealText(key: Uint8Array, place: string, text: string): Sealed {
  const iv = randomBytes(12);
  return { v: SEAL_VERSION, iv, data: gcm(key, iv, aadOf(place)).encrypt(utf8(text)) };
}

/** Throws when the value was tampered with, damaged, or sealed for another place or key. */
const openText = (key: Uint8Array, place: string, sealed: Sealed): string =>
  fromUtf8(gcm(key, sealed.iv, aadOf(place)).decrypt(sealed.data));

export function tokenOf(key: Uint8Array, text: string): string {
  return TOKEN_PREFIX + toBase64(hmac(sha256, key, utf8(text)).subarray(0, 16));
}

/** Sealed bytes as text, for files (backups). */
export const sealedToText = (sealed: Sealed) => ({ v: sealed.v, iv: toBase64(sealed.iv), data: toBase64(sealed.data) });
export const sealedFromText = (text: { v: number; iv: string; data: string }): Sealed => ({
  v: SEAL_VERSION,
  iv: fromBase64(text.iv),
  data: fromBase64(text.data),
});

/** The slice of WebCrypto used to open large values natively (shared/ has no DOM types). */
interface NativeAesGcm {
  importKey(
    format: 'raw',
    key: Uint8Array,
    algorithm: 'AES-GCM',
    extractable: false,
    usages: ['encrypt', 'decrypt'],
  ): Promise<object>;
  encrypt(
    algorithm: { name: 'AES-GCM'; iv: Uint8Array; additionalData: Uint8Array },
    key: object,
    data: Uint8Array,
  ): Promise<ArrayBuffer>;
  decrypt(
    algorithm: { name: 'AES-GCM'; iv: Uint8Array; additionalData: Uint8Array },
    key: object,
    data: Uint8Array,
  ): Promise<ArrayBuffer>;
}
const native = (globalThis as { crypto?: { subtle?: NativeAesGcm } }).crypto?.subtle;

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((byte, at) => byte === b[at]);

/**
 * The text of the rows last sealed or opened, by place. A row read back exactly as it was
 * written (an editor's save, read again by the change itself and by the live view) opens from
 * here instead of being decrypted again: decryption runs in JavaScript, inside the database's
 * transactions, and costs a couple of milliseconds per long setback. Only the very bytes
 * sealed or opened match (same key, place and nonce: same text), so a changed or tampered
 * row is always decrypted, and refused.
 */
class RecentRows {
  private readonly rows = new Map<string, { sealed: Sealed; json: string }>();
  constructor(private readonly limit: number) {}

  remember(place: string, sealed: Sealed, json: string): void {
    this.rows.delete(place);
    this.rows.set(place, { sealed, json });
    if (this.rows.size > this.limit) this.rows.delete(this.rows.keys().next().value ?? '');
  }

  recall(place: string, sealed: Sealed): string | undefined {
    const row = this.rows.get(place);
    if (!row || !sameBytes(row.sealed.iv, sealed.iv) || !sameBytes(row.sealed.data, sealed.data)) return undefined;
    return row.json;
  }
}

/** The cipher a session seals and opens rows with, for this data key. */
export function cipherFor(dataKey: Uint8Array): SealingCipher {
  const keys = sealingKeysOf(dataKey);
  let nativeKey: Promise<object> | undefined;
  const openBytes = (place: string, sealed: Sealed) => gcm(keys.records, sealed.iv, aadOf(place)).decrypt(sealed.data);
  const recent = new RecentRows(32);
  const sealBytes = (place: string, bytes: Uint8Array): Sealed => {
    const iv = randomBytes(12);
    return { v: SEAL_VERSION, iv, data: gcm(keys.records, iv, aadOf(place)).encrypt(bytes) };
  };
  /** The records key, imported into the platform's cipher once. */
  const nativeKeyOf = (subtle: NativeAesGcm) =>
    (nativeKey ??= subtle.importKey('raw', keys.records, 'AES-GCM', false, ['encrypt', 'decrypt']));
  return {
    seal(place, value) {
      const json = JSON.stringify(value);
      const sealed = sealText(keys.records, place, json);
      recent.remember(place, sealed, json);
      return sealed;
    },
    open(place, sealed) {
      // Parsed afresh each time: callers own (and may change) what they are given.
      const known = recent.recall(place, sealed);
      if (known !== undefined) return JSON.parse(known);
      const json = openText(keys.records, place, sealed);
      const value: unknown = JSON.parse(json);
      recent.remember(place, sealed, json);
      return value;
    },
    token: (text) => tokenOf(keys.tokens, text),
    sealBytes,
    async sealBytesAsync(place, bytes) {
      if (!native) return sealBytes(place, bytes);
      const iv = randomBytes(12);
      const key = await nativeKeyOf(native);
      const data = await native.encrypt({ name: 'AES-GCM', iv, additionalData: aadOf(place) }, key, bytes);
      return { v: SEAL_VERSION, iv, data: new Uint8Array(data) };
    },
    openBytes,
    async openBytesAsync(place, sealed) {
      if (!native) return openBytes(place, sealed);
      const opened = await native.decrypt(
        { name: 'AES-GCM', iv: sealed.iv, additionalData: aadOf(place) },
        await nativeKeyOf(native),
        sealed.data,
      );
      return new Uint8Array(opened);
    },
  };
}
