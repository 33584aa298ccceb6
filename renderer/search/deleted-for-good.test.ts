import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createBackupRepository } from '../db/backup-repository';
import { createDraftRepository } from '../db/draft-repository';
import { checkInDraftId } from '../db/check-in-draft-id';
import { createRecheckRepository } from '../db/recheck-repository';
import { searchServiceFixture } from './test-support/search-service-fixture';

const fixture = searchServiceFixture();

/** Every row of every table of the journal (records, earlier versions, check-ins, drafts), as text. */
async function journalText(): Promise<string> {
  const tables = await Promise.all(fixture.db.tables.map((table) => table.toArray()));
  return JSON.stringify(tables).toLowerCase();
}

describe('deleting for good', () => {
  it('leaves the words nowhere: not in the journal, its history, its check-ins, the drafts, the stored search index or a new backup', async () => {
    const word = 'quillfeather';
    const kept = await fixture.log('Kept setback', 'Nothing private here.');
    const entry = await fixture.log('Private setback', `The ${word} contract fell through.`);
    await fixture.db.drafts.put({ id: 'capture', value: { title: 'Another one' }, savedAt: entry.createdAt });
    await fixture.entries.update(entry.id, { whatHappened: `The ${word} contract fell through, and I said nothing.` });
    await fixture.entries.update(entry.id, {
      reflection: { whatIChanged: 'I raise doubts in writing.', howINoticed: `The ${word} invoice bounced.` },
    });
    // Answered long after the change fell due (the repository's own clock is today's).
    await createRecheckRepository(fixture.db).answer(entry.id, 30, {
      stillDoing: 'yes',
      whereUsed: `the ${word} renewal`,
    });
    await createDraftRepository(fixture.db).save(checkInDraftId(entry.id), {
      howOften: '',
      whereUsed: `${word} again`,
    });
    const { service, store } = await fixture.startService();
    await service.save();
    expect(JSON.stringify(await store.load(fixture.db.verno))).toContain(word);
    expect(await journalText()).toContain(word);

    await fixture.entries.trash(entry.id);
    await service.changed({ entries: [entry.id], stories: [] });
    await fixture.entries.purge(entry.id);
    await service.changed({ entries: [entry.id], stories: [] });

    expect(await journalText()).not.toContain(word);
    expect(JSON.stringify(await store.load(fixture.db.verno))).not.toContain(word);
    const backup = await createBackupRepository(fixture.db).exportBackupText();
    expect(backup.text.toLowerCase()).not.toContain(word);
    expect(backup.text).toContain(kept.id);
  });
});
