import { useLiveQuery } from 'dexie-react-hooks';
import type { Story } from '../../shared/story';
import { storyRepository } from '../db/app-database';

/** The stories to print, in the order asked; undefined while loading, null for a missing one. */
export function usePrintStories(ids: readonly string[]): (Story | null)[] | undefined {
  return useLiveQuery(
    () => Promise.all(ids.map(async (id) => (await storyRepository.get(id)) ?? null)),
    [ids.join(',')],
  );
}
