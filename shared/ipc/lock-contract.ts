import { z } from 'zod';

/** A 256-bit data key in base64 (44 characters with its padding). */
const DataKeySchema = z.string().regex(/^[A-Za-z0-9+/]{43}=$/, 'A data key is 32 bytes in base64.');

/**
 * `lock.*`: "Remember on this device". Main keeps the journal's data key sealed by the OS
 * keychain (Electron safeStorage), never where the keychain is plain text. It is never the
 * only copy: the passphrase and the recovery key still open the journal.
 */
export const lockContract = {
  'lock.deviceStatus': {
    input: z.object({}).strict(),
    output: z
      .object({
        available: z.boolean(),
        /** Why this computer cannot remember the key, in plain words. */
        problem: z.string().nullable(),
      })
      .strict(),
  },
  'lock.rememberKey': {
    input: z.object({ dataKey: DataKeySchema }).strict(),
    output: z.object({}).strict(),
  },
  'lock.recallKey': {
    input: z.object({}).strict(),
    output: z.object({ dataKey: DataKeySchema.nullable() }).strict(),
  },
  'lock.forgetKey': {
    input: z.object({}).strict(),
    output: z.object({}).strict(),
  },
} as const;
