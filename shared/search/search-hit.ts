import { z } from 'zod';
import { entryTypes } from '../entry';

/** One match, with what a result row shows before the record itself is read. */
export const SearchHitSchema = z.object({
  key: z.string(),
  kind: z.enum(['entry', 'story']),
  id: z.string(),
  title: z.string(),
  type: z.enum(entryTypes).nullable(),
  occurredOn: z.string(),
  tags: z.array(z.string()),
  score: z.number(),
});
export type SearchHit = z.infer<typeof SearchHitSchema>;
