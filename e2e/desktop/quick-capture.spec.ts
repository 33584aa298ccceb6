import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { journalList, openJournal, openSetback, openSettings } from '../pages/journal';
import { closeCalls, pretendDesktop, reportedStates } from '../support/fake-desktop';

const PASSPHRASE = 'correct horse battery staple';

/** Opens the quick-capture window's page, as main does, and waits for its form. */
async function openQuickCapture(page: Page): Promise<void> {
  await pretendDesktop(page);
  await page.setViewportSize({ width: 480, height: 400 });
  await page.goto('/#/quick-capture');
  await expect(page.getByRole('heading', { name: 'Log a setback', level: 1 })).toBeVisible();
}

test('quick capture: Enter saves, the window closes, and the journal open elsewhere shows the setback at once', async ({
  context,
}) => {
  const journal = await context.newPage();
  await openJournal(journal);

  const page = await context.newPage();
  await openQuickCapture(page);
  const title = page.getByRole('textbox', { name: 'Title' });
  await expect(title).toBeFocused();
  await title.fill('Shipped the migration on a Friday');
  const whatHappened = page.getByRole('textbox', { name: 'What happened' });
  await whatHappened.click();
  await page.keyboard.type('The queue froze at 6pm.');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.type('Nobody was on call.');
  await page.getByRole('radiogroup', { name: 'Type' }).getByRole('radio', { name: 'Judgment' }).check();
  await title.press('Enter');

  await expect.poll(() => closeCalls(page)).toBe(1);
  await expect(page.getByRole('status').filter({ hasText: 'Saved “Shipped the migration on a Friday”' })).toBeVisible();
  await expect(title).toHaveValue('');
  await expect(journalList(journal).getByRole('link', { name: /Shipped the migration on a Friday/ })).toBeVisible();
  await openSetback(journal, 'Shipped the migration on a Friday');
  await expect(journal.getByRole('textbox', { name: 'What happened' })).toHaveValue(
    'The queue froze at 6pm.\nNobody was on call.',
  );
  await expect(journal.getByRole('radio', { name: 'Judgment' })).toBeChecked();

  // The window told main what applies there: the journal is open, no story, and when the
  // setback just logged was (main's reminder counts it once it has waited a few days).
  expect(await reportedStates(page)).toContainEqual({
    journalOpen: true,
    storyOpen: false,
    lockOn: false,
    unreflected: [expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/)],
  });
});

test('quick capture keeps what was typed when the window closes, and Escape closes it', async ({ page }) => {
  await openQuickCapture(page);
  await page.getByRole('textbox', { name: 'Title' }).fill('Promised a date I could not keep');
  await page.getByRole('textbox', { name: 'What happened' }).fill('Told the client March.');
  await page.keyboard.press('Escape');
  await expect.poll(() => closeCalls(page)).toBe(1);

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('Promised a date I could not keep');
  await expect(page.getByRole('textbox', { name: 'What happened' })).toHaveValue('Told the client March.');
});

test('quick capture says what is missing in an alert and keeps the text', async ({ page }) => {
  await openQuickCapture(page);
  await page.getByRole('textbox', { name: 'What happened' }).fill('Something went wrong, title to follow.');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert').first()).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('textbox', { name: 'What happened' })).toHaveValue(
    'Something went wrong, title to follow.',
  );
  expect(await closeCalls(page)).toBe(0);
});

test('with the lock on, quick capture asks for the passphrase in its own window first', async ({ context }) => {
  test.slow();
  const journal = await context.newPage();
  await openJournal(journal);
  await openSettings(journal);
  await journal.getByRole('button', { name: 'Lock with a passphrase' }).click();
  await journal.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await journal.getByLabel('Confirm passphrase').fill(PASSPHRASE);
  await journal.getByRole('button', { name: 'Turn on lock' }).click();
  await journal.getByRole('button', { name: 'Done' }).click({ timeout: 30_000 });
  await expect(journal.getByRole('button', { name: 'Lock now' })).toBeVisible({ timeout: 60_000 });
  await journal.getByRole('link', { name: 'Journal' }).click();

  const page = await context.newPage();
  await pretendDesktop(page);
  await page.setViewportSize({ width: 480, height: 400 });
  await page.goto('/#/quick-capture');
  await expect(page.getByRole('heading', { name: 'Hindsight is locked' })).toBeVisible();
  await expect
    .poll(async () => (await reportedStates(page))[0])
    .toEqual({
      journalOpen: false,
      storyOpen: false,
      lockOn: true,
    });
  // Escape closes the window from its lock screen too (nothing typed there is kept).
  await page.getByLabel('Passphrase', { exact: true }).press('Escape');
  await expect.poll(() => closeCalls(page)).toBe(1);
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  const title = page.getByRole('textbox', { name: 'Title' });
  await expect(title).toBeFocused({ timeout: 30_000 });
  await title.fill('Locked, and still logged');
  await page.getByRole('radio', { name: 'Strategic' }).check();
  await title.press('Enter');
  await expect.poll(() => closeCalls(page)).toBe(2);
  await expect(journalList(journal).getByRole('link', { name: /Locked, and still logged/ })).toBeVisible();
  expect((await reportedStates(page)).at(-1)).toMatchObject({ journalOpen: true, lockOn: true });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`quick capture has no accessibility violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openQuickCapture(page);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('alert').first()).toBeVisible();
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    expect(
      result.violations.flatMap((violation) =>
        violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`),
      ),
    ).toEqual([]);
    await page.screenshot({ path: test.info().outputPath(`quick-capture-${colorScheme}.png`) });
  });
}
