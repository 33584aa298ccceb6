import { describe, expect, it } from 'vitest';
import type { Entry } from '../entry';
import type { Story } from '../story';
import { entryToSearchDoc, storyToSearchDoc } from './search-documents';
import { SearchIndex } from './search-index';
import { loadIndex, packIndex, SearchSnapshotSchema } from './search-snapshot';

const stamp = '2026-01-01T00:00:00.000Z';
function entry(id: string, fields: Partial<Entry> = {}): Entry {
  return {
    id,
    title: `Entry ${id}`,
    whatHappened: '',
    occurredOn: '2026-01-10',
    type: 'technical',
    tags: [],
    stakes: 'medium',
    reflection: { whyItHappened: '', whatIDid: '', whatILearned: '', whatIChanged: '' },
    createdAt: stamp,
    updatedAt: stamp,
    deletedAt: null,
    ...fields,
  };
}
function story(id: string, entryIds: string[], fields: Partial<Story> = {}): Story {
  return {
    id,
    title: `Story ${id}`,
    entryIds,
    whatHappened: '',
    whyItHappened: '',
    whatIDid: '',
    whatILearned: '',
    roleConnection: '',
    followUps: [],
    targetRole: '',
    targetCompany: '',
    status: 'draft',
    createdAt: stamp,
    updatedAt: stamp,
    deletedAt: null,
    ...fields,
  };
}

function indexOf(...entries: Entry[]) {
  const index = new SearchIndex();
  for (const e of entries) index.upsert(entryToSearchDoc(e));
  return index;
}
const ids = (index: SearchIndex, query: string, filter = {}) => index.search(query, { filter }).hits.map((h) => h.id);

describe('SearchIndex', () => {
  const journal = () =>
    indexOf(
      entry('body', { whatHappened: 'The vendor missed the deadline for the migration.' }),
      entry('title', { title: 'Vendor deadline slipped' }),
      entry('tag', { tags: ['vendor'], whatHappened: 'A deadline came and went.' }),
      entry('other', { whatHappened: 'Our rollback plan was never tested.' }),
    );

  it('finds a word anywhere in the text, every word of the query required', () => {
    expect(ids(journal(), 'rollback ')).toEqual(['other']);
    expect(ids(journal(), 'vendor deadline ').sort()).toEqual(['body', 'tag', 'title']);
    expect(ids(journal(), 'vendor rollback ')).toEqual([]);
  });

  it('ranks a match in the title above the tags above the body', () => {
    expect(ids(journal(), 'vendor deadline ')).toEqual(['title', 'tag', 'body']);
  });

  it('puts a title holding every word first, whatever rarer forms other setbacks hold', () => {
    const index = indexOf(
      entry('tagged', { tags: ['deadlines'], whatHappened: 'A vendor call.' }),
      entry('titled', { title: 'The vendor deadline we missed', whatHappened: 'Long story. '.repeat(40) }),
      ...Array.from({ length: 20 }, (_, i) => entry(`filler${i}`, { whatHappened: 'deadline vendor' })),
    );
    expect(ids(index, 'vendor deadl')[0]).toBe('titled');
  });

  it('matches the word still being typed by its start', () => {
    expect(ids(journal(), 'migra')).toEqual(['body']);
    expect(ids(journal(), 'migra ')).toEqual([]);
  });

  it('forgives a small typo, ranking exact matches first', () => {
    expect(ids(journal(), 'rolback ')).toEqual(['other']);
    expect(ids(journal(), 'deadlnie ')).toHaveLength(3);
    const index = indexOf(entry('exact', { whatHappened: 'vendor' }), entry('typo', { whatHappened: 'vender' }));
    expect(ids(index, 'vendor ')).toEqual(['exact', 'typo']);
  });

  it('reports the words that matched, for highlighting', () => {
    const result = journal().search('rolback plan');
    expect(result.matchedTerms).toEqual(expect.arrayContaining(['rollback', 'plan']));
  });

  it('answers nothing, without error, for punctuation, regex characters and unknown scripts', () => {
    const index = journal();
    for (const query of ['', '   ', '?!…', '.*', '[(', '\\', '🎉', '失败'])
      expect(index.search(query).hits).toEqual([]);
  });

  it('finds emoji and CJK text', () => {
    const index = indexOf(entry('cjk', { whatHappened: '上线失败了 🎉' }), entry('en', { whatHappened: 'launch' }));
    expect(ids(index, '失败')).toEqual(['cjk']);
    expect(ids(index, '上线失败')).toEqual(['cjk']);
    expect(ids(index, '🎉')).toEqual(['cjk']);
  });

  it('updates a document in place: old words stop matching, new ones match', () => {
    const index = journal();
    index.upsert(entryToSearchDoc(entry('other', { whatHappened: 'We skipped the canary release.' })));
    expect(ids(index, 'rollback ')).toEqual([]);
    expect(ids(index, 'canary ')).toEqual(['other']);
    expect(index.size).toBe(4);
  });

  it('forgets a removed document', () => {
    const index = journal();
    expect(index.remove('entry:other')).toBe(true);
    expect(ids(index, 'rollback ')).toEqual([]);
    expect(index.remove('entry:other')).toBe(false);
    expect(index.size).toBe(3);
  });

  it('combines with the filters, stories following the setbacks they grow from', () => {
    const index = indexOf(
      entry('tech', { whatHappened: 'outage', type: 'technical', occurredOn: '2025-05-01', tags: ['ops'] }),
      entry('judg', {
        whatHappened: 'outage',
        type: 'judgment',
        occurredOn: '2026-02-01',
        reflection: { whyItHappened: 'x', whatIDid: '', whatILearned: '', whatIChanged: '' },
      }),
    );
    index.upsert(storyToSearchDoc(story('s', ['judg'], { whatHappened: 'the outage' })));
    expect(ids(index, 'outage', { type: 'technical' })).toEqual(['tech']);
    expect(ids(index, 'outage', { type: 'judgment' }).sort()).toEqual(['judg', 's']);
    expect(ids(index, 'outage', { tag: 'ops' })).toEqual(['tech']);
    expect(ids(index, 'outage', { from: '2026-01-01' }).sort()).toEqual(['judg', 's']);
    expect(ids(index, 'outage', { to: '2025-12-31' })).toEqual(['tech']);
    expect(ids(index, 'outage', { waitingOnly: true })).toEqual(['tech']);
    expect(ids(index, 'outage', { hasStory: true }).sort()).toEqual(['judg', 's']);
    expect(ids(index, 'outage', { hasStory: true, type: 'technical' })).toEqual([]);
    index.remove('story:s');
    expect(ids(index, 'outage', { hasStory: true })).toEqual([]);
  });

  it('returns the best hits up to the limit and counts them all', () => {
    const index = indexOf(
      ...Array.from({ length: 300 }, (_, i) => entry(`e${i}`, { whatHappened: 'plan '.repeat((i % 7) + 1) })),
    );
    index.upsert(entryToSearchDoc(entry('best', { title: 'The plan' })));
    const result = index.search('plan', { limit: 20 });
    expect(result.total).toBe(301);
    expect(result.hits).toHaveLength(20);
    expect(result.hits[0]?.id).toBe('best');
  });
});

