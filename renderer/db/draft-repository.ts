import type { z } from 'zod';
import { StoredDraftSchema } from '../../shared/draft';
import type { HindsightDatabase } from './database';
import { validOrThrow } from './record-changes';

/**
 * Unsaved forms (the capture dialog) kept in IndexedDB, so closing the window, a reload or
 * a crash brings the half-written text back. Read back through the form's schema: a draft
 * from an older app or a damaged one is dropped rather than trusted.
 */
export function createDraftRepository(db: HindsightDatabase) {
  return {
    async save(id: string, value: unknown): Promise<void> {
      // Stored as the JSON it is: a form's unset optional fields (undefined) are left out,
      // where the schema (JSON values only) would refuse them and lose the whole draft.
      const json: unknown = JSON.parse(JSON.stringify(value) ?? 'null');
      await db.drafts.put(validOrThrow(StoredDraftSchema, { id, value: json, savedAt: new Date().toISOString() }));
    },

    async load<T>(id: string, schema: z.ZodType<T>): Promise<T | undefined> {
      const stored = await db.drafts.get(id);
      if (!stored) return undefined;
      const parsed = schema.safeParse(stored.value);
      return parsed.success ? parsed.data : undefined;
    },

    async clear(id: string): Promise<void> {
      await db.drafts.delete(id);
    },
  };
}

export type DraftRepository = ReturnType<typeof createDraftRepository>;
