import { expect, test, type Page } from '@playwright/test';
import { captureDialog, openJournal } from '../pages/journal';
import { logReflectedSetback, migrationSetback, promoteToStory } from '../pages/stories';

/** The title of the stored "Log a setback" draft, read from IndexedDB. */
function storedTitle(page: Page): Promise<string | null> {
  return page.evaluate(
    () =>
      new Promise<string | null>((resolve) => {
        const request = indexedDB.open('hindsight');
        request.onsuccess = () => {
          const read = request.result.transaction('drafts').objectStore('drafts').get('capture');
          read.onsuccess = () => {
            const stored = read.result as { value?: { draft?: { title?: string } } } | undefined;
            resolve(stored?.value?.draft?.title ?? null);
            request.result.close();
          };
        };
      }),
  );
}

/** From now on, notes whether the stored draft is ever missing, checking every 10 ms. */
async function watchForGoneDraft(page: Page): Promise<void> {
  await page.evaluate(() => {
    const watch = window as unknown as { __draftGone?: boolean };
    watch.__draftGone = false;
    const check = () =>
      new Promise<void>((resolve) => {
        const request = indexedDB.open('hindsight');
        request.onsuccess = () => {
          const read = request.result.transaction('drafts').objectStore('drafts').get('capture');
          read.onsuccess = () => {
            if (!read.result) watch.__draftGone = true;
            request.result.close();
            resolve();
          };
        };
      });
    const loop = () => void check().then(() => setTimeout(loop, 10));
    loop();
  });
}

const draftWasGone = (page: Page) => page.evaluate(() => (window as unknown as { __draftGone?: boolean }).__draftGone);

// The desktop prints a PDF by loading the print view in a hidden window of the same app:
// that window must run none of the app's services, or it would restore and then clear the
// half-written "Log a setback" form of the window the person is typing in.
test('opening the print view leaves a half-written setback alone', async ({ page, context }) => {
  await openJournal(page);
  await logReflectedSetback(page, migrationSetback);
  await promoteToStory(page);
  await expect(page).toHaveURL(/#\/stories\/[\w-]+$/);
  const storyPath = new URL(page.url()).hash.slice(1);

  await page.keyboard.press('Control+n');
  await captureDialog(page).getByRole('textbox', { name: 'Title' }).fill('Half-written thought');
  await page.keyboard.press('Escape');
  await expect(captureDialog(page)).toBeHidden();

  // Watched from here while the print view opens: a print window is destroyed as soon as it
  // has printed, so a draft it cleared for a moment would be gone for good.
  await expect.poll(() => storedTitle(page)).toBe('Half-written thought');
  await watchForGoneDraft(page);
  const printView = await context.newPage();
  await printView.goto(`/?variant=sheet&size=A4#${storyPath}/print`);
  await expect(printView.locator('html[data-print-state="ready"]')).toHaveCount(1);
  await printView.waitForTimeout(600);
  await printView.close();
  expect(await draftWasGone(page)).toBe(false);

  await page.reload();
  // The shortcut is the app's: it listens once the app is on screen, as a person would find it.
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Stories' })).toBeVisible();
  await page.keyboard.press('Control+n');
  await expect(captureDialog(page).getByRole('textbox', { name: 'Title' })).toHaveValue('Half-written thought');
});

// A crash in the moment the app starts must not lose the draft either: starting reads the
// stored draft back, and never clears it on the way.
test('starting the app never clears a stored half-written setback, even for a moment', async ({ page, context }) => {
  await openJournal(page);
  await page.keyboard.press('Control+n');
  await captureDialog(page).getByRole('textbox', { name: 'Title' }).fill('Half-written thought');
  await expect.poll(() => storedTitle(page)).toBe('Half-written thought');

  const watcher = await context.newPage();
  await watcher.goto('/#/settings');
  await watchForGoneDraft(watcher);
  await page.reload();
  await expect(captureDialog(page).getByRole('textbox', { name: 'Title' })).toHaveValue('Half-written thought');
  await watcher.waitForTimeout(600);
  expect(await draftWasGone(watcher)).toBe(false);
});
