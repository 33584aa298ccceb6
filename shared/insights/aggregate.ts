// The figures behind the Insights page, from the facts of every setback and the stories.
// One pass counts; a second walk, newest first, picks the few setbacks the page names.
import { entryTypes, type EntryType } from '../entry';
import { HAS_LESSON, REFLECTED, TRASHED, type FactColumns } from './fact-columns';
import { interviewQuestions, questionMaskOfText, type QuestionMask } from './interview-questions';
import type { MonthRow } from './insights-report';
import { monthLabel, monthOfDay, monthWindow } from './month-window';
import { radixSort, topRuns } from './radix-count';

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
 * Everything the page shows, as numbers and ids, from every setback's facts in columns.
 * `today` is `YYYY-MM-DD` (the chart ends this month); `lessonLimit` is how many lessons to
 * name, newest first.
 */
export function aggregate(
  c: FactColumns,
  stories: readonly StoryInput[],
  today: string,
  lessonLimit: number,
): InsightsFigures {
  const live: number[] = [];
  for (let row = 0; row < c.ids.length; row++) if ((c.flags[row]! & TRASHED) === 0) live.push(row);

  // Months.
  const monthOf = new Uint32Array(c.ids.length);
  const byMonth = new Map<number, number>();
  for (const row of live) {
    const month = monthOfDay(c.occurredOn[row]!);
    monthOf[row] = month;
    byMonth.set(month, (byMonth.get(month) ?? 0) + 1);
  }
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

  // Tags by a small dense number: counts in arrays, pairs keyed by a number, not a string.
  const tagIndex = new Map<number, number>();
  const tagHashes: number[] = [];
  const tagCounts: number[] = [];
  const inType: number[] = [];
  const pairCounts = new Map<number, number>();
  const PAIR = 2 ** 20;
  const ofType = [0, 0, 0];
  const durations = new Float64Array(live.length);
  let reflected = 0;
  const indices: number[] = [];

  for (const row of live) {
    const typeIndex = c.types[row]!;
    const monthRow = months[monthOf[row]! - window.from];
    const shown = monthRow !== undefined && monthOf[row]! >= window.from;
    if (shown) {
      monthRow[entryTypes[typeIndex]!]++;
      ofType[typeIndex]!++;
    } else beforeMonths++;
    indices.length = 0;
    for (let at = c.tagStarts[row]!; at < c.tagStarts[row + 1]!; at++) {
      const hash = c.tags[at]!;
      let index = tagIndex.get(hash);
      if (index === undefined) {
        index = tagHashes.length;
        tagIndex.set(hash, index);
        tagHashes.push(hash);
        tagCounts.push(0);
        inType.push(0, 0, 0);
      }
      tagCounts[index]!++;
      if (shown) inType[index * 3 + typeIndex]!++;
      indices.push(index);
    }
    if (indices.length > 1) {
      indices.sort((a, b) => a - b);
      for (let i = 0; i < indices.length; i++)
        for (let j = i + 1; j < indices.length; j++) {
          const key = indices[i]! * PAIR + indices[j]!;
          pairCounts.set(key, (pairCounts.get(key) ?? 0) + 1);
        }
    }
    if ((c.flags[row]! & REFLECTED) !== 0) durations[reflected++] = Math.max(0, c.updatedMs[row]! - c.createdMs[row]!);
  }

  const topTags = topBy(
    tagHashes.map((hash, index) => ({ hash, count: tagCounts[index]! })),
    10,
    (a, b) => a.hash - b.hash,
  );
  const tagPairs = topBy(
    [...pairCounts]
      .filter(([, count]) => count >= 2)
      .map(([key, count]) => ({ a: tagHashes[Math.floor(key / PAIR)]!, b: tagHashes[key % PAIR]!, count })),
    10,
    (x, y) => x.a - y.a || x.b - y.b,
  );
  const tagsByType = topBy(
    inType.flatMap((count, at) => {
      if (count < MIN_TAG_IN_TYPE) return [];
      const typeIndex = at % 3;
      return [
        { hash: tagHashes[(at - typeIndex) / 3]!, type: entryTypes[typeIndex]!, count, ofType: ofType[typeIndex]! },
      ];
    }),
    4,
    (a, b) => b.count / b.ofType - a.count / a.ofType || a.hash - b.hash,
  );
  // Each setback holds a term once, so a term's count is the number of setbacks naming it.
  const causes = topRuns(radixSort(liveCauses(c, live)), MIN_CAUSE_SETBACKS, CAUSE_CANDIDATES).map((cause) => ({
    ...cause,
    examples: [] as string[],
  }));

  // Stories and the questions they answer.
  const promotedIds = new Set(stories.flatMap((story) => story.entryIds));
  const kindOf = new Map<string, number>();
  for (const row of live) if (promotedIds.has(c.ids[row]!)) kindOf.set(c.ids[row]!, c.questionsByKind[row]!);
  const storyMasks = stories.map((story) => {
    let mask: QuestionMask = questionMaskOfText(`${story.title}\n${story.text}`);
    for (const id of story.entryIds) mask |= kindOf.get(id) ?? 0;
    return mask;
  });
  const coverage = interviewQuestions.map((question, index) => ({
    index,
    stories: stories
      .filter((_, at) => question.anyStory || (storyMasks[at]! & (1 << index)) !== 0)
      .map(({ id, title }) => ({ id, title })),
    suggestions: [] as string[],
  }));

  // Newest first: setbacks naming tags, suggestions for gaps, lessons, examples of causes.
  const gaps = coverage.filter((row) => row.stories.length === 0);
  const wantedTags = new Set<number>([
    ...topTags.map((tag) => tag.hash),
    ...tagPairs.flatMap((pair) => [pair.a, pair.b]),
    ...tagsByType.map((item) => item.hash),
  ]);
  const wantedCauses = new Map(causes.map((cause) => [cause.hash, cause]));
  let causesToFind = causes.length;
  const tagExamples = new Map<number, string>();
  const lessonIds: string[] = [];
  let lessonTotal = 0;
  for (const row of newestFirst(c, live)) {
    const id = c.ids[row]!;
    const flags = c.flags[row]!;
    if ((flags & HAS_LESSON) !== 0) {
      lessonTotal++;
      if (lessonIds.length < lessonLimit) lessonIds.push(id);
    }
    if (tagExamples.size < wantedTags.size)
      for (const tag of c.tags.subarray(c.tagStarts[row]!, c.tagStarts[row + 1]!))
        if (wantedTags.has(tag) && !tagExamples.has(tag)) tagExamples.set(tag, id);
    if (causesToFind > 0)
      for (const hash of c.causes.subarray(c.causeStarts[row]!, c.causeStarts[row + 1]!)) {
        const cause = wantedCauses.get(hash);
        if (!cause || cause.examples.length >= EXAMPLES_PER_CAUSE) continue;
        cause.examples.push(id);
        if (cause.examples.length === Math.min(EXAMPLES_PER_CAUSE, cause.count)) causesToFind--;
      }
    if ((flags & REFLECTED) !== 0 && !promotedIds.has(id)) {
      const answersMask = c.questionsByText[row]! | c.questionsByKind[row]!;
      for (const gap of gaps) {
        const fits = interviewQuestions[gap.index]!.anyStory || (answersMask & (1 << gap.index)) !== 0;
        if (fits && gap.suggestions.length < SUGGESTIONS_PER_GAP) gap.suggestions.push(id);
      }
    }
  }

  return {
    setbacks: live.length,
    stories: stories.length,
    months,
    beforeMonths,
    topTags,
    tagPairs,
    reflected,
    medianToReflectMs: median(durations.subarray(0, reflected)),
    causes,
    tagsByType,
    coverage,
    lessons: { total: lessonTotal, ids: lessonIds },
    tagExamples,
  };
}

