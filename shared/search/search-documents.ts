import type { Entry, EntryType } from '../entry';
import { reflectionStateOf } from '../reflection-state';
import type { Story } from '../story';

export type SearchDocKind = 'entry' | 'story';

/** What the search index reads from an entry or a story: its text by weight, and its facts. */
export interface SearchDoc {
  /** `entry:<id>` or `story:<id>`: one key space for both kinds. */
  key: string;
  kind: SearchDocKind;
  id: string;
  title: string;
  /** Tags of an entry; target role and company of a story. Weighed like the title, almost. */
  tags: readonly string[];
  /** Every other text field, one after the other. */
  body: string;
  type: EntryType | null;
  /** Day the setback happened; empty for stories. */
  occurredOn: string;
  waiting: boolean;
  /** Setbacks a story grows from; empty for entries. */
  entryIds: readonly string[];
  /** Orders equal scores: newest first. */
  sortKey: string;
}

export const searchKey = (kind: SearchDocKind, id: string) => `${kind}:${id}`;

/** The kind and id a search key stands for. */
export function parseSearchKey(key: string): { kind: SearchDocKind; id: string } | null {
  const at = key.indexOf(':');
  const kind = key.slice(0, at);
  return kind === 'entry' || kind === 'story' ? { kind, id: key.slice(at + 1) } : null;
}

/** The searchable form of a setback. */
export function entryToSearchDoc(entry: Entry): SearchDoc {
  const { reflection } = entry;
  return {
    key: searchKey('entry', entry.id),
    kind: 'entry',
    id: entry.id,
    title: entry.title,
    tags: entry.tags,
    body: [
      entry.whatHappened,
      entry.feelings ?? '',
      reflection.whyItHappened,
      reflection.whatIDid,
      reflection.whatILearned,
      reflection.whatIChanged,
      reflection.whereIGotLucky ?? '',
      reflection.howINoticed ?? '',
      reflection.whyIWasSurprised ?? '',
      reflection.adviceToSomeone ?? '',
    ].join('\n'),
    type: entry.type,
    occurredOn: entry.occurredOn,
    waiting: reflectionStateOf(entry) === 'waiting',
    entryIds: [],
    sortKey: `${entry.occurredOn}|${entry.createdAt}`,
  };
}

/** The searchable form of a story: its five parts and the follow-ups people rehearse. */
export function storyToSearchDoc(story: Story): SearchDoc {
  return {
    key: searchKey('story', story.id),
    kind: 'story',
    id: story.id,
    title: story.title,
    tags: [story.targetRole, story.targetCompany].filter(Boolean),
    body: [
      story.whatHappened,
      story.whyItHappened,
      story.whatIDid,
      story.whatILearned,
      story.roleConnection,
      ...story.followUps.flatMap((followUp) => [followUp.question, followUp.answer]),
    ].join('\n'),
    type: null,
    occurredOn: '',
    waiting: false,
    entryIds: story.entryIds,
    sortKey: `${story.updatedAt.slice(0, 10)}|${story.createdAt}`,
  };
}
