import { useLiveQuery } from 'dexie-react-hooks';
import type { PracticeRun } from '../../shared/practice';
import type { PracticeSummary } from '../../shared/practice-readiness';
import { practiceRunRepository } from './practice-access';

/** A story's practice log, newest first, kept live; undefined while loading. */
export function usePracticeRuns(storyId: string): PracticeRun[] | undefined {
  return useLiveQuery(() => practiceRunRepository.listForStory(storyId), [storyId]);
}

/** How often and how lately each story was practised, kept live; undefined while loading. */
export function usePracticeSummaries(
  storyIds: readonly string[] | undefined,
): Map<string, PracticeSummary> | undefined {
  const key = storyIds?.join(',');
  return useLiveQuery(
    () => (storyIds ? practiceRunRepository.summaries(storyIds) : undefined),
    // `key` stands for the ids: a new array of the same stories asks nothing.
    [key],
  );
}
