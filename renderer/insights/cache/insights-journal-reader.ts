// Reads the journal for Insights, from inside its worker. It opens the journal database as
// it is (no schema of its own) and never writes to it.
import { Dexie } from 'dexie';
import { journalLayout } from '../../db/lock-session';
import { sealingMiddleware, type SealingState } from '../../db/sealing';
import type { Entry } from '../../../shared/entry';
import type { StoryInput } from '../../../shared/insights/aggregate';
import type { Story } from '../../../shared/story';

/** A record the app wrote (and validated then): an object with a string id. */
const isRecord = (value: unknown): value is { id: string } =>
  typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string';

const asEntry = (value: unknown) => (isRecord(value) ? (value as Entry) : undefined);

function asStory(value: unknown): StoryInput | undefined {
  if (!isRecord(value)) return undefined;
  const story = value as Story;
  if (story.deletedAt || !Array.isArray(story.entryIds)) return undefined;
  const parts = [story.whatHappened, story.whyItHappened, story.whatIDid, story.whatILearned, story.roleConnection];
  return { id: story.id, title: String(story.title ?? ''), entryIds: story.entryIds, text: parts.join('\n') };
}

/** The journal, read as it is; with the lock on, through the same sealing as the page (`sealing`). */
export async function openInsightsJournal(name: string, sealing: SealingState | null = null) {
  const db = new Dexie(name);
  if (sealing) db.use(sealingMiddleware(journalLayout, sealing));
  await db.open();
  const entries = db.table('entries');

  return {
    version: db.verno,

    /** Setbacks after id `after` (exclusive), in id order: one page of a full reading. */
    async page(after: string | null, size: number): Promise<Entry[]> {
      const query = after === null ? entries.orderBy(':id') : entries.where(':id').above(after);
      const values: unknown[] = await query.limit(size).toArray();
      return values.flatMap((value) => asEntry(value) ?? []);
    },

    /** Some setbacks by id; undefined where one is gone. */
    async read(ids: readonly string[]): Promise<(Entry | undefined)[]> {
      const values: unknown[] = await entries.bulkGet([...ids]);
      return values.map(asEntry);
    },

    /** Setbacks written after `watermark` (ISO time), through the `updatedAt` index. */
    async changedSince(watermark: string): Promise<Entry[]> {
      const values: unknown[] = await entries.where('updatedAt').above(watermark).toArray();
      return values.flatMap((value) => asEntry(value) ?? []);
    },

    count: (): Promise<number> => entries.count(),

    /** Every setback's id (keys only): to find what the notes missed. */
    allIds: async (): Promise<string[]> => (await entries.toCollection().primaryKeys()).map(String),

    /** Stories not in the Trash (few: read whole every time). */
    async stories(): Promise<StoryInput[]> {
      const values: unknown[] = await db.table('stories').toArray();
      return values.flatMap((value) => asStory(value) ?? []);
    },

    close: () => db.close(),
  };
}

export type InsightsJournal = Awaited<ReturnType<typeof openInsightsJournal>>;
