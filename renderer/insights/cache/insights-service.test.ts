import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { InsightsReport } from '../../../shared/insights/insights-report';
import type { InsightsResponse } from '../../../shared/insights/insights-protocol';
import { termHash } from '../../../shared/insights/text-terms';
import { openDatabase, type HindsightDatabase } from '../../db/database';
import { fixedSealing } from '../../db/lock-session';
import type { SealingState } from '../../db/sealing';
import { createEntryRepository, type EntryRepository } from '../../db/entry-repository';
import { openInsightsCache, REBUILD_NOTE, type InsightsCache } from './insights-cache';
import { openInsightsJournal } from './insights-journal-reader';
import { InsightsService } from './insights-service';

let db: HindsightDatabase;
let entries: EntryRepository;
let cacheName: string;
const opened: { close: () => void }[] = [];
const ask = { today: '2026-03-20', lessonLimit: 20 };

beforeEach(() => {
  db = openDatabase(`insights-${crypto.randomUUID()}`);
  cacheName = `insights-cache-${crypto.randomUUID()}`;
  let clock = Date.parse('2026-03-01T09:00:00.000Z');
  entries = createEntryRepository(db, { now: () => new Date((clock += 60_000)) });
});

afterEach(async () => {
  for (const resource of opened.splice(0)) resource.close();
  db.close();
  await db.delete();
  await Dexie.delete(cacheName);
});

/** A service as a fresh worker starts it: its own journal reader and cache connection. */
async function startService(sealing: SealingState | null = null) {
  const journal = await openInsightsJournal(db.name, sealing);
  const cache = openInsightsCache(cacheName, sealing?.cipher() ?? null);
  opened.push(journal, cache);
  const messages: InsightsResponse[] = [];
  const service = new InsightsService(journal, cache, (message) => messages.push(message));
  const pages = vi.spyOn(journal, 'page');
  const report = async (): Promise<InsightsReport> => {
    messages.length = 0;
    await service.report(ask);
    await service.idle();
    const last = messages.findLast((message) => message.type !== 'progress');
    if (last?.type !== 'report') throw new Error(`No report: ${JSON.stringify(last)}`);
    return last.report;
  };
  return { service, cache, messages, pages, report };
}

const log = (title: string, extra: { tags?: string[]; why?: string } = {}) =>
  entries.create({ title, occurredOn: '2026-03-02', type: 'judgment', tags: extra.tags ?? [] }).then((entry) =>
    extra.why
      ? entries.update(entry.id, {
          reflection: {
            whyItHappened: extra.why,
            whatIDid: 'I fixed it.',
            whatILearned: 'Ask early.',
            whatIChanged: '',
          },
        })
      : entry,
  );

