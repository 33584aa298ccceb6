import { describe, expect, it } from 'vitest';
import type { Entry } from '../entry';
import { aggregate, type StoryInput } from './aggregate';
import { factOf } from './entry-facts';
import { fromFactColumns, toFactColumns, withChanges } from './fact-columns';
import { idsToRead, resolveReport } from './resolve-report';
import { testEntry } from './test-entries';

const TODAY = '2026-12-06';

/** The page's report for these setbacks and stories, through the same steps as the worker. */
function reportOf(entries: Entry[], stories: StoryInput[] = [], lessonLimit = 20) {
  const figures = aggregate(toFactColumns(entries.map(factOf)), stories, TODAY, lessonLimit);
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const read = new Map(idsToRead(figures).flatMap((id) => (byId.has(id) ? [[id, byId.get(id)!] as const] : [])));
  return resolveReport(figures, read);
}

const story = (id: string, entryIds: string[], text: string, title = `Story ${id}`): StoryInput => ({
  id,
  title,
  entryIds,
  text,
});

describe('setbacks per month', () => {
  it('counts each month of the last twelve by type, ending this month', () => {
    const report = reportOf([
      testEntry({ occurredOn: '2026-12-01', type: 'technical' }),
      testEntry({ occurredOn: '2026-12-03', type: 'judgment' }),
      testEntry({ occurredOn: '2026-03-15', type: 'strategic' }),
      testEntry({ occurredOn: '2024-01-01', type: 'technical' }),
      testEntry({ occurredOn: '2026-11-30', type: 'technical', trashed: true }),
    ]);
    expect(report.months).toHaveLength(12);
    expect(report.months[0]!.month).toBe('2026-01');
    expect(report.months.at(-1)).toEqual({ month: '2026-12', technical: 1, judgment: 1, strategic: 0 });
    expect(report.months.find((row) => row.month === '2026-03')?.strategic).toBe(1);
    expect(report.beforeMonths).toBe(1);
    expect(report.setbacks).toBe(4);
  });

  it('starts at the first setback in a young journal', () => {
    const report = reportOf([testEntry({ occurredOn: '2026-10-20' }), testEntry({ occurredOn: '2026-12-01' })]);
    expect(report.months.map((row) => row.month)).toEqual(['2026-10', '2026-11', '2026-12']);
  });

  it('shows the journal’s own last twelve months when none of it is recent', () => {
    const report = reportOf([testEntry({ occurredOn: '2023-05-02' }), testEntry({ occurredOn: '2022-01-09' })]);
    expect(report.months.at(-1)!.month).toBe('2023-05');
    expect(report.months).toHaveLength(12);
    expect(report.beforeMonths).toBe(1);
  });

  it('is empty for an empty journal', () => {
    expect(reportOf([]).months).toEqual([]);
  });
});

describe('tags', () => {
  it('ranks tags and the pairs that come together', () => {
    const report = reportOf([
      testEntry({ tags: ['hiring', 'process'] }),
      testEntry({ tags: ['hiring', 'process', 'onboarding'] }),
      testEntry({ tags: ['hiring'] }),
      testEntry({ tags: ['onboarding', 'process'] }),
      testEntry({ tags: ['hiring'], trashed: true }),
    ]);
    expect(report.topTags).toEqual([
      { tag: 'hiring', count: 3 },
      { tag: 'process', count: 3 },
      { tag: 'onboarding', count: 2 },
    ]);
    expect(report.tagPairs).toEqual([
      { tags: ['hiring', 'process'], count: 2 },
      { tags: ['onboarding', 'process'], count: 2 },
    ]);
  });

  it('states a tag recurring in one kind of setback, with how many of that kind there are', () => {
    const judgment = (tags: string[]) => testEntry({ type: 'judgment', tags, occurredOn: '2026-09-01' });
    const report = reportOf([
      judgment(['hiring']),
      judgment(['hiring']),
      judgment(['hiring', 'budget']),
      judgment(['hiring']),
      judgment([]),
      testEntry({ type: 'technical', tags: ['hiring'] }),
      testEntry({ type: 'judgment', tags: ['hiring'], occurredOn: '2020-01-01' }),
    ]);
    expect(report.tagsByType).toEqual([{ tag: 'hiring', type: 'judgment', count: 4, ofType: 5 }]);
  });
});

describe('recurring causes', () => {
  it('finds a cause named in three setbacks, prefers the pair to its words, and links the newest', () => {
    const entries = [
      testEntry({ occurredOn: '2026-01-01', why: 'I skipped the staging parity check.' }),
      testEntry({ occurredOn: '2026-02-01', why: 'Again no staging parity, and a rushed deadline.' }),
      testEntry({ occurredOn: '2026-03-01', why: 'Staging parity was never verified.' }),
      testEntry({ occurredOn: '2026-04-01', why: 'The deadline was rushed.' }),
    ];
    const report = reportOf(entries);
    expect(report.causes[0]).toMatchObject({ words: 'staging parity', count: 3 });
    expect(report.causes[0]!.examples.map((e) => e.id)).toEqual([entries[2]!.id, entries[1]!.id, entries[0]!.id]);
    expect(report.causes.map((cause) => cause.words)).not.toContain('staging');
    expect(report.causes.map((cause) => cause.words)).not.toContain('deadline');
  });

  it('counts a setback once however often it repeats the words, and leaves the Trash out', () => {
    const report = reportOf([
      testEntry({ why: 'Vendor, vendor, vendor.' }),
      testEntry({ why: 'The vendor again.' }),
      testEntry({ why: 'The vendor.', trashed: true }),
    ]);
    expect(report.causes).toEqual([]);
  });
});

