import { describe, expect, it } from 'vitest';
import { touchesSearchedTables } from './record-lookup';

describe('writes that touch search', () => {
  it("hears writes to the journal's entries and stories, not to other tables or databases", () => {
    expect(
      touchesSearchedTables({ 'idb://hindsight/entries/': {}, 'idb://hindsight/entries/tags': {} }, 'hindsight'),
    ).toBe(true);
    expect(touchesSearchedTables({ 'idb://hindsight/stories/:dels': {} }, 'hindsight')).toBe(true);
    expect(
      touchesSearchedTables({ 'idb://hindsight/drafts/': {}, 'idb://hindsight/revisions/': {} }, 'hindsight'),
    ).toBe(false);
    expect(touchesSearchedTables({ 'idb://hindsight-search/entries/': {} }, 'hindsight')).toBe(false);
  });
});
