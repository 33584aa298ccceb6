import type { BackupCounts } from './backup';
import { AUTOMATIC_BACKUP_NAME, CLOCK_SKEW_MS, type AutomaticBackupInfo } from './ipc/backup-contract';

/** Rotation keeps the newest backup of each of this many of the most recent days, weeks and months. */
export const KEPT_DAYS = 7;
export const KEPT_WEEKS = 4;
export const KEPT_MONTHS = 12;
/** Backups pinned before a drop that are kept whatever their age: the newest few, so pins cannot fill the disk. */
export const KEPT_BEFORE_DROP = 3;

/** A drop counts when a kind fell by at least this many records (and by at least half)… */
const DROP_MIN_RECORDS = 10;
/** …or lost every record of a kind it had at least this many of. */
const DROP_ALL_FROM = 3;

/**
 * Whether the journal shrank sharply from `before` to `after`: setbacks or stories fell
 * by at least half and by at least ten, or all the setbacks or all the stories of a
 * journal that had at least three are gone. Deleting one or two records never counts, so
 * a small journal tidied by hand is not flagged; emptying a large Trash can be, which is
 * the safe mistake.
 */
export function countsDropped(before: BackupCounts, after: BackupCounts): boolean {
  return (['entries', 'stories'] as const).some((kind) => {
    const [was, now] = [before[kind], after[kind]];
    const halvedByMany = was - now >= DROP_MIN_RECORDS && now * 2 <= was;
    const allGone = now === 0 && was >= DROP_ALL_FROM;
    return halvedByMany || allGone;
  });
}

/** hindsight-auto-2026-11-25T03-00-00-000Z.json for that instant. */
export function automaticBackupNameAt(date: Date): string {
  return `hindsight-auto-${date.toISOString().replace(/[:.]/g, '-')}.json`;
}

/** When a backup of that name was made (2026-11-25T03:00:00.000Z), or undefined for a name that is not one of ours. */
export function createdAtOfName(name: string): string | undefined {
  if (!AUTOMATIC_BACKUP_NAME.test(name)) return undefined;
  const stamp = name.slice('hindsight-auto-'.length, -'.json'.length);
  const createdAt = `${stamp.slice(0, 13)}:${stamp.slice(14, 16)}:${stamp.slice(17, 19)}.${stamp.slice(20, 23)}Z`;
  const time = Date.parse(createdAt);
  // The pattern lets through impossible dates (month 13); only a real instant round-trips.
  return Number.isFinite(time) && new Date(time).toISOString() === createdAt ? createdAt : undefined;
}

const timeOf = (info: AutomaticBackupInfo) => Date.parse(info.createdAt);

/** Newest first; the name breaks ties so the order never depends on how the list was read. */
export function newestFirst(list: readonly AutomaticBackupInfo[]): AutomaticBackupInfo[] {
  return [...list].sort((a, b) => timeOf(b) - timeOf(a) || (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
}

/** Stamped later than `now` beyond clock skew: made while the clock was wrong, or the clock is wrong now. */
export function isFutureStamped(info: AutomaticBackupInfo, now: Date): boolean {
  return timeOf(info) > now.getTime() + CLOCK_SKEW_MS;
}

/**
 * The list main keeps, from its index and the backup files really in the folder: every
 * file is listed (one the index lacks with its counts unknown, as after a crash or a failed
 * index write), and an indexed backup whose file is gone is dropped. Newest first.
 */
export function reconcileBackups(
  indexed: readonly AutomaticBackupInfo[],
  namesOnDisk: readonly string[],
): AutomaticBackupInfo[] {
  const onDisk = new Set(namesOnDisk);
  const known = new Set<string>();
  const listed = indexed.filter((info) => {
    const keep = onDisk.has(info.name) && !known.has(info.name);
    known.add(info.name);
    return keep;
  });
  const found = namesOnDisk.flatMap((name): AutomaticBackupInfo[] => {
    const createdAt = createdAtOfName(name);
    if (createdAt === undefined || known.has(name)) return [];
    known.add(name);
    return [{ name, createdAt, entries: 0, stories: 0, countsUnknown: true }];
  });
  return newestFirst([...listed, ...found]);
}

/**
 * The backup a new one is compared with for a drop: the newest one made up to now whose
 * counts are known. One stamped in the future is skipped: it may hold any older journal.
 */
export function newestComparable(list: readonly AutomaticBackupInfo[], now: Date): AutomaticBackupInfo | undefined {
  return newestFirst(list).find((info) => !info.countsUnknown && !isFutureStamped(info, now));
}

const DAY_MS = 24 * 60 * 60 * 1000;

// Periods are counted in UTC: a day or a month boundary a few hours off the person's own
// changes which backup stands for it, never how many are kept.
const dayOf = (time: number) => Math.floor(time / DAY_MS);
// 1 January 1970 was a Thursday; shifting by three days starts each week on a Monday.
const weekOf = (time: number) => Math.floor((dayOf(time) + 3) / 7);
const monthOf = (time: number) => {
  const date = new Date(time);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
};

/** The newest backup of each of the `count` most recent periods that have one (`list` newest first). */
function newestOfEachPeriod(
  list: readonly AutomaticBackupInfo[],
  periodOf: (time: number) => number,
  count: number,
): AutomaticBackupInfo[] {
  const periods = new Set<number>();
  const kept: AutomaticBackupInfo[] = [];
  for (const info of list) {
    const period = periodOf(timeOf(info));
    if (periods.has(period)) continue;
    if (periods.size === count) break;
    periods.add(period);
    kept.push(info);
  }
  return kept;
}

/**
 * Which automatic backups rotation keeps (newest first); the others are deleted. Kept: the
 * newest backup of each of the 7 most recent days, 4 most recent weeks and 12 most recent
 * months that have one (grandfather-father-son), the newest few pinned before a drop, and
 * every backup stamped in the future. Periods are counted among the backups themselves,
 * not back from `now`: after months away or a clock set years back, the history is still
 * kept. Future-stamped ones are kept because, when the clock has been set back, they are
 * the real history; their number was bounded by rotation when they were written.
 */
export function backupsToKeep(list: readonly AutomaticBackupInfo[], now: Date): AutomaticBackupInfo[] {
  const sorted = newestFirst(list);
  const past = sorted.filter((info) => !isFutureStamped(info, now));
  const keep = new Set<string>([
    ...sorted.filter((info) => isFutureStamped(info, now)).map((info) => info.name),
    ...sorted
      .filter((info) => info.beforeDrop)
      .slice(0, KEPT_BEFORE_DROP)
      .map((info) => info.name),
    ...[
      ...newestOfEachPeriod(past, dayOf, KEPT_DAYS),
      ...newestOfEachPeriod(past, weekOf, KEPT_WEEKS),
      ...newestOfEachPeriod(past, monthOf, KEPT_MONTHS),
    ].map((info) => info.name),
  ]);
  return sorted.filter((info) => keep.has(info.name));
}
