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

/**
 * The stories to print, as stored now (after the editor saved its last words), in order;
 * a missing or trashed one is refused with a message the export shows.
 */
export async function storiesToPrint(ids: readonly string[]): Promise<Story[]> {
  const stories = await Promise.all(ids.map((id) => storyRepository.get(id)));
  return stories.map((story) => {
    if (!story) throw new Error('This story no longer exists, so it cannot be exported.');
    if (story.deletedAt !== null) throw new Error('This story is in the Trash: restore it before exporting it.');
    return story;
  });
}
