import { describe, expect, it } from 'vitest';
import { SEARCH_PAGE_SIZE, SEARCH_RESULT_LIMIT } from '../../shared/search/search-protocol';
import { firstPage, nextPage, pagingFor } from './result-paging';

describe('result paging', () => {
  it('lists one more page each time the end is near, never past the limit, never fewer', () => {
    let paging = firstPage('vendor', '{}');
    expect(paging.limit).toBe(SEARCH_PAGE_SIZE);
    paging = nextPage(paging, SEARCH_PAGE_SIZE);
    expect(paging.limit).toBe(2 * SEARCH_PAGE_SIZE);
    // Asked again before the bigger answer came: still one page more than what is shown.
    expect(nextPage(paging, SEARCH_PAGE_SIZE).limit).toBe(2 * SEARCH_PAGE_SIZE);
    for (let step = 0; step < 10; step++) paging = nextPage(paging, paging.limit);
    expect(paging.limit).toBe(SEARCH_RESULT_LIMIT);
  });

  it('keeps the rows scrolled to while the same search is typed on', () => {
    const scrolled = nextPage(nextPage(firstPage('vend', '{}'), 50), 100);
    expect(pagingFor(scrolled, 'vendor', '{}')).toEqual({ query: 'vendor', filterKey: '{}', limit: 150 });
    expect(pagingFor(scrolled, 'vend', '{}')).toBe(scrolled);
  });

  it('starts again at one page for a new search: other words, a shorter text, another filter', () => {
    const scrolled = nextPage(firstPage('vendor', '{}'), 50);
    expect(pagingFor(scrolled, 'deadline', '{}').limit).toBe(SEARCH_PAGE_SIZE);
    expect(pagingFor(scrolled, 'vend', '{}').limit).toBe(SEARCH_PAGE_SIZE);
    expect(pagingFor(scrolled, 'vendor', '{"type":"technical"}').limit).toBe(SEARCH_PAGE_SIZE);
  });
});
