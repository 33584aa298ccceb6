import { z } from 'zod';
import {
  EntryFieldsSchema,
  EntryTypeSchema,
  ReflectionSchema,
  StakesSchema,
  formatTagText,
  parseTagText,
  type Entry,
  type EntryFieldsInput,
  type EntryType,
  type Reflection,
} from '../../shared/entry';
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
    // Defaulted: a capture draft stored before the deeper prompts existed still reads back.
    whereIGotLucky: z.string().default(''),
    howINoticed: z.string().default(''),
    whyIWasSurprised: z.string().default(''),
    adviceToSomeone: z.string().default(''),
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

const emptyDraftReflection: EntryDraft['reflection'] = {
  whyItHappened: '',
  whatIDid: '',
  whatILearned: '',
  whatIChanged: '',
  whereIGotLucky: '',
  howINoticed: '',
  whyIWasSurprised: '',
  adviceToSomeone: '',
};

export function emptyDraft(today = new Date()): EntryDraft {
  return {
    title: '',
    whatHappened: '',
    occurredOn: isoDateOf(today),
    type: undefined,
    tagsText: '',
    stakes: 'medium',
    feelings: '',
    reflection: { ...emptyDraftReflection },
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
    // Setbacks stored before the deeper prompts existed have none: they start empty.
    reflection: { ...emptyDraftReflection, ...entry.reflection },
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

/** One field of the form as the person edits it: a capture field or one reflection part. */
export type DraftField = Exclude<keyof EntryDraft, 'reflection'> | `reflection.${keyof Reflection}`;

const reflectionParts = Object.keys(ReflectionSchema.shape) as (keyof Reflection)[];
export const draftFields: readonly DraftField[] = [
  'title',
  'whatHappened',
  'occurredOn',
  'type',
  'tagsText',
  'stakes',
  'feelings',
  ...reflectionParts.map((part) => `reflection.${part}` as const),
];

const fieldSchemas = EntryFieldsSchema.shape;

/** The text or choice a field holds in `draft`. */
function valueOf(draft: EntryDraft, field: DraftField): unknown {
  return field.startsWith('reflection.')
    ? draft.reflection[field.slice('reflection.'.length) as keyof Reflection]
    : draft[field as Exclude<DraftField, `reflection.${string}`>];
}

/** Parses one value with its own schema; messages are keyed by the field's path in the whole entry. */
function checkValue(path: string, schema: z.ZodType, value: unknown, patch: EntryPatch): CheckedDraft {
  const result = schema.safeParse(value);
  if (result.success) return { patch, errors: {} };
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) errors[[path, ...issue.path.map(String)].join('.')] ??= issue.message;
  return { patch, errors };
}

/**
 * Checks one field alone. The entry schema has no rule spanning fields, so this gives the
 * same messages as parsing the whole entry, at the cost of that one field: a keystroke in a
 * long text never re-checks the rest of the entry.
 */
export function checkField(draft: EntryDraft, field: DraftField): CheckedDraft {
  switch (field) {
    case 'tagsText': {
      const tags = parseTagText(draft.tagsText);
      return checkValue('tags', fieldSchemas.tags, tags, { tags });
    }
    case 'feelings':
      // Emptied, "How it felt" is saved as '' (clearing it); the repository leaves it out of the record.
      return draft.feelings
        ? checkValue('feelings', fieldSchemas.feelings, draft.feelings, { feelings: draft.feelings })
        : { patch: { feelings: '' }, errors: {} };
    case 'title':
    case 'whatHappened':
    case 'occurredOn':
    case 'type':
    case 'stakes':
      return checkValue(field, fieldSchemas[field], draft[field], { [field]: draft[field] });
    default: {
      const part = field.slice('reflection.'.length) as keyof Reflection;
      const value = draft.reflection[part];
      return checkValue(field, ReflectionSchema.shape[part], value, { reflection: { [part]: value } });
    }
  }
}

/** Puts per-field results together: valid fields go into the patch, invalid ones only into the errors. */
function combine(checks: readonly CheckedDraft[]): CheckedDraft {
  const patch: EntryPatch = {};
  const errors: Record<string, string> = {};
  for (const checked of checks) {
    if (Object.keys(checked.errors).length > 0) {
      Object.assign(errors, checked.errors);
      continue;
    }
    const { reflection, ...rest } = checked.patch;
    Object.assign(patch, rest);
    if (reflection) patch.reflection = { ...patch.reflection, ...reflection };
  }
  return { patch, errors };
}

/**
 * Splits a draft into what can be saved now and what needs fixing, so one bad field
 * (an emptied title, an impossible date) never blocks saving the others.
 */
export function checkDraft(draft: EntryDraft): CheckedDraft {
  return combine(draftFields.map((field) => checkField(draft, field)));
}

/**
 * `checkDraft` that remembers each field's result and re-checks only the fields whose value
 * changed since the last call: typing costs the check of the field being typed in, not of
 * the whole entry (zod runs without its JIT under our Content-Security-Policy, so it is slow).
 */
export function createDraftChecker(): (draft: EntryDraft) => CheckedDraft {
  const known = new Map<DraftField, { value: unknown; checked: CheckedDraft }>();
  let lastErrors: Record<string, string> = {};
  return (draft) => {
    const checked = combine(
      draftFields.map((field) => {
        const value = valueOf(draft, field);
        const hit = known.get(field);
        if (hit && Object.is(hit.value, value)) return hit.checked;
        const fresh = checkField(draft, field);
        known.set(field, { value, checked: fresh });
        return fresh;
      }),
    );
    // The same messages keep the same object, so memoized fields that show them need not re-render.
    if (sameErrors(checked.errors, lastErrors)) return { patch: checked.patch, errors: lastErrors };
    lastErrors = checked.errors;
    return checked;
  };
}

function sameErrors(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}