/**
 * Rows newest first (the day it happened, then when it was logged): grouped by day and each
 * day's few rows sorted, cheaper than sorting every row of a large journal.
 */
function* newestFirst(c: FactColumns, rows: readonly number[]): Generator<number> {
  const byDay = new Map<number, number[]>();
  for (const row of rows) {
    const day = c.occurredOn[row]!;
    const list = byDay.get(day);
    if (list) list.push(row);
    else byDay.set(day, [row]);
  }
  for (const day of [...byDay.keys()].sort((a, b) => b - a)) {
    const list = byDay.get(day)!;
    if (list.length > 1) list.sort((a, b) => c.createdMs[b]! - c.createdMs[a]!);
    yield* list;
  }
}

/** The cause hashes of the rows given (ascending), copied a run of consecutive rows at a time. */
function liveCauses(c: FactColumns, rows: readonly number[]): Uint32Array {
  let total = 0;
  for (const row of rows) total += c.causeStarts[row + 1]! - c.causeStarts[row]!;
  const out = new Uint32Array(total);
  let at = 0;
  for (let first = 0; first < rows.length;) {
    let last = first;
    while (last + 1 < rows.length && rows[last + 1] === rows[last]! + 1) last++;
    const from = c.causeStarts[rows[first]!]!;
    const to = c.causeStarts[rows[last]! + 1]!;
    out.set(c.causes.subarray(from, to), at);
    at += to - from;
    first = last + 1;
  }
  return out;
}