describe('reflection', () => {
  it('gives the share reflected and the median from logging to the last edit of reflected setbacks', () => {
    const day = 86_400_000;
    const at = (ms: number) => new Date(Date.UTC(2026, 5, 1) + ms).toISOString();
    const report = reportOf([
      testEntry({ why: 'a', createdAt: at(0), updatedAt: at(1 * day) }),
      testEntry({ why: 'b', createdAt: at(0), updatedAt: at(3 * day) }),
      testEntry({ why: 'c', createdAt: at(0), updatedAt: at(10 * day) }),
      testEntry({ createdAt: at(0), updatedAt: at(50 * day) }),
    ]);
    expect(report.reflection).toEqual({ reflected: 3, medianToReflectMs: 3 * day });
    expect(reportOf([testEntry()]).reflection.medianToReflectMs).toBeNull();
  });
});

describe('interview question coverage', () => {
  it('covers questions by a story’s words and its setbacks’ kind and tags, and suggests unpromoted reflected setbacks for gaps', () => {
    const source = testEntry({ type: 'technical', tags: ['feedback'], why: 'x' });
    const deadline = testEntry({ title: 'Missed the launch deadline', why: 'y', occurredOn: '2026-05-01' });
    const newer = testEntry({ title: 'Another late delivery', why: 'z', occurredOn: '2026-07-01' });
    const unreflected = testEntry({ title: 'Deadline slipped again' });
    const report = reportOf(
      [source, deadline, newer, unreflected],
      [story('s1', [source.id], 'I made a decision I regret about the rollout.')],
    );
    const row = (id: string) => report.coverage.find((question) => question.id === id)!;
    expect(row('failure').stories.map((s) => s.id)).toEqual(['s1']);
    expect(row('decision').stories.map((s) => s.id)).toEqual(['s1']);
    expect(row('criticism').stories.map((s) => s.id)).toEqual(['s1']);
    expect(row('deadline').stories).toEqual([]);
    expect(row('deadline').suggestions.map((s) => s.title)).toEqual([
      'Another late delivery',
      'Missed the launch deadline',
    ]);
    expect(row('conflict').suggestions).toEqual([]);
  });

  it('with no story at all, suggests any reflected setback for the failure question', () => {
    const reflected = testEntry({ why: 'I rushed.' });
    const report = reportOf([reflected, testEntry()]);
    expect(report.coverage[0]).toMatchObject({ id: 'failure', stories: [] });
    expect(report.coverage[0]!.suggestions.map((s) => s.id)).toEqual([reflected.id]);
  });
});

describe('lessons', () => {
  it('lists what changed since, newest setback first, up to the limit, with the total', () => {
    const entries = [
      testEntry({ occurredOn: '2026-01-01', changed: 'Weekly risk reviews.' }),
      testEntry({ occurredOn: '2026-03-01', changed: 'A launch checklist.' }),
      testEntry({ occurredOn: '2026-02-01', changed: 'Reference calls with peers.' }),
      testEntry({ occurredOn: '2026-04-01' }),
    ];
    const report = reportOf(entries, [], 2);
    expect(report.lessons.total).toBe(3);
    expect(report.lessons.items.map((item) => item.text)).toEqual([
      'A launch checklist.',
      'Reference calls with peers.',
    ]);
  });
});

describe('the stored columns', () => {
  it('give back the same facts', () => {
    const facts = [
      testEntry({ tags: ['a', 'b'], why: 'A vendor timeline slipped.', changed: 'x' }),
      testEntry({ type: 'strategic', trashed: true }),
    ].map(factOf);
    const back = fromFactColumns(toFactColumns(facts)).map((fact) => ({
      ...fact,
      tags: [...fact.tags],
      causes: [...fact.causes],
    }));
    expect(back).toEqual(facts);
  });
});

describe('changing the stored columns', () => {
  it('replaces, adds and drops setbacks, keeping the rest as they were', () => {
    const [a, b, c] = [
      testEntry({ tags: ['x'], why: 'Vendor slipped.' }),
      testEntry({ tags: ['y', 'z'] }),
      testEntry({ why: 'A rushed plan.' }),
    ];
    const edited = { ...b, tags: ['w'] };
    const added = testEntry({ tags: ['v'], why: 'New cause.' });
    const changed = withChanges(
      toFactColumns([a, b, c].map(factOf)),
      new Map([
        [b.id, factOf(edited)],
        [c.id, null],
        [added.id, factOf(added)],
      ]),
    );
    const plain = (facts: ReturnType<typeof fromFactColumns>) =>
      facts.map((fact) => ({ ...fact, tags: [...fact.tags], causes: [...fact.causes] }));
    expect(plain(fromFactColumns(changed))).toEqual(plain([a, edited, added].map(factOf)));
  });
});

describe('words read again for the page', () => {
  it('leave out what no setback still carries (deleted as the report was made)', () => {
    const entries = [
      testEntry({ tags: ['hiring'], why: 'Reference checks skipped.', changed: 'Two calls.' }),
      testEntry({ tags: ['hiring'], why: 'Reference checks skipped again.' }),
      testEntry({ tags: ['hiring'], why: 'No reference checks.' }),
    ];
    const figures = aggregate(toFactColumns(entries.map(factOf)), [], TODAY, 20);
    const report = resolveReport(figures, new Map());
    expect(report.topTags).toEqual([]);
    expect(report.causes).toEqual([]);
    expect(report.lessons).toEqual({ total: 1, items: [] });
    expect(report.setbacks).toBe(3);
  });
});
