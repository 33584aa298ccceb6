// Turns the figures' hashes and ids into the words and titles the page shows, from the few
// setbacks read again for it. A hash no setback still carries (deleted meanwhile) is dropped.
import type { Entry } from '../entry';
import type { InsightsFigures } from './aggregate';
import type { InsightsReport, SetbackLink } from './insights-report';
import { interviewQuestions } from './interview-questions';
import { termHash, termsOf } from './text-terms';
import { MAX_CAUSE_TERMS } from './entry-facts';

/** The fields of a setback the page names it by, or shows. */
export type ShownEntry = Pick<Entry, 'id' | 'title' | 'occurredOn' | 'tags' | 'reflection'>;

const CAUSES_SHOWN = 6;
/** A single word is left out when a pair holding it accounts for nearly all its setbacks. */
const PAIR_ABSORBS = 0.8;

/** Every setback id the figures name: read these, then call `resolveReport`. */
export function idsToRead(figures: InsightsFigures): string[] {
  return [
    ...new Set([
      ...figures.causes.flatMap((cause) => cause.examples),
      ...figures.coverage.flatMap((row) => row.suggestions),
      ...figures.lessons.ids,
      ...figures.tagExamples.values(),
    ]),
  ];
}

/** The report the page shows, from the figures and the setbacks `idsToRead` named. */
export function resolveReport(figures: InsightsFigures, entries: ReadonlyMap<string, ShownEntry>): InsightsReport {
  const link = (id: string): SetbackLink[] => {
    const entry = entries.get(id);
    return entry ? [{ id, title: entry.title, occurredOn: entry.occurredOn }] : [];
  };

  const tagNames = new Map<number, string>();
  for (const [hash, id] of figures.tagExamples) {
    const name = entries.get(id)?.tags.find((tag) => termHash(tag) === hash);
    if (name !== undefined) tagNames.set(hash, name);
  }
  const byName = (a: { tag: string }, b: { tag: string }) => a.tag.localeCompare(b.tag);

  const causeWords = new Map<number, { key: string; surface: string }>();
  for (const cause of figures.causes)
    for (const id of cause.examples) {
      const why = entries.get(id)?.reflection.whyItHappened ?? '';
      const term = termsOf(why, MAX_CAUSE_TERMS).find((candidate) => termHash(candidate.key) === cause.hash);
      if (term) {
        causeWords.set(cause.hash, term);
        break;
      }
    }
  const named = figures.causes.flatMap((cause) => {
    const term = causeWords.get(cause.hash);
    return term ? [{ ...cause, ...term }] : [];
  });
  const pairs = named.filter((cause) => cause.key.includes(' '));
  const causes = named
    .filter(
      (cause) =>
        cause.key.includes(' ') ||
        !pairs.some((pair) => pair.key.split(' ').includes(cause.key) && pair.count >= cause.count * PAIR_ABSORBS),
    )
    .sort((a, b) => b.count - a.count || Number(b.key.includes(' ')) - Number(a.key.includes(' ')))
    .slice(0, CAUSES_SHOWN)
    .map((cause) => ({ words: cause.surface, count: cause.count, examples: cause.examples.flatMap(link) }));

  return {
    setbacks: figures.setbacks,
    stories: figures.stories,
    months: figures.months,
    beforeMonths: figures.beforeMonths,
    topTags: figures.topTags
      .flatMap(({ hash, count }) => {
        const tag = tagNames.get(hash);
        return tag === undefined ? [] : [{ tag, count }];
      })
      .sort((a, b) => b.count - a.count || byName(a, b)),
    tagPairs: figures.tagPairs
      .flatMap(({ a, b, count }) => {
        const [first, second] = [tagNames.get(a), tagNames.get(b)];
        if (first === undefined || second === undefined) return [];
        const tags = [first, second].sort((x, y) => x.localeCompare(y));
        return [{ tags, count }];
      })
      .sort((x, y) => y.count - x.count || `${x.tags.join()}`.localeCompare(`${y.tags.join()}`)),
    reflection: { reflected: figures.reflected, medianToReflectMs: figures.medianToReflectMs },
    causes,
    tagsByType: figures.tagsByType.flatMap(({ hash, type, count, ofType }) => {
      const tag = tagNames.get(hash);
      return tag === undefined ? [] : [{ tag, type, count, ofType }];
    }),
    coverage: figures.coverage.map((row) => {
      const question = interviewQuestions[row.index]!;
      return {
        id: question.id,
        question: question.question,
        stories: row.stories,
        suggestions: row.suggestions.flatMap(link),
      };
    }),
    lessons: {
      total: figures.lessons.total,
      items: figures.lessons.ids.flatMap((id) => {
        const entry = entries.get(id);
        return entry
          ? [{ id, title: entry.title, occurredOn: entry.occurredOn, text: entry.reflection.whatIChanged }]
          : [];
      }),
    },
  };
}
