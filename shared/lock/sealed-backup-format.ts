// A backup made with the lock on: the backup's own text, sealed with the journal's data key,
// with the lock's header beside it, so the passphrase or the recovery key opens it on any
// install. Counts stay readable (main checks them; they say nothing of what was written).
// Schemas only: main validates the shape without loading any cipher.
import { z } from 'zod';
import { BackupCountsSchema } from '../backup-counts';
import { IsoDateTimeSchema } from '../text-fields';
import { LockHeaderSchema } from './lock-header';

export const SEALED_BACKUP_FORMAT = 'hindsight-sealed-backup';

export const SealedBackupSchema = z
  .object({
    format: z.literal(SEALED_BACKUP_FORMAT),
    version: z.literal(1),
    exportedAt: IsoDateTimeSchema,
    counts: BackupCountsSchema,
    lock: LockHeaderSchema,
    sealed: z
      .object({
        v: z.literal(1),
        iv: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/),
        data: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/),
      })
      .strict(),
  })
  .strict();
export type SealedBackup = z.infer<typeof SealedBackupSchema>;

/** The sealed backup in `text`, or null when it is not one (a plain backup, or anything else). */
export function readSealedBackup(text: string): SealedBackup | null {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== SEALED_BACKUP_FORMAT)
    return null;
  const parsed = SealedBackupSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}
