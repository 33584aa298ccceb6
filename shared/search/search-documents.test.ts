import { describe, expect, it } from 'vitest';
import type { Entry } from '../entry';
import { entryToSearchDoc } from './search-documents';

const stamp = '2026-01-01T00:00:00.000Z';
const entry: Entry = {
  id: 'e1',
  title: 'Vendor slipped',
  whatHappened: '',
  occurredOn: '2026-01-10',
  type: 'judgment',
  tags: [],
  stakes: 'medium',
  reflection: { whyItHappened: '', whatIDid: '', whatILearned: '', whatIChanged: '' },
  createdAt: stamp,
  updatedAt: stamp,
  deletedAt: null,
};

describe('the search document of a setback', () => {
  it('holds the answers to the deeper prompts', () => {
    const doc = entryToSearchDoc({
      ...entry,
      reflection: {
        ...entry.reflection,
        whereIGotLucky: 'lucky backup',
        howINoticed: 'noticed churn',
        whyIWasSurprised: 'surprised quote',
        adviceToSomeone: 'advice escrow',
      },
    });
    for (const word of ['lucky', 'noticed', 'surprised', 'escrow']) expect(doc.body).toContain(word);
  });

  it('is made from a setback stored before the deeper prompts existed', () => {
    expect(entryToSearchDoc(entry).body).not.toContain('undefined');
  });
});
