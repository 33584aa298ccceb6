import { z } from 'zod';
import { IsoDateTimeSchema, isCalendarDate, isoDateOf, longText, storedRecordShape } from './text-fields';

export const entryTypes = ['technical', 'judgment', 'strategic'] as const;
export const EntryTypeSchema = z.enum(entryTypes, {
  error: 'Choose the kind of setback: technical, judgment or strategic.',
});
export type EntryType = z.infer<typeof EntryTypeSchema>;

export const entryTypeLabels: Record<EntryType, string> = {
  technical: 'Technical',
  judgment: 'Judgment',
  strategic: 'Strategic',
};

export const stakesLevels = ['low', 'medium', 'high'] as const;
export const StakesSchema = z.enum(stakesLevels);
export type Stakes = z.infer<typeof StakesSchema>;

export const stakesLabels: Record<Stakes, string> = { low: 'Low', medium: 'Medium', high: 'High' };

export const MAX_TITLE_LENGTH = 200;
export const MAX_TAG_LENGTH = 40;
export const MAX_TAGS = 30;
/** Earliest date a setback may be dated: older dates are almost always typos. */
export const EARLIEST_DATE = '1950-01-01';

/** Tags are stored trimmed, lower-case and without duplicates, in the order first written. */
export const TagsSchema = z
  .array(z.string())
  .transform((tags) => normalizeTags(tags))
  .pipe(
    z
      .array(z.string().max(MAX_TAG_LENGTH, `Keep each tag under ${MAX_TAG_LENGTH} characters.`))
      .max(MAX_TAGS, `Use at most ${MAX_TAGS} tags.`),
  );

/** Trims, lower-cases and de-duplicates tags, dropping empty ones. */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const tag of tags) {
    const clean = tag.trim().replace(/\s+/g, ' ').toLowerCase();
    if (clean) seen.add(clean);
  }
  return [...seen];
}

/** Splits the comma-separated text of the Tags field into normalized tags. */
export function parseTagText(text: string): string[] {
  return normalizeTags(text.split(','));
}

/** Formats tags back into the text the Tags field shows. */
export function formatTagText(tags: readonly string[]): string {
  return tags.join(', ');
}

export const OccurredOnSchema = z
  .string()
  .refine(isCalendarDate, 'Enter a real date, like 2026-03-14.')
  .refine((date) => date >= EARLIEST_DATE, 'That date looks too far back: check the year.')
  // A day of slack so a setback logged just after midnight in another time zone still fits.
  .refine(
    (date) => date <= isoDateOf(new Date(Date.now() + 86_400_000)),
    'That date is in the future: when did it happen?',
  );

export const ReflectionSchema = z.object({
  whyItHappened: longText('Why it happened').default(''),
  whatIDid: longText('What I did').default(''),
  whatILearned: longText('What I learned').default(''),
  whatIChanged: longText('What I changed since').default(''),
  // The deeper prompts are optional, not defaulted: setbacks stored before they existed are
  // read from IndexedDB as stored, without them, so the type says they may be missing.
  whereIGotLucky: longText('Where did I get lucky?').optional(),
  howINoticed: longText('How did I notice?').optional(),
  whyIWasSurprised: longText('Why was I surprised?').optional(),
  adviceToSomeone: longText('What would I tell someone about to make the same call?').optional(),
});
export type Reflection = z.infer<typeof ReflectionSchema>;

export const emptyReflection: Reflection = { whyItHappened: '', whatIDid: '', whatILearned: '', whatIChanged: '' };

/** Everything the person writes about a setback: the capture fields and the later reflection. */
export const EntryFieldsSchema = z.object({
  title: z
    .string()
    .trim()
    .min(1, 'Give this setback a short title, so you can find it later.')
    .max(MAX_TITLE_LENGTH, `Keep the title under ${MAX_TITLE_LENGTH} characters.`),
  whatHappened: longText('What happened').default(''),
  occurredOn: OccurredOnSchema,
  type: EntryTypeSchema,
  tags: TagsSchema.default([]),
  stakes: StakesSchema.default('medium'),
  feelings: longText('How it felt').optional(),
  reflection: ReflectionSchema.default(emptyReflection),
});
export type EntryFields = z.infer<typeof EntryFieldsSchema>;
export type EntryFieldsInput = z.input<typeof EntryFieldsSchema>;

/**
 * A setback as stored: the fields plus identity and timestamps. `deletedAt` set = in the Trash.
 * `changeWrittenAt` is when "What I changed since" was first written (the repository sets it;
 * check-ins fall due from it); absent while there is no change, and on setbacks stored before
 * it was recorded (see shared/change-written.ts).
 */
export const EntrySchema = EntryFieldsSchema.extend({
  ...storedRecordShape,
  changeWrittenAt: IsoDateTimeSchema.optional(),
}).strict();
export type Entry = z.infer<typeof EntrySchema>;

export type EntryFieldName = keyof EntryFields;
