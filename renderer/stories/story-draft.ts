import type { FollowUp, KeyPhrase, Story, StoryFieldsInput, StoryStatus } from '../../shared/story';
import { StoryFieldsSchema } from '../../shared/story';
import { fieldErrorsOf } from '../../shared/field-errors';
import type { StoryPatch } from '../db/story-repository';

/** What the story form holds while the person types. */
export interface StoryDraft {
  title: string;
  whatHappened: string;
  whyItHappened: string;
  whatIDid: string;
  whatILearned: string;
  roleConnection: string;
  followUps: FollowUp[];
  targetRole: string;
  targetCompany: string;
  status: StoryStatus;
  keyPhrases: KeyPhrase[];
}

export function storyDraftOf(story: Story): StoryDraft {
  return {
    title: story.title,
    whatHappened: story.whatHappened,
    whyItHappened: story.whyItHappened,
    whatIDid: story.whatIDid,
    whatILearned: story.whatILearned,
    roleConnection: story.roleConnection,
    followUps: story.followUps.map((followUp) => ({ ...followUp })),
    targetRole: story.targetRole,
    targetCompany: story.targetCompany,
    status: story.status,
    keyPhrases: story.keyPhrases?.map((phrase) => ({ ...phrase })) ?? [],
  };
}

export interface CheckedStoryDraft {
  patch: StoryPatch;
  errors: Record<string, string>;
}

/**
 * Splits a draft into the fields that can be saved now and messages for the rest. A field
 * with any invalid part (one follow-up without its question) is held back whole, so a save
 * never drops stored text; leaving the page keeps it (see kept-edits).
 */
export function checkStoryDraft(draft: StoryDraft, entryIds: readonly string[]): CheckedStoryDraft {
  const input: StoryFieldsInput = { ...draft, entryIds: [...entryIds] };
  const result = StoryFieldsSchema.safeParse(input);
  if (result.success) return { patch: draft, errors: {} };
  const errors = fieldErrorsOf(result.error);
  const invalidKeys = new Set(Object.keys(errors).map((path) => path.split('.')[0]));
  const patch = Object.fromEntries(Object.entries(draft).filter(([key]) => !invalidKeys.has(key))) as StoryPatch;
  return { patch, errors };
}
