import { z } from 'zod';
import { RecordIdSchema } from './record-id';
import { IsoDateTimeSchema } from './text-fields';

/**
 * A form not yet saved as a record (the capture dialog), kept so a crash never loses it.
 * The value is checked by the form that reads it back (a draft from an older app, or a
 * damaged one, is dropped rather than trusted), so here it is any JSON value.
 */
export const StoredDraftSchema = z
  .object({
    id: RecordIdSchema,
    value: z.json(),
    savedAt: IsoDateTimeSchema,
  })
  .strict();
export type StoredDraft = z.infer<typeof StoredDraftSchema>;
