// The figures behind the Insights page, from the facts of every setback and the stories.
// One pass counts; a second walk, newest first, picks the few setbacks the page names.
import { entryTypes, type EntryType } from '../entry';
import type { EntryFact } from './entry-facts';
import { HashCounter } from './hash-counter';
import { interviewQuestions, questionMaskOf, type QuestionMask } from './interview-questions';
import type { MonthRow } from './insights-report';
import { monthLabel, monthOfDay, monthWindow } from './month-window';
import { stemsOf } from './text-terms';

/** A recurring cause needs this many setbacks naming it. */
export const MIN_CAUSE_SETBACKS = 3;
/** A tag recurring in one kind of setback needs this many. */
export const MIN_TAG_IN_TYPE = 3;
/** Causes considered before words are known (pairs may then absorb single words). */
const CAUSE_CANDIDATES = 24;
const SUGGESTIONS_PER_GAP = 3;
const EXAMPLES_PER_CAUSE = 3;

/** A story, as far as Insights reads it. */
export interface StoryInput {
  id: string;
  title: string;
  entryIds: readonly string[];
  /** Its parts, one after another. */
  text: string;
}

export interface InsightsFigures {
  setbacks: number;
  stories: number;
  months: MonthRow[];
  beforeMonths: number;
  topTags: { hash: number; count: number }[];
  tagPairs: { a: number; b: number; count: number }[];
  reflected: number;
  medianToReflectMs: number | null;
  /** Candidates, most setbacks first; words resolved (and pairs preferred) later. */
  causes: { hash: number; count: number; examples: string[] }[];
  tagsByType: { hash: number; type: EntryType; count: number; ofType: number }[];
  coverage: { index: number; stories: { id: string; title: string }[]; suggestions: string[] }[];
  lessons: { total: number; ids: string[] };
  /** For each tag hash the page names, a setback carrying it (its name is read from there). */
  tagExamples: Map<number, string>;
}

function topBy<T extends { count: number }>(items: T[], limit: number, tie: (a: T, b: T) => number): T[] {
  return items.sort((a, b) => b.count - a.count || tie(a, b)).slice(0, limit);
}

function median(values: Float64Array): number | null {
  if (values.length === 0) return null;
  values.sort();
  const middle = values.length >> 1;
  return values.length % 2 ? values[middle]! : (values[middle - 1]! + values[middle]!) / 2;
}

/**
 * Everything the page shows, as numbers and ids. `today` is `YYYY-MM-DD` (the chart ends
 * this month); `lessonLimit` is how many lessons to name, newest first.
 */
