import 'fake-indexeddb/auto';
import { z } from 'zod';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type HindsightDatabase } from './database';
import { createDraftRepository } from './draft-repository';

let db: HindsightDatabase;

beforeEach(() => {
  db = openDatabase(`drafts-${crypto.randomUUID()}`);
});

afterEach(async () => {
  db.close();
  await db.delete();
});

const FormSchema = z.object({ title: z.string(), type: z.enum(['technical', 'judgment']).optional() });

describe('drafts', () => {
  it('stores a half-written form whose optional fields are still unset, and reads it back', async () => {
    const drafts = createDraftRepository(db);
    await drafts.save('capture', { title: 'Half-written thought', type: undefined });
    expect(await drafts.load('capture', FormSchema)).toEqual({ title: 'Half-written thought' });
  });

  it('drops a stored draft its form no longer accepts', async () => {
    const drafts = createDraftRepository(db);
    await drafts.save('capture', { title: 42 });
    expect(await drafts.load('capture', FormSchema)).toBeUndefined();
  });
});
