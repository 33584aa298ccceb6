import { useLiveQuery } from 'dexie-react-hooks';
import type { Entry } from '../../shared/entry';
import { entryRepository } from './app-database';
import type { JournalFilter, JournalPage } from './entry-repository';

/** One page of the journal, kept live: it updates when any entry changes. */
export function useJournalPage(filter: JournalFilter, limit: number): JournalPage | undefined {
  return useLiveQuery(
    () => entryRepository.listJournal(filter, limit),
    [filter.type, filter.tag, filter.waitingOnly, limit],
  );
}

/** One entry: undefined while loading, null when there is no such entry. */
export function useEntry(id: string): Entry | null | undefined {
  return useLiveQuery(async () => (await entryRepository.get(id)) ?? null, [id]);
}

export function useTrash(): Entry[] | undefined {
  return useLiveQuery(() => entryRepository.listTrash(), []);
}

export function useTrashCount(): number {
  return useLiveQuery(() => entryRepository.countTrash(), [], 0);
}

export function useTags(): string[] {
  return useLiveQuery(() => entryRepository.listTags(), [], []);
}
