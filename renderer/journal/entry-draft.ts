import { z } from 'zod';
import {
  EntryFieldsSchema,
  EntryTypeSchema,
  StakesSchema,
  formatTagText,
  parseTagText,
  type Entry,
  type EntryFieldsInput,
  type EntryType,
} from '../../shared/entry';
import { fieldErrorsOf } from '../../shared/field-errors';
import { isoDateOf } from '../../shared/text-fields';
import type { EntryPatch } from '../db/entry-repository';

/**
 * What the entry form holds while the person types: tags stay as the text being typed.
 * A schema because unsaved drafts are stored (the capture form) and read back through it.
 */
export const EntryDraftSchema = z.object({
  title: z.string(),
  whatHappened: z.string(),
  occurredOn: z.string(),
  type: EntryTypeSchema.optional(),
  tagsText: z.string(),
  stakes: StakesSchema,
  feelings: z.string(),
  reflection: z.object({
    whyItHappened: z.string(),
    whatIDid: z.string(),
    whatILearned: z.string(),
    whatIChanged: z.string(),
  }),
});
export type EntryDraft = z.infer<typeof EntryDraftSchema>;

/** True when nothing has been written yet (the date and stakes have defaults of their own). */
export function isBlankDraft(draft: EntryDraft): boolean {
  return (
    !draft.title &&
    !draft.whatHappened &&
    !draft.tagsText &&
    !draft.feelings &&
    draft.type === undefined &&
    Object.values(draft.reflection).every((part) => !part)
  );
}

export function emptyDraft(today = new Date()): EntryDraft {
  return {
    title: '',
    whatHappened: '',
    occurredOn: isoDateOf(today),
    type: undefined,
    tagsText: '',
    stakes: 'medium',
    feelings: '',
    reflection: { whyItHappened: '', whatIDid: '', whatILearned: '', whatIChanged: '' },
  };
}

export function draftOf(entry: Entry): EntryDraft {
  return {
    title: entry.title,
    whatHappened: entry.whatHappened,
    occurredOn: entry.occurredOn,
    type: entry.type,
    tagsText: formatTagText(entry.tags),
    stakes: entry.stakes,
    feelings: entry.feelings ?? '',
    reflection: { ...entry.reflection },
  };
}

/** The schema input for a draft; tag text still being typed counts as tags. */
export function inputOf(draft: EntryDraft): EntryFieldsInput {
  const { tagsText, type, feelings, ...rest } = draft;
  return {
    ...rest,
    type: type as EntryType,
    tags: parseTagText(tagsText),
    ...(feelings ? { feelings } : {}),
  };
}

export interface CheckedDraft {
  /** The fields that are valid, ready to save; invalid ones keep their stored value. */
  patch: EntryPatch;
  /** One message per invalid field, keyed like `title` or `reflection.whatIDid`. */
  errors: Record<string, string>;
}

/**
 * Splits a draft into what can be saved now and what needs fixing, so one bad field
 * (an emptied title, an impossible date) never blocks saving the others.
 */
export function checkDraft(draft: EntryDraft): CheckedDraft {
  const input = inputOf(draft);
  const result = EntryFieldsSchema.safeParse(input);
  if (result.success) return { patch: input, errors: {} };
  const errors = fieldErrorsOf(result.error);
  const invalid = (key: string) => Object.keys(errors).some((path) => path === key || path.startsWith(`${key}.`));
  const patch: EntryPatch = {};
  for (const [key, value] of Object.entries(input) as [keyof EntryFieldsInput, unknown][]) {
    if (key === 'reflection') continue;
    if (!invalid(key)) Object.assign(patch, { [key]: value });
  }
  const reflection = Object.fromEntries(
    Object.entries(draft.reflection).filter(([part]) => !invalid(`reflection.${part}`)),
  );
  if (Object.keys(reflection).length > 0) patch.reflection = reflection;
  return { patch, errors };
}
