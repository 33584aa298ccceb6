import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  automaticBackupNameAt,
  backupsToKeep,
  countsDropped,
  createdAtOfName,
  KEPT_BEFORE_DROP,
  KEPT_DAYS,
  KEPT_MONTHS,
  KEPT_WEEKS,
  newestComparable,
  reconcileBackups,
} from './backup-rotation';
import { CLOCK_SKEW_MS, type AutomaticBackupInfo } from './ipc/backup-contract';

const DAY = 24 * 60 * 60 * 1000;
const now = new Date('2026-11-25T09:00:00.000Z');

function backupAt(time: number, extra: Partial<AutomaticBackupInfo> = {}): AutomaticBackupInfo {
  const date = new Date(time);
  return { name: automaticBackupNameAt(date), createdAt: date.toISOString(), entries: 1, stories: 0, ...extra };
}

const counts = (entries: number, stories = 0) => ({ entries, stories });

describe('countsDropped', () => {
  it('notices a journal that lost most of its setbacks, or all its stories', () => {
    expect(countsDropped(counts(500, 3), counts(1, 3))).toBe(true);
    expect(countsDropped(counts(20), counts(10))).toBe(true);
    expect(countsDropped(counts(40, 12), counts(40, 0))).toBe(true);
    expect(countsDropped(counts(4, 3), counts(4, 0))).toBe(true);
    expect(countsDropped(counts(3), counts(0))).toBe(true);
  });

  it('lets a small journal delete a record or two, and a large one shrink by less than half', () => {
    expect(countsDropped(counts(2, 2), counts(0, 0))).toBe(false);
    expect(countsDropped(counts(15), counts(6))).toBe(false); // fewer than ten gone
    expect(countsDropped(counts(100), counts(51))).toBe(false); // not half
    expect(countsDropped(counts(0), counts(0))).toBe(false);
  });

  it('property: losing one or two records, or growing, never counts', () => {
    const size = fc.nat({ max: 100_000 });
    fc.assert(
      fc.property(
        size,
        size,
        fc.integer({ min: -2, max: 1000 }),
        fc.integer({ min: -2, max: 1000 }),
        (e, s, de, ds) => {
          fc.pre(e + de >= 0 && s + ds >= 0 && Math.min(de, 0) + Math.min(ds, 0) >= -2);
          return !countsDropped(counts(e, s), counts(e + de, s + ds));
        },
      ),
    );
  });
});

describe('automatic backup names', () => {
  it('round-trip to the instant they were made, and refuse impossible dates', () => {
    const name = automaticBackupNameAt(now);
    expect(name).toBe('hindsight-auto-2026-11-25T09-00-00-000Z.json');
    expect(createdAtOfName(name)).toBe(now.toISOString());
    expect(createdAtOfName('hindsight-auto-2026-13-25T09-00-00-000Z.json')).toBeUndefined();
    expect(createdAtOfName('hindsight-auto-2026-02-30T09-00-00-000Z.json')).toBeUndefined();
    expect(createdAtOfName('automatic-backups.json')).toBeUndefined();
  });
});

describe('reconcileBackups', () => {
  it('lists every file, keeps what the index knows of it, and drops what is gone', () => {
    const [a, b, c] = [backupAt(now.getTime() - 2 * DAY), backupAt(now.getTime() - DAY), backupAt(now.getTime())];
    const listed = reconcileBackups([{ ...a!, entries: 7 }, b!], [a!.name, c!.name, c!.name, 'other.json']);
    expect(listed).toEqual([
      { ...c!, entries: 0, countsUnknown: true },
      { ...a!, entries: 7 },
    ]);
  });
});

describe('newestComparable', () => {
  it('is the newest backup of known counts that is not stamped in the future', () => {
    const list = [
      backupAt(now.getTime() + DAY, { entries: 99 }),
      backupAt(now.getTime() - DAY, { countsUnknown: true }),
      backupAt(now.getTime() - 2 * DAY, { entries: 5 }),
      backupAt(now.getTime() - 3 * DAY, { entries: 6 }),
    ];
    expect(newestComparable(list, now)?.entries).toBe(5);
    expect(newestComparable([], now)).toBeUndefined();
  });
});

