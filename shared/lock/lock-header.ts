// The lock's header: what a locked journal (or an encrypted backup) carries to be opened
// again — the derivation's parameters and the data key, wrapped twice. Schemas only: read
// before the journal is opened, without loading the ciphers.
import { z } from 'zod';

const Base64Schema = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);

/** Argon2id's cost: about 64 MiB of memory; raised in a later header version, never lowered. */
export const KdfParamsSchema = z
  .object({
    algorithm: z.literal('argon2id'),
    memoryKiB: z
      .int()
      .min(8 * 1024)
      .max(4 * 1024 * 1024),
    iterations: z.int().min(1).max(20),
    parallelism: z.int().min(1).max(8),
    salt: Base64Schema,
  })
  .strict();
export type KdfParams = z.infer<typeof KdfParamsSchema>;

export const DEFAULT_KDF: Omit<KdfParams, 'salt'> = {
  algorithm: 'argon2id',
  memoryKiB: 64 * 1024,
  iterations: 2,
  parallelism: 1,
};

/** A key wrapped with AES-256-GCM: its nonce and ciphertext (with tag), in base64. */
export const WrappedKeySchema = z.object({ iv: Base64Schema, data: Base64Schema }).strict();
export type WrappedKey = z.infer<typeof WrappedKeySchema>;

/** What a locked journal (or an encrypted backup) carries to be opened again. */
export const LockHeaderSchema = z
  .object({
    version: z.literal(1),
    kdf: KdfParamsSchema,
    byPassphrase: WrappedKeySchema,
    byRecoveryKey: WrappedKeySchema,
  })
  .strict();
export type LockHeader = z.infer<typeof LockHeaderSchema>;
