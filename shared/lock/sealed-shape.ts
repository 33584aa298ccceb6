// What a sealed row looks like, without the cryptography: the database's middleware checks
// rows against it on every read, and loads the ciphers themselves (seal.ts) only once a
// journal with the lock on is unlocked, so a journal without the lock never loads them.

export const SEAL_VERSION = 1;

/** A sealed value as stored: nonce and ciphertext (with its tag). */
export interface Sealed {
  v: typeof SEAL_VERSION;
  iv: Uint8Array;
  data: Uint8Array;
}

export function isSealed(value: unknown): value is Sealed {
  if (typeof value !== 'object' || value === null) return false;
  const sealed = value as Partial<Sealed>;
  return sealed.v === SEAL_VERSION && sealed.iv instanceof Uint8Array && sealed.data instanceof Uint8Array;
}

/** Prefix of a token: a value already turned into one is never turned again. */
export const TOKEN_PREFIX = '~t1:';

/** The operations a session seals and opens rows with, bound to its data key. */
export interface SealingCipher {
  /** Seals `value` for `place` (table and id): it opens only there. */
  seal(place: string, value: unknown): Sealed;
  /** Throws when the value was tampered with, damaged, or sealed for another place or key. */
  open(place: string, sealed: Sealed): unknown;
  /** A token for indexed written text: equal text, equal token; nothing else readable. */
  token(text: string): string;
  /** Seals raw bytes (large typed arrays, without a detour through JSON). */
  sealBytes(place: string, bytes: Uint8Array): Sealed;
  /**
   * The same as sealBytes, through the platform's native AES-GCM where there is one (see
   * openBytesAsync): for large values sealed before a transaction (storing the search index).
   */
  sealBytesAsync(place: string, bytes: Uint8Array): Promise<Sealed>;
  openBytes(place: string, sealed: Sealed): Uint8Array;
  /**
   * The same as openBytes, through the platform's native AES-GCM (WebCrypto) where there is
   * one: many times faster on large values, but asynchronous, so only for work outside a
   * database transaction (opening the stored search index).
   */
  openBytesAsync(place: string, sealed: Sealed): Promise<Uint8Array>;
}
