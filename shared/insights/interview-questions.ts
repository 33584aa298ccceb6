// The interview questions Insights checks your stories against: the failure question and
// the variants interviewers reach for, each with the plain rule that says which stories and
// setbacks answer it. The rules are shown on the page, so they stay simple enough to read.
import type { EntryType } from '../entry';
import { forEachWord, isStopWord, stem } from './text-terms';

export interface InterviewQuestion {
  id: string;
  /** The question as an interviewer asks it. */
  question: string;
  /** Words that answer it when the text uses them (any form: "deadline", "deadlines"). */
  words: readonly string[];
  /** Tags that answer it. */
  tags: readonly string[];
  /** Kinds of setback that answer it whatever their words. */
  types: readonly EntryType[];
  /** Every story answers it (the failure question itself). */
  anyStory?: boolean;
}

export const interviewQuestions: readonly InterviewQuestion[] = [
  {
    id: 'failure',
    question: 'Tell me about a time you failed.',
    words: [],
    tags: [],
    types: [],
    anyStory: true,
  },
  {
    id: 'deadline',
    question: 'Tell me about a deadline you missed.',
    words: ['deadline', 'late', 'delay', 'slipped', 'overran', 'timeline', 'schedule', 'estimate', 'behind'],
    tags: ['deadlines', 'estimates', 'timeline', 'planning'],
    types: [],
  },
  {
    id: 'decision',
    question: 'Tell me about a decision you regret.',
    words: ['decision', 'decided', 'chose', 'choice', 'bet', 'tradeoff', 'regret', 'judgment', 'gamble'],
    tags: ['decisions', 'priorities', 'tradeoffs'],
    types: ['judgment'],
  },
  {
    id: 'criticism',
    question: 'Tell me about criticism you received.',
    words: ['feedback', 'criticism', 'criticized', 'review', 'complained', 'complaint', 'pushback', 'critique'],
    tags: ['feedback', 'reviews'],
    types: [],
  },
  {
    id: 'conflict',
    question: 'Tell me about a conflict you handled badly.',
    words: [
      'conflict',
      'disagreed',
      'disagreement',
      'argument',
      'tension',
      'clash',
      'friction',
      'frustrated',
      'confrontation',
    ],
    tags: ['communication', 'stakeholders', 'culture', 'conflict'],
    types: [],
  },
  {
    id: 'project',
    question: 'Tell me about a project that failed.',
    words: ['project', 'launch', 'feature', 'product', 'cancelled', 'adoption', 'rollout', 'roadmap', 'scrapped'],
    tags: ['launches', 'projects', 'roadmap', 'scope'],
    types: ['strategic'],
  },
  {
    id: 'wrong',
    question: 'Tell me about a time you were sure and turned out wrong.',
    words: ['wrong', 'assumed', 'assumption', 'misjudged', 'underestimated', 'overestimated', 'insisted', 'convinced'],
    tags: ['assumptions', 'estimates', 'research'],
    types: [],
  },
];

/** Bit `index` set: the question at that index in `interviewQuestions` is answered. */
export type QuestionMask = number;

const stemmedWords = interviewQuestions.map((question) => new Set(question.words.map((word) => stem(word))));

/**
 * The questions a setback's kind (its type) or its tags answer, as a bit mask. The failure
 * question is never set here: every story answers it, and a setback only once it is a story.
 */
export function questionMaskOfKind(tags: readonly string[], types: readonly EntryType[]): QuestionMask {
  let mask = 0;
  interviewQuestions.forEach((question, index) => {
    if (question.types.some((type) => types.includes(type)) || question.tags.some((tag) => tags.includes(tag)))
      mask |= 1 << index;
  });
  return mask;
}

/** For each stem a question listens for, the questions (as bits) it answers. */
const questionsOfStem = new Map<string, number>();
stemmedWords.forEach((words, index) => {
  for (const word of words) questionsOfStem.set(word, (questionsOfStem.get(word) ?? 0) | (1 << index));
});

/** The questions a text answers by its words alone (one pass, no list of its words kept). */
export function questionMaskOfText(text: string): QuestionMask {
  let mask = 0;
  forEachWord(text, (word) => {
    let questions = questionsOfWord.get(word);
    if (questions === undefined) {
      questions = isStopWord(word) ? 0 : (questionsOfStem.get(stem(word)) ?? 0);
      if (questionsOfWord.size >= MAX_REMEMBERED_WORDS) questionsOfWord.clear();
      questionsOfWord.set(word, questions);
    }
    mask |= questions;
  });
  return mask;
}

// Each word of a journal is looked up once: the first reading of a large one meets millions.
const questionsOfWord = new Map<string, number>();
const MAX_REMEMBERED_WORDS = 50_000;
