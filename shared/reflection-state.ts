import type { Entry, Reflection } from './entry';

export const reflectionStates = ['waiting', 'in-progress', 'reflected'] as const;
export type ReflectionState = (typeof reflectionStates)[number];

export const reflectionStateLabels: Record<ReflectionState, string> = {
  waiting: 'Waiting for reflection',
  'in-progress': 'Reflection started',
  reflected: 'Reflected',
};

/** The three parts a reflection needs before it can become a story. */
const coreParts: readonly (keyof Reflection)[] = ['whyItHappened', 'whatIDid', 'whatILearned'];

/**
 * Where an entry stands on the way from capture to story: nothing reflected yet,
 * some of the core reflection written, or all of it (why, what I did, what I learned).
 * Any part written, the deeper prompts included, counts as started; none of those is required.
 */
export function reflectionStateOf(entry: Pick<Entry, 'reflection'>): ReflectionState {
  const filled = (Object.keys(entry.reflection) as (keyof Reflection)[]).filter(
    (part) => (entry.reflection[part] ?? '').trim() !== '',
  );
  if (filled.length === 0) return 'waiting';
  return coreParts.every((part) => filled.includes(part)) ? 'reflected' : 'in-progress';
}
