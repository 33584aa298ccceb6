import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EntrySchema, type Entry } from '../../shared/entry';
import type { Recheck } from '../../shared/recheck';
import { openDatabase, type HindsightDatabase } from './database';
import { createRecheckRepository } from './recheck-repository';
import { createResurfacingQueries, type ResurfacingQueries } from './resurfacing-queries';

const DAY = 86_400_000;
const now = Date.parse('2026-12-06T12:00:00.000Z');
const daysAgo = (days: number) => new Date(now - days * DAY).toISOString();

let db: HindsightDatabase;
let queries: ResurfacingQueries;
let ids = 0;

beforeEach(() => {
  db = openDatabase(`resurfacing-${crypto.randomUUID()}`);
  queries = createResurfacingQueries(db, createRecheckRepository(db));
});

afterEach(async () => {
  db.close();
  await db.delete();
});

/** Stores a setback as the app would have, with the fields a test cares about. */
async function stored(fields: Partial<Entry> & { title: string }): Promise<Entry> {
  const stamp = fields.createdAt ?? daysAgo(1);
  const entry = EntrySchema.parse({
    id: `e${++ids}`,
    occurredOn: stamp.slice(0, 10),
    type: 'judgment',
    createdAt: stamp,
    updatedAt: stamp,
    deletedAt: null,
    ...fields,
  });
  await db.entries.add(entry);
  return entry;
}

const withChange = (writtenDaysAgo: number) => ({
  reflection: { whyItHappened: '', whatIDid: '', whatILearned: '', whatIChanged: 'A weekly risk review.' },
  changeWrittenAt: daysAgo(writtenDaysAgo),
  createdAt: daysAgo(writtenDaysAgo + 1),
  updatedAt: daysAgo(writtenDaysAgo),
});

async function answered(entry: Entry, check: 30 | 90, days: number): Promise<void> {
  const stamp = daysAgo(days);
  const answer: Recheck = {
    id: `r${++ids}`,
    entryId: entry.id,
    check,
    dueAt: stamp,
    answeredAt: stamp,
    stillDoing: 'yes',
    howOften: '',
    whereUsed: '',
    createdAt: stamp,
    updatedAt: stamp,
  };
  await db.rechecks.add(answer);
}

describe('check-ins due', () => {
  it('lists each setback whose change waits for a check-in, the longest-waiting first', async () => {
    await stored({ title: 'Too recent', ...withChange(20) });
    const month = await stored({ title: 'A month on', ...withChange(31) });
    const quarter = await stored({ title: 'Three months on', ...withChange(100) });
    await stored({ title: 'Lapsed', ...withChange(200) });
    const done = await stored({ title: 'Answered', ...withChange(40) });
    await answered(done, 30, 5);
    await stored({ title: 'In the Trash', ...withChange(35), deletedAt: daysAgo(1) });
    await stored({ title: 'No change', createdAt: daysAgo(60) });

    const due = await queries.dueCheckIns(now);
    expect(due.map(({ entry, checkIn }) => [entry.title, checkIn.check])).toEqual([
      ['Three months on', 90],
      ['A month on', 30],
    ]);
    expect(due.map(({ entry }) => entry.id)).toEqual([quarter.id, month.id]);
  });

  it('counts a change written before its date was recorded from the setback’s last save', async () => {
    const { changeWrittenAt: _recorded, ...unrecorded } = withChange(45);
    await stored({ title: 'Written before this release', ...unrecorded });
    expect((await queries.dueCheckIns(now)).map(({ entry }) => entry.title)).toEqual(['Written before this release']);
  });
});

describe('the reflection queue', () => {
  it('offers setbacks logged 3 to 14 days ago that are not reflected, the oldest first', async () => {
    await stored({ title: 'Yesterday', createdAt: daysAgo(1) });
    await stored({ title: 'Five days ago', createdAt: daysAgo(5) });
    await stored({ title: 'Twelve days ago', createdAt: daysAgo(12), updatedAt: daysAgo(2) });
    await stored({ title: 'A month ago', createdAt: daysAgo(30) });
    await stored({
      title: 'Reflected',
      createdAt: daysAgo(6),
      reflection: { whyItHappened: 'a', whatIDid: 'b', whatILearned: 'c', whatIChanged: '' },
    });
    await stored({ title: 'Trashed', createdAt: daysAgo(7), deletedAt: daysAgo(1) });
    expect((await queries.reflectionQueue(now)).map((entry) => entry.title)).toEqual([
      'Twelve days ago',
      'Five days ago',
    ]);
    // For the desktop's reminder: also the ones that will wait (yesterday's), oldest first.
    expect(await queries.unreflectedSince(now)).toEqual([daysAgo(12), daysAgo(5), daysAgo(1)]);
  });
});

describe('On this day', () => {
  it('finds setbacks from this month and day in earlier years, the most recent year first, up to the limit', async () => {
    await stored({ title: 'Today', occurredOn: '2026-12-06' });
    await stored({ title: 'A year ago', occurredOn: '2025-12-06' });
    await stored({ title: 'Three years ago', occurredOn: '2023-12-06' });
    await stored({ title: 'Another day', occurredOn: '2025-12-07' });
    await stored({ title: 'Trashed', occurredOn: '2024-12-06', deletedAt: daysAgo(1) });
    await stored({ title: 'Long ago', occurredOn: '1990-12-06' });
    expect((await queries.onThisDay('2026-12-06', 5)).map((entry) => entry.title)).toEqual([
      'A year ago',
      'Three years ago',
      'Long ago',
    ]);
    expect((await queries.onThisDay('2026-12-06', 1)).map((entry) => entry.title)).toEqual(['A year ago']);
  });

  it('finds nothing in an empty journal', async () => {
    expect(await queries.onThisDay('2026-12-06', 3)).toEqual([]);
  });
});
