// What Insights keeps of each setback: numbers and flags, never its words. Tags and the
// terms of "Why it happened" are kept as hashes; the page's words are read again from the
// journal for the few setbacks it shows.
import { entryTypes, type Entry, type EntryType } from '../entry';
import { reflectionStateOf } from '../reflection-state';
import { questionMaskOfKind, questionMaskOfText, type QuestionMask } from './interview-questions';
import { termHash, termsOf } from './text-terms';

/**
 * Terms of "Why it happened" kept per setback, in the order written. A cause is usually
 * named in the first sentences, and the cache must stay small for journals of 100,000.
 */
export const MAX_CAUSE_TERMS = 128;

/**
 * Bumped whenever what `factOf` derives changes (its words, stems, questions): a cache made
 * by other rules is rebuilt rather than mixed with new facts.
 */
export const FACTS_VERSION = 1;

/** A list of hashes: an array, or a view on a stored column. */
export type HashList = ArrayLike<number> & Iterable<number>;

export interface EntryFact {
  id: string;
  type: EntryType;
  /** In the Trash: kept so the cache's count matches the journal's, left out of every figure. */
  trashed: boolean;
  /** The day it happened as a number, 2026-03-14 → 20260314 (orders like the date). */
  occurredOn: number;
  createdMs: number;
  updatedMs: number;
  /** Why, what I did and what I learned are all written. */
  reflected: boolean;
  /** "What I changed since" is written. */
  hasLesson: boolean;
  /** Questions its title, what happened and why it happened answer by their words. */
  questionsByText: QuestionMask;
  /** Questions its type or tags answer. */
  questionsByKind: QuestionMask;
  /** Hashes of its tags. */
  tags: HashList;
  /** Hashes of the terms of its "Why it happened" (at most MAX_CAUSE_TERMS). */
  causes: HashList;
}

/** The day `YYYY-MM-DD` as the number YYYYMMDD. */
export const dayNumber = (isoDate: string) => Number(isoDate.slice(0, 10).replaceAll('-', ''));

/** The facts Insights keeps of one setback. */
export function factOf(entry: Entry): EntryFact {
  const { reflection } = entry;
  return {
    id: entry.id,
    type: entryTypes.includes(entry.type) ? entry.type : 'technical',
    trashed: entry.deletedAt !== null,
    occurredOn: dayNumber(entry.occurredOn),
    createdMs: Date.parse(entry.createdAt),
    updatedMs: Date.parse(entry.updatedAt),
    reflected: reflectionStateOf(entry) === 'reflected',
    hasLesson: reflection.whatIChanged.trim() !== '',
    questionsByText: questionMaskOfText(`${entry.title}\n${entry.whatHappened}\n${reflection.whyItHappened}`),
    questionsByKind: questionMaskOfKind(entry.tags, [entry.type]),
    tags: entry.tags.map((tag) => termHash(tag)),
    causes: termsOf(reflection.whyItHappened, MAX_CAUSE_TERMS).map((term) => termHash(term.key)),
  };
}