describe('search snapshots', () => {
  it('packs and loads an index that finds what it found before, dead documents dropped', () => {
    const index = indexOf(
      entry('a', { whatHappened: 'vendor deadline' }),
      entry('b', { title: 'Vendor', whatHappened: 'late' }),
      entry('c', { whatHappened: 'the rollback' }),
    );
    index.remove('entry:c');
    index.upsert(entryToSearchDoc(entry('a', { whatHappened: 'vendor deadline again' })));
    const snapshot = SearchSnapshotSchema.parse(packIndex(index));
    expect(snapshot.docs.keys).toEqual(['entry:b', 'entry:a']);
    const loaded = loadIndex(snapshot);
    for (const query of ['vendor', 'dead', 'rollback', 'vendr ', 'again'])
      expect(ids(loaded, query)).toEqual(ids(index, query));
  });

  it('keeps taking updates after loading, without touching the snapshot', () => {
    const snapshot = packIndex(indexOf(entry('a', { whatHappened: 'vendor' })));
    const copy = snapshot.numbers.slice();
    const loaded = loadIndex(snapshot);
    loaded.upsert(entryToSearchDoc(entry('b', { whatHappened: 'vendor' })));
    loaded.upsert(entryToSearchDoc(entry('a', { whatHappened: 'client' })));
    expect(ids(loaded, 'vendor ')).toEqual(['b']);
    expect(ids(loaded, 'client ')).toEqual(['a']);
    expect(snapshot.numbers).toEqual(copy);
  });

  it('rejects a snapshot of another version or with broken arrays', () => {
    const snapshot = packIndex(indexOf(entry('a')));
    expect(SearchSnapshotSchema.safeParse({ ...snapshot, version: 0 }).success).toBe(false);
    expect(SearchSnapshotSchema.safeParse({ ...snapshot, starts: new Uint32Array(0) }).success).toBe(false);
  });
});

describe('document columns', () => {
  it('store every fact of a document and give it back whole', () => {
    const index = new SearchIndex();
    index.upsert(entryToSearchDoc(entry('e', { tags: ['ops', 'on call'], type: 'judgment' })));
    index.upsert(storyToSearchDoc(story('s', ['e', 'f'], { targetRole: 'SRE' })));
    const loaded = loadIndex(SearchSnapshotSchema.parse(packIndex(index)));
    expect(loaded.docs).toEqual(index.docs);
  });

  it('are refused when they do not line up', () => {
    const snapshot = packIndex(indexOf(entry('a'), entry('b')));
    const docs = { ...snapshot.docs, titles: ['only one'] };
    expect(SearchSnapshotSchema.safeParse({ ...snapshot, docs }).success).toBe(false);
  });
});