export function aggregate(
  allFacts: readonly EntryFact[],
  stories: readonly StoryInput[],
  today: string,
  lessonLimit: number,
): InsightsFigures {
  const facts = allFacts.filter((fact) => !fact.trashed);
  const newestFirst = facts
    .map((_, at) => at)
    .sort((a, b) => facts[b]!.occurredOn - facts[a]!.occurredOn || facts[b]!.createdMs - facts[a]!.createdMs);

  // Months.
  const monthOf = facts.map((fact) => monthOfDay(fact.occurredOn));
  const byMonth = new Map<number, number>();
  for (const month of monthOf) byMonth.set(month, (byMonth.get(month) ?? 0) + 1);
  const known = [...byMonth.keys()];
  const thisMonth = monthOfDay(Number(today.replaceAll('-', '')));
  const window =
    known.length === 0
      ? { from: thisMonth, to: thisMonth - 1 }
      : monthWindow(
          {
            first: Math.min(...known),
            last: Math.max(...known),
            recent: (from, to) => known.some((month) => month >= from && month <= to),
          },
          thisMonth,
        );
  const months: MonthRow[] = [];
  for (let month = window.from; month <= window.to; month++)
    months.push({ month: monthLabel(month), technical: 0, judgment: 0, strategic: 0 });
  let beforeMonths = 0;

  const tagCounts = new Map<number, number>();
  const pairCounts = new Map<string, number>();
  const inType = new Map<string, number>();
  const ofType = [0, 0, 0];
  const causeCounts = new HashCounter(facts.length * 8);
  const durations: number[] = [];
  let reflected = 0;

  facts.forEach((fact, at) => {
    const month = monthOf[at]!;
    const typeIndex = entryTypes.indexOf(fact.type);
    const row = months[month - window.from];
    const shown = row !== undefined && month <= window.to;
    if (shown) {
      row[fact.type]++;
      ofType[typeIndex]!++;
    } else beforeMonths++;
    const tags = [...new Set(fact.tags)].sort((a, b) => a - b);
    tags.forEach((tag, i) => {
      tagCounts.set(tag, (tagCounts.get(tag) ?? 0) + 1);
      if (shown) inType.set(`${typeIndex}:${tag}`, (inType.get(`${typeIndex}:${tag}`) ?? 0) + 1);
      for (let j = i + 1; j < tags.length; j++) {
        const key = `${tag}:${tags[j]}`;
        pairCounts.set(key, (pairCounts.get(key) ?? 0) + 1);
      }
    });
    for (const cause of new Set(fact.causes)) causeCounts.add(cause);
    if (fact.reflected) {
      reflected++;
      durations.push(Math.max(0, fact.updatedMs - fact.createdMs));
    }
  });

  const topTags = topBy(
    [...tagCounts].map(([hash, count]) => ({ hash, count })),
    10,
    (a, b) => a.hash - b.hash,
  );
  const tagPairs = topBy(
    [...pairCounts]
      .filter(([, count]) => count >= 2)
      .map(([key, count]) => {
        const [a, b] = key.split(':').map(Number) as [number, number];
        return { a, b, count };
      }),
    10,
    (x, y) => x.a - y.a || x.b - y.b,
  );
  const tagsByType = topBy(
    [...inType]
      .filter(([, count]) => count >= MIN_TAG_IN_TYPE)
      .map(([key, count]) => {
        const [typeIndex, hash] = key.split(':').map(Number) as [number, number];
        return { hash, type: entryTypes[typeIndex]!, count, ofType: ofType[typeIndex]! };
      }),
    4,
    (a, b) => b.count / b.ofType - a.count / a.ofType || a.hash - b.hash,
  );
  const causes = topBy(causeCounts.atLeast(MIN_CAUSE_SETBACKS), CAUSE_CANDIDATES, (a, b) => a.hash - b.hash).map(
    (cause) => ({ ...cause, examples: [] as string[] }),
  );

  // Stories and the questions they answer.
  const promotedIds = new Set(stories.flatMap((story) => story.entryIds));
  const sources = new Map<string, EntryFact>();
  for (const fact of facts) if (promotedIds.has(fact.id)) sources.set(fact.id, fact);
  const storyMasks = stories.map((story) => {
    let mask: QuestionMask = questionMaskOf(stemsOf(`${story.title}\n${story.text}`), [], []);
    for (const id of story.entryIds) mask |= sources.get(id)?.questionsByKind ?? 0;
    return mask;
  });
  const coverage = interviewQuestions.map((question, index) => ({
    index,
    stories: stories
      .filter((_, at) => question.anyStory || (storyMasks[at]! & (1 << index)) !== 0)
      .map(({ id, title }) => ({ id, title })),
    suggestions: [] as string[],
  }));

  // Newest first: examples of causes, suggestions for gaps, lessons, setbacks naming tags.
  const wantedCauses = new Map(causes.map((cause) => [cause.hash || 1, cause]));
  const gaps = coverage.filter((row) => row.stories.length === 0);
  const wantedTags = new Set<number>([
    ...topTags.map((tag) => tag.hash),
    ...tagPairs.flatMap((pair) => [pair.a, pair.b]),
    ...tagsByType.map((item) => item.hash),
  ]);
  const tagExamples = new Map<number, string>();
  const lessonIds: string[] = [];
  let lessonTotal = 0;
  let causesFull = causes.length === 0;
  for (const at of newestFirst) {
    const fact = facts[at]!;
    if (fact.hasLesson) {
      lessonTotal++;
      if (lessonIds.length < lessonLimit) lessonIds.push(fact.id);
    }
    if (tagExamples.size < wantedTags.size)
      for (const tag of fact.tags) if (wantedTags.has(tag) && !tagExamples.has(tag)) tagExamples.set(tag, fact.id);
    if (!causesFull) {
      for (const hash of new Set(fact.causes)) {
        const cause = wantedCauses.get(hash || 1);
        if (cause && cause.examples.length < EXAMPLES_PER_CAUSE) cause.examples.push(fact.id);
      }
      causesFull = causes.every((cause) => cause.examples.length >= Math.min(EXAMPLES_PER_CAUSE, cause.count));
    }
    if (fact.reflected && !promotedIds.has(fact.id)) {
      const answersMask = fact.questionsByText | fact.questionsByKind;
      for (const gap of gaps) {
        const question = interviewQuestions[gap.index]!;
        const fits = question.anyStory || (answersMask & (1 << gap.index)) !== 0;
        if (fits && gap.suggestions.length < SUGGESTIONS_PER_GAP) gap.suggestions.push(fact.id);
      }
    }
  }

  return {
    setbacks: facts.length,
    stories: stories.length,
    months,
    beforeMonths,
    topTags,
    tagPairs,
    reflected,
    medianToReflectMs: median(Float64Array.from(durations)),
    causes,
    tagsByType,
    coverage,
    lessons: { total: lessonTotal, ids: lessonIds },
    tagExamples,
  };
}
