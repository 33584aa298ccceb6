import { z } from 'zod';
import { BackupCountsSchema, MAX_BACKUP_BYTES } from '../backup-counts';
import { IsoDateTimeSchema } from '../text-fields';

/** Names main gives automatic backups; only these can be read back, never a path. */
export const AUTOMATIC_BACKUP_NAME = /^hindsight-auto-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.json$/;

/** A new automatic backup is due this long after the last one (a little under a day, so a daily habit keeps its slot). */
export const AUTOMATIC_BACKUP_INTERVAL_MS = 20 * 60 * 60 * 1000;

/**
 * How far ahead of this clock a backup may be stamped and still count as made now: clocks
 * of the same machine drift apart by a little between a suspend and a time sync.
 */
export const CLOCK_SKEW_MS = 5 * 60 * 1000;

/**
 * Whether an automatic backup is due, given when each kept backup was made: due unless one
 * was made within the last interval. A backup stamped in the future (beyond a little clock
 * skew) does not count: one written while the clock was wrong must not stop every later
 * backup. Main decides with it before writing; the renderer asks it before exporting the
 * journal, which means reading and serializing all of it on the page.
 */
export function automaticBackupDue(createdAts: readonly string[], now: Date): boolean {
  const time = now.getTime();
  return !createdAts.some((createdAt) => {
    const age = time - Date.parse(createdAt);
    return age >= -CLOCK_SKEW_MS && age < AUTOMATIC_BACKUP_INTERVAL_MS;
  });
}

/** Backup text over IPC; larger journals fall back to the browser's download and file input. */
export const MAX_IPC_BACKUP_CHARS = MAX_BACKUP_BYTES;
/**
 * The backup channels carry whole journals, so they get their own payload limit. Main
 * measures a request as JSON, where every quote, backslash and line break of the backup's
 * own JSON text counts twice: the limit must take the longest text sent, escaped.
 */
const backupPayloadLimit = { maxPayloadBytes: 2 * MAX_IPC_BACKUP_CHARS + 1_000_000 } as const;

const BackupTextSchema = z.string().min(2).max(MAX_IPC_BACKUP_CHARS);

export const AutomaticBackupInfoSchema = z
  .object({
    name: z.string().regex(AUTOMATIC_BACKUP_NAME),
    createdAt: IsoDateTimeSchema,
    ...BackupCountsSchema.shape,
    /**
     * Kept because the journal shrank sharply after it (see countsDropped): the last backup
     * of the journal as it was, never rotated out.
     */
    beforeDrop: z.literal(true).optional(),
    /** A file found in the folder but missing from main's list: `entries` and `stories` are 0, not its real counts. */
    countsUnknown: z.literal(true).optional(),
  })
  .strict();
export type AutomaticBackupInfo = z.infer<typeof AutomaticBackupInfoSchema>;

/** A sharp drop main noticed between the newest backup and the one just written. */
export const BackupDropSchema = z
  .object({
    before: BackupCountsSchema,
    after: BackupCountsSchema,
    /** The backup of the journal before the drop, now kept for good (`beforeDrop`). */
    backupName: z.string().regex(AUTOMATIC_BACKUP_NAME),
  })
  .strict();
export type BackupDrop = z.infer<typeof BackupDropSchema>;

export const AutomaticBackupWrittenSchema = z
  .object({ written: z.boolean(), drop: BackupDropSchema.optional() })
  .strict();
export type AutomaticBackupWritten = z.infer<typeof AutomaticBackupWrittenSchema>;

/** `backup.*`: backup files through native dialogs, and the daily automatic backups main keeps. */
export const backupContract = {
  'backup.save': {
    ...backupPayloadLimit,
    input: z
      .object({
        fileName: z
          .string()
          .regex(/^[\w.-]{1,100}\.json$/, 'A backup file name is letters, digits, - _ . and ends in .json.'),
        text: BackupTextSchema,
      })
      .strict(),
    output: z.union([
      z.object({ saved: z.literal(true), path: z.string() }).strict(),
      z.object({ saved: z.literal(false) }).strict(),
    ]),
  },
  'backup.open': {
    input: z.object({}).strict(),
    output: z.union([
      z.object({ opened: z.literal(true), name: z.string(), text: z.string() }).strict(),
      z.object({ opened: z.literal(false) }).strict(),
    ]),
  },
  'backup.list': {
    input: z.object({}).strict(),
    output: z
      .object({ backups: z.array(AutomaticBackupInfoSchema), lastKnown: BackupCountsSchema.nullable() })
      .strict(),
  },
  'backup.writeAutomatic': {
    ...backupPayloadLimit,
    input: z.object({ text: BackupTextSchema, counts: BackupCountsSchema }).strict(),
    output: AutomaticBackupWrittenSchema,
  },
  'backup.readAutomatic': {
    input: z.object({ name: z.string().regex(AUTOMATIC_BACKUP_NAME) }).strict(),
    output: z.object({ text: z.string() }).strict(),
  },
  /** Deletes every automatic backup, main's list of them and any leftover temporary file. */
  'backup.eraseAutomatic': {
    input: z.object({}).strict(),
    output: z.object({ erased: z.number().int().nonnegative() }).strict(),
  },
} as const;
