import { z } from 'zod';
import { EntryTypeSchema, type Entry } from './entry';
import { reflectionStateOf } from './reflection-state';
import { isCalendarDate } from './text-fields';

const CalendarDateSchema = z.string().refine(isCalendarDate, 'Enter a real date, like 2026-03-14.');

/**
 * What the journal list and search results are narrowed to. Every part is optional; the
 * parts combine (AND). `from`/`to` are inclusive calendar dates (YYYY-MM-DD) of `occurredOn`.
 */
export const JournalFilterSchema = z.object({
  type: EntryTypeSchema.optional(),
  tag: z.string().optional(),
  waitingOnly: z.boolean().optional(),
  from: CalendarDateSchema.optional(),
  to: CalendarDateSchema.optional(),
  hasStory: z.boolean().optional(),
});
export type JournalFilter = z.infer<typeof JournalFilterSchema>;

/** True when any part of the filter narrows the list. */
export function isFiltering(filter: JournalFilter): boolean {
  return Boolean(filter.type || filter.tag || filter.waitingOnly || filter.from || filter.to || filter.hasStory);
}

/** The facts about a setback a filter looks at. */
export interface FilterFacts {
  type: Entry['type'];
  tags: readonly string[];
  occurredOn: string;
  waiting: boolean;
  hasStory: boolean;
}

/** Whether a setback with these facts passes the filter. */
export function factsPassFilter(facts: FilterFacts, filter: JournalFilter): boolean {
  if (filter.type && facts.type !== filter.type) return false;
  if (filter.tag && !facts.tags.includes(filter.tag)) return false;
  if (filter.from && facts.occurredOn < filter.from) return false;
  if (filter.to && facts.occurredOn > filter.to) return false;
  if (filter.waitingOnly && !facts.waiting) return false;
  if (filter.hasStory && !facts.hasStory) return false;
  return true;
}

/** The facts about an entry a filter looks at; `hasStory` comes from the stories that link it. */
export type FilterableEntry = Pick<Entry, 'type' | 'tags' | 'occurredOn' | 'reflection' | 'deletedAt'> & {
  hasStory: boolean;
};

/** Whether a live (not trashed) entry passes the filter. */
export function entryPassesFilter(entry: FilterableEntry, filter: JournalFilter): boolean {
  if (entry.deletedAt !== null) return false;
  return factsPassFilter({ ...entry, waiting: reflectionStateOf(entry) === 'waiting' }, filter);
}