/** Backups at random instants within `years` around now, some pinned, some of unknown counts. */
const backupLists = (years: number) =>
  fc
    .uniqueArray(fc.integer({ min: -years * 365 * DAY, max: years * 30 * DAY }), { maxLength: 80 })
    .chain((offsets) =>
      fc.tuple(fc.constant(offsets), fc.array(fc.boolean(), { minLength: offsets.length, maxLength: offsets.length })),
    )
    .map(([offsets, pins]) =>
      offsets.map((offset, index) => backupAt(now.getTime() + offset, pins[index] ? { beforeDrop: true } : {})),
    );

describe('backupsToKeep', () => {
  it('keeps the newest of each of the last 7 days, 4 weeks and 12 months, and deletes the rest', () => {
    const daily = Array.from({ length: 400 }, (_, day) => backupAt(now.getTime() - day * DAY));
    const kept = backupsToKeep(daily, now).map((info) => info.createdAt.slice(0, 10));
    expect(kept.slice(0, 7)).toEqual(['25', '24', '23', '22', '21', '20', '19'].map((day) => `2026-11-${day}`));
    // 2026-11-25 is a Wednesday: the weeks before end on the Sundays 11-22 (a kept day), 11-15 and 11-08.
    expect(kept).toEqual(expect.arrayContaining(['2026-11-15', '2026-11-08']));
    expect(kept).not.toContain('2026-11-01');
    expect(kept).toEqual(expect.arrayContaining(['2026-10-31', '2025-12-31']));
    expect(kept).not.toContain('2025-11-30');
    expect(kept).toHaveLength(7 + 2 + 11);
  });

  it('keeps the newest few backups pinned before a drop, whatever their age', () => {
    const daily = Array.from({ length: 900 }, (_, day) =>
      backupAt(now.getTime() - day * DAY, day % 100 === 50 ? { beforeDrop: true } : {}),
    );
    const pinned = backupsToKeep(daily, now).filter((info) => info.beforeDrop);
    expect(pinned.map((info) => info.createdAt.slice(0, 10))).toEqual(['2026-10-06', '2026-06-28', '2026-03-20']);
    expect(pinned).toHaveLength(KEPT_BEFORE_DROP);
  });

  it('property: keeps the newest backup, every future-stamped one, and at most the allowance', () => {
    fc.assert(
      fc.property(backupLists(3), (list) => {
        const kept = backupsToKeep(list, now);
        const future = list.filter((info) => Date.parse(info.createdAt) > now.getTime() + CLOCK_SKEW_MS);
        const past = list.filter((info) => !future.includes(info));
        const newestPast = past.sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))[0];
        expect(kept.every((info) => list.includes(info))).toBe(true);
        if (newestPast) expect(kept).toContain(newestPast);
        for (const info of future) expect(kept).toContain(info);
        expect(kept.length).toBeLessThanOrEqual(
          KEPT_DAYS + KEPT_WEEKS + KEPT_MONTHS + KEPT_BEFORE_DROP + future.length,
        );
      }),
    );
  });

  it('property: rotating what it kept deletes nothing more', () => {
    fc.assert(
      fc.property(backupLists(3), (list) => {
        const kept = backupsToKeep(list, now);
        expect(backupsToKeep(kept, now)).toEqual(kept);
      }),
    );
  });

  it('property: a clock set back before every backup deletes none of them', () => {
    fc.assert(
      fc.property(backupLists(3), fc.integer({ min: 1, max: 20 * 365 }), (list, yearsBack) => {
        const earliest = Math.min(...list.map((info) => Date.parse(info.createdAt)), now.getTime());
        const wrongNow = new Date(earliest - CLOCK_SKEW_MS - yearsBack * DAY);
        expect(backupsToKeep(list, wrongNow)).toHaveLength(list.length);
      }),
    );
  });
});
