import { useLiveQuery } from 'dexie-react-hooks';
import type { Entry } from '../../shared/entry';
import type { Story } from '../../shared/story';
import { entryRepository, storyRepository } from './repositories';

/** One story: undefined while loading, null when there is no such story. */
export function useStory(id: string): Story | null | undefined {
  return useLiveQuery(async () => (await storyRepository.get(id)) ?? null, [id]);
}

export function useStories(): Story[] | undefined {
  return useLiveQuery(() => storyRepository.list(), []);
}

export function useStoryTrash(): Story[] | undefined {
  return useLiveQuery(() => storyRepository.listTrash(), []);
}

/** The stories a setback fed, kept live. */
export function useStoriesForEntry(entryId: string): Story[] {
  return useLiveQuery(() => storyRepository.listForEntry(entryId), [entryId], []);
}

/** A story's source setbacks, kept live (their text is shown for reference while editing). */
export function useStorySources(story: Story): Entry[] | undefined {
  return useLiveQuery(() => storyRepository.sourcesOf(story), [story.entryIds.join(',')]);
}

/** Setbacks that could still be linked to a story: recent ones not already among its sources. */
export function useLinkableEntries(story: Story): Entry[] {
  return useLiveQuery(
    async () => {
      const { entries } = await entryRepository.listJournal({}, 200);
      return entries.filter((entry) => !story.entryIds.includes(entry.id));
    },
    [story.entryIds.join(',')],
    [],
  );
}

/** Stories by id, in the order asked (for printing); undefined while loading, null for a missing one. */
export function useStoriesById(ids: readonly string[]): (Story | null)[] | undefined {
  return useLiveQuery(
    () => Promise.all(ids.map(async (id) => (await storyRepository.get(id)) ?? null)),
    [ids.join(',')],
  );
}
