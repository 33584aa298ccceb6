import { expect, type Page } from '@playwright/test';

/** The journal's search field. */
export function searchBox(page: Page) {
  return page.getByRole('searchbox', { name: 'Search' });
}

/**
 * Types a search (replacing what was there) and waits until results for it are shown: the
 * summary is busy from the keystroke until its answer arrives.
 */
export async function search(page: Page, text: string): Promise<void> {
  await searchBox(page).fill(text);
  await expect(searchSummary(page)).toHaveAttribute('aria-busy', 'false');
}

/** The matches, best first. */
export function matches(page: Page) {
  return page.getByRole('list', { name: 'Matches' }).getByRole('listitem');
}

/** The line that says how many matches there are (or why there are none). */
export function searchSummary(page: Page) {
  return page.getByRole('region', { name: 'Search results' }).locator('.search-summary');
}