describe('the insights service', () => {
  it('reads the whole journal once, then starts from its cache', async () => {
    await log('One', { tags: ['hiring'] });
    await log('Two', { tags: ['hiring'] });
    const first = await startService();
    expect((await first.report()).topTags).toEqual([{ tag: 'hiring', count: 2 }]);
    expect(first.pages).toHaveBeenCalled();

    const second = await startService();
    const report = await second.report();
    expect(report.topTags).toEqual([{ tag: 'hiring', count: 2 }]);
    expect(second.pages).not.toHaveBeenCalled();
  });

  it('says how far a full reading has got', async () => {
    await log('One');
    const { report, messages } = await startService();
    await report();
    expect(messages[0]).toEqual({ type: 'progress', read: 0, total: 1 });
  });

  it('catches up with setbacks written since the cache was stored, noted or not', async () => {
    const kept = await log('Kept', { tags: ['vendors'] });
    await (await startService()).report();
    await entries.update(kept.id, { tags: ['budget'] });
    await log('New', { tags: ['budget'] });
    const { report, pages } = await startService();
    expect((await report()).topTags).toEqual([{ tag: 'budget', count: 2 }]);
    expect(pages).not.toHaveBeenCalled();
  });

  it('drops a setback deleted for good, even when its note was lost', async () => {
    const gone = await log('Gone', { tags: ['vendors'] });
    await log('Stays', { tags: ['budget'] });
    await (await startService()).report();
    await entries.trash(gone.id);
    await entries.purge(gone.id);
    const { report } = await startService();
    const figures = await report();
    expect(figures.setbacks).toBe(1);
    expect(figures.topTags).toEqual([{ tag: 'budget', count: 1 }]);
  });

  it('reads everything again when a note says so (an import), and forgets the notes it took in', async () => {
    await log('One');
    await (await startService()).report();
    const cache: InsightsCache = openInsightsCache(cacheName);
    opened.push(cache);
    await cache.note([REBUILD_NOTE]);
    const { report, pages } = await startService();
    await report();
    expect(pages).toHaveBeenCalled();
    expect(await cache.pending()).toEqual([]);
  });

  it('keeps no words of the journal in its cache', async () => {
    await log('Quillfeather contract', {
      tags: ['zephyrtag'],
      why: 'The marmalade vendor slipped, and marmalade again.',
    });
    await log('Second', { why: 'Marmalade planning.' });
    await log('Third', { why: 'Marmalade once more.' });
    const { report } = await startService();
    const figures = await report();
    expect(figures.causes[0]?.words).toBe('marmalade');
    const cache = new Dexie(cacheName);
    await cache.open();
    const rows = await Promise.all(cache.tables.map((table) => table.toArray()));
    cache.close();
    const text = JSON.stringify(rows, (_, value: unknown) =>
      ArrayBuffer.isView(value) ? Array.from(value as Uint32Array) : value,
    ).toLowerCase();
    expect(text).toContain(figures.causes[0]!.examples[0]!.id.toLowerCase());
    for (const word of ['quillfeather', 'zephyrtag', 'marmalade', 'vendor']) expect(text).not.toContain(word);
  });
});

describe('Insights with the lock on', () => {
  /** Every row of the insights cache as stored, typed arrays spelled out as numbers. */
  async function rawCache(): Promise<string> {
    const cache = new Dexie(cacheName);
    await cache.open();
    const rows = await Promise.all(cache.tables.map((table) => table.toArray()));
    cache.close();
    return JSON.stringify(rows, (_, value: unknown) =>
      ArrayBuffer.isView(value) ? Array.from(value as Uint32Array) : value,
    );
  }

  it('reads the sealed journal with the data key, and seals its facts with it', async () => {
    db.close();
    const sealing = await fixedSealing(new Uint8Array(32).fill(5));
    db = openDatabase(db.name, undefined, sealing);
    entries = createEntryRepository(db);
    await log('One', { tags: ['zephyrtag'], why: 'Marmalade planning went wrong.' });
    await log('Two', { tags: ['zephyrtag'], why: 'Marmalade again.' });

    const first = await startService(sealing);
    expect((await first.report()).topTags).toEqual([{ tag: 'zephyrtag', count: 2 }]);
    const stored = await rawCache();
    // Neither the words nor their hashes (which a dictionary could match) are stored.
    for (const hash of [termHash('zephyrtag'), termHash('marmalade')]) expect(stored).not.toContain(String(hash));
    expect(stored.toLowerCase()).not.toContain('zephyrtag');

    const again = await startService(sealing);
    expect((await again.report()).topTags).toEqual([{ tag: 'zephyrtag', count: 2 }]);
    expect(again.pages).not.toHaveBeenCalled();

    // Another key (a lock turned off and on again) cannot use them: the journal is read anew.
    const otherCache = openInsightsCache(cacheName, (await fixedSealing(new Uint8Array(32).fill(6))).cipher());
    opened.push(otherCache);
    expect(await otherCache.load(db.verno)).toEqual({ found: false, reason: 'outdated' });
    const plainCache = openInsightsCache(cacheName);
    opened.push(plainCache);
    expect(await plainCache.load(db.verno)).toEqual({ found: false, reason: 'outdated' });
  });
});
