// What main and the IPC contract need of the backup format, apart from the format itself
// (whose schemas span every table): loading the contract loads only this.
import { z } from 'zod';

/** Larger files are refused before parsing: a real journal is a few MB at most. */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;

/** Counts of what a backup holds, for the import preview and for the empty-database guard. */
export const BackupCountsSchema = z
  .object({ entries: z.number().int().nonnegative(), stories: z.number().int().nonnegative() })
  .strict();
export type BackupCounts = z.infer<typeof BackupCountsSchema>;
