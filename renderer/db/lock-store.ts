// Where the lock's state lives: its own small database, read before the journal is opened.
// The header holds only wrapped keys and the derivation's parameters: nothing it holds
// opens the journal without the passphrase or the recovery key.
import { Dexie, type Table } from 'dexie';
import { z } from 'zod';
import { LockHeaderSchema, WrappedKeySchema } from '../../shared/lock/lock-header';

export const LOCK_DATABASE_NAME = 'hindsight-lock';

/**
 * `off`/`on`; `turning-on`/`turning-off` while the journal moves into or out of the lock
 * (resumed at the next start if it was interrupted), with the step it had reached.
 */
export const LockStateSchema = z
  .object({
    id: z.literal('lock'),
    mode: z.enum(['off', 'on', 'turning-on', 'turning-off']),
    header: LockHeaderSchema.optional(),
    /** How far a move has got (copying starts afresh when resumed: what the app wrote meanwhile is not known). */
    step: z.enum(['copying', 'copied', 'moving-back']).optional(),
    /** Where copying had got to, as earlier versions stored it: still read, no longer used. */
    copiedTables: z.array(z.string()).optional(),
    lastKey: z.string().nullable().optional(),
    /** Lock after this many idle minutes (0: never). */
    autoLockMinutes: z
      .int()
      .min(0)
      .max(24 * 60)
      .default(15),
    /**
     * "Remember on this device" is on: the data key is kept in the OS keychain (desktop), and
     * this check, sealed with the data key, tells the key recalled from there is this journal's.
     */
    rememberedCheck: WrappedKeySchema.nullable().default(null),
  })
  .strict();
export type LockState = z.infer<typeof LockStateSchema>;

export const LOCK_OFF: LockState = LockStateSchema.parse({ id: 'lock', mode: 'off' });

type LockDatabase = Dexie & { lock: Table<LockState, string> };

function openLockDatabase(): LockDatabase {
  const db = new Dexie(LOCK_DATABASE_NAME) as LockDatabase;
  db.version(1).stores({ lock: 'id' });
  return db;
}

let database: LockDatabase | undefined;
const lockDatabase = () => (database ??= openLockDatabase());

/** The lock's state; off when none was ever stored (every journal made before the lock). */
export async function readLockState(): Promise<LockState> {
  const stored = await lockDatabase().lock.get('lock');
  if (!stored) return LOCK_OFF;
  const parsed = LockStateSchema.safeParse(stored);
  // A damaged state must never pass for "off" over a sealed journal: say so instead.
  if (!parsed.success) throw new Error('The lock’s settings are damaged, so the journal cannot be opened safely.');
  return parsed.data;
}

export async function writeLockState(state: LockState): Promise<void> {
  await lockDatabase().lock.put(LockStateSchema.parse(state));
}

/**
 * Closes the connection to the lock's state (the next read opens it again). While the lock
 * screen shows, no connection to the storage is then left in the window, so Chromium closes
 * it after a few seconds and opens it afresh at the unlock: that is when LevelDB writes a
 * fresh file index and starts a new log (storage-turnover.ts).
 */
export function releaseLockDatabase(): void {
  database?.close();
  database = undefined;
}
