// The insights worker's brain: keeps every setback's facts in step with the journal (from
// the cache and the notes of what was written since, or by reading the whole journal once),
// works out the figures and sends the page its report.
import type { Entry } from '../../../shared/entry';
import { aggregate } from '../../../shared/insights/aggregate';
import { factOf, type EntryFact } from '../../../shared/insights/entry-facts';
import { toFactColumns, withChanges, type FactColumns } from '../../../shared/insights/fact-columns';
import type { InsightsResponse } from '../../../shared/insights/insights-protocol';
import { idsToRead, resolveReport, type ShownEntry } from '../../../shared/insights/resolve-report';
import { REBUILD_NOTE, type InsightsCache, type PendingNote } from './insights-cache';
import type { InsightsJournal } from './insights-journal-reader';

/** Setbacks read per step of a full reading: each step is one short task in the worker. */
const PAGE_SIZE = 500;

export interface Ask {
  today: string;
  lessonLimit: number;
}

/** A setback's facts, or none for one that cannot be read (it is left out, not fatal). */
function safeFactOf(entry: Entry): EntryFact | undefined {
  try {
    return factOf(entry);
  } catch {
    return undefined;
  }
}

export class InsightsService {
  private columns: FactColumns = toFactColumns([]);
  private watermark = '';
  private loaded = false;
  /** Facts changed since they were stored, and the notes they took in. */
  private dirty = false;
  private applied: PendingNote[] = [];
  private running: Promise<void> = Promise.resolve();
  private queued: Ask | undefined;

  constructor(
    private readonly journal: InsightsJournal,
    private readonly cache: InsightsCache,
    private readonly send: (message: InsightsResponse) => void,
  ) {}

  /**
   * Sends a fresh report. Asked again while one is being made, it makes one more once that
   * is done (with the newest ask): a burst of changes costs two reports, not one each.
   */
  report(ask: Ask): Promise<void> {
    const first = this.queued === undefined;
    this.queued = ask;
    if (!first) return this.running;
    const run = async () => {
      const current = this.queued;
      this.queued = undefined;
      if (current) await this.reportNow(current);
    };
    this.running = this.running.then(run, run);
    return this.running;
  }

  /** Waits for what is under way, the cache stored included. */
  idle(): Promise<void> {
    return this.running;
  }

  private async reportNow(ask: Ask): Promise<void> {
    try {
      await this.catchUp();
      await this.sendReport(ask);
      if (this.dirty) await this.store().catch(() => undefined);
      // After the report: counting a large journal's setbacks takes IndexedDB most of a
      // second. A count that differs means a note was lost (the app closed as it was
      // written): the facts are mended and the page told again.
      if ((await this.journal.count()) === this.columns.ids.length) return;
      await this.reconcile();
      await this.sendReport(ask);
      if (this.dirty) await this.store().catch(() => undefined);
    } catch (error) {
      this.send({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }

  private async sendReport(ask: Ask): Promise<void> {
    const stories = await this.journal.stories();
    const figures = aggregate(this.columns, stories, ask.today, ask.lessonLimit);
    const ids = idsToRead(figures);
    const read = await this.journal.read(ids);
    const shown = new Map<string, ShownEntry>();
    read.forEach((entry, index) => {
      if (entry && entry.deletedAt === null) shown.set(ids[index]!, entry);
    });
    this.send({ type: 'report', report: resolveReport(figures, shown) });
  }

  /** Brings the facts in step with the journal: the notes, and setbacks written since. */
  private async catchUp(): Promise<void> {
    const [notes, stored] = await Promise.all([
      this.cache.pending(),
      this.loaded ? undefined : this.cache.load(this.journal.version),
    ]);
    if (stored?.found) {
      this.columns = stored.columns;
      this.watermark = stored.watermark;
      this.loaded = true;
    }
    if (!this.loaded || notes.some((note) => note.id === REBUILD_NOTE)) {
      await this.readAll();
      this.applied = notes;
      return;
    }
    const noted = notes.map((note) => note.id);
    const [changed, reread] = await Promise.all([this.journal.changedSince(this.watermark), this.journal.read(noted)]);
    this.apply([
      ...changed.map((entry) => [entry.id, entry] as const),
      ...noted.map((id, index) => [id, reread[index]] as const),
    ]);
    this.applied = [...this.applied, ...notes];
  }

  /** Reads every setback, one page per task, telling the page how far it has got. */
  private async readAll(): Promise<void> {
    // The count and the first page are read together, and each next page while the one
    // before is worked through: IndexedDB reads in the browser's process meanwhile.
    const counting = this.journal.count();
    let next = this.journal.page(null, PAGE_SIZE);
    const total = await counting;
    const facts: EntryFact[] = [];
    let watermark = '';
    this.send({ type: 'progress', read: 0, total });
    for (;;) {
      const page = await next;
      if (page.length === 0) break;
      next = this.journal.page(page.at(-1)!.id, PAGE_SIZE);
      for (const entry of page) {
        const fact = safeFactOf(entry);
        if (fact) facts.push(fact);
        if (entry.updatedAt > watermark) watermark = entry.updatedAt;
      }
      this.send({ type: 'progress', read: facts.length, total: Math.max(total, facts.length) });
    }
    this.columns = toFactColumns(facts);
    this.watermark = watermark;
    this.loaded = true;
    this.dirty = true;
  }

  /** Drops facts of setbacks no longer there, and reads those the facts lack. */
  private async reconcile(): Promise<void> {
    const ids = await this.journal.allIds();
    const present = new Set(ids);
    const known = new Set(this.columns.ids);
    const gone = this.columns.ids.filter((id) => !present.has(id)).map((id) => [id, undefined] as const);
    const missing = ids.filter((id) => !known.has(id));
    const read = await this.journal.read(missing);
    this.apply([...gone, ...missing.map((id, index) => [id, read[index]] as const)]);
  }

  /** Replaces the facts of setbacks read again; one gone (or unreadable) is dropped. */
  private apply(changes: readonly (readonly [string, Entry | undefined])[]): void {
    if (changes.length === 0) return;
    const facts = new Map<string, EntryFact | null>();
    for (const [id, entry] of changes) {
      facts.set(id, (entry && safeFactOf(entry)) ?? null);
      if (entry && entry.updatedAt > this.watermark) this.watermark = entry.updatedAt;
    }
    this.columns = withChanges(this.columns, facts);
    this.dirty = true;
  }

  private async store(): Promise<void> {
    const applied = this.applied;
    this.dirty = false;
    this.applied = [];
    try {
      await this.cache.save(this.columns, this.watermark, this.journal.version, applied);
    } catch (error) {
      // Not stored: the notes stay, and the next reading takes them in again.
      this.dirty = true;
      throw error;
    }
  }
}
