import type { Entry } from './entry';
import { standardFollowUps, type StoryFieldsInput } from './story';

const SENTENCE = /[^.!?…]+(?:[.!?…]+["'”’)\]]*|$)/g;
/** The opening of a story is one or two sentences. */
const OPENING_SENTENCES = 2;

/** The first `count` sentences of `text`, trimmed: the condensed "what happened". */
export function firstSentences(text: string, count: number): string {
  const sentences =
    text
      .match(SENTENCE)
      ?.map((sentence) => sentence.trim())
      .filter(Boolean) ?? [];
  return sentences.slice(0, count).join(' ');
}

function joined(parts: readonly string[]): string {
  return parts
    .map((part) => part.trim())
    .filter(Boolean)
    .join('\n\n');
}

/**
 * Drafts a story from one or more reflected setbacks: the opening condensed to two
 * sentences, the reflection carried over, and "what I changed since" placed in
 * What I learned as the evidence of change. Linked back to every source entry.
 */
export function storyFromEntries(entries: readonly Entry[]): StoryFieldsInput {
  const [first] = entries;
  if (!first) throw new Error('A story needs at least one setback.');
  return {
    title: first.title,
    entryIds: entries.map((entry) => entry.id),
    whatHappened: joined(entries.map((entry) => firstSentences(entry.whatHappened, OPENING_SENTENCES))),
    whyItHappened: joined(entries.map((entry) => entry.reflection.whyItHappened)),
    whatIDid: joined(entries.map((entry) => entry.reflection.whatIDid)),
    whatILearned: joined(entries.flatMap((entry) => [entry.reflection.whatILearned, entry.reflection.whatIChanged])),
    roleConnection: '',
    followUps: standardFollowUps.map((followUp) => ({ ...followUp })),
    status: 'draft',
  };
}
