import { expect, test, type Page } from '@playwright/test';
import { journalList, logSetback, openJournal, waitForSaved } from '../pages/journal';
import { logReflectedSetback, migrationSetback, promoteToStory } from '../pages/stories';
import { printPdf } from '../support/pdf';

async function promoteStory(page: Page, title = migrationSetback.title) {
  await openJournal(page);
  await logReflectedSetback(page, { ...migrationSetback, title });
  await promoteToStory(page);
  await expect(page).toHaveURL(/#\/stories\/[\w-]+$/);
}

async function openPrintView(page: Page, setup?: (dialog: ReturnType<Page['getByRole']>) => Promise<void>) {
  await page.getByRole('button', { name: 'Export PDF' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export PDF' });
  await dialog.getByRole('radiogroup', { name: 'Page size' }).getByRole('radio', { name: 'A4' }).check();
  if (setup) await setup(dialog);
  await dialog.getByRole('button', { name: 'Open print view' }).click();
  await expect(page.getByRole('toolbar', { name: 'Print' })).toBeVisible();
  await expect(page.locator('html[data-print-state="ready"]')).toHaveCount(1);
}

test('a normal story exports as a one-page interview sheet with its follow-ups', async ({ page }, testInfo) => {
  await promoteStory(page);
  await page.getByRole('textbox', { name: 'Target role' }).fill('Staff engineer');
  await page.getByRole('textbox', { name: 'Company' }).fill('Northwind');
  await page
    .getByRole('textbox', { name: 'Connection to the role' })
    .fill('Your team migrates data every week; I bring the parity checks I now run by habit.');
  await page
    .getByRole('textbox', { name: 'Answer 1' })
    .fill('I work with new safeguards now, and I surface problems early.');
  await waitForSaved(page);
  await openPrintView(page);

  const pdf = await printPdf(page, testInfo, 'story');
  expect(pdf.pages).toBe(1);
  expect(pdf.title).toBe(migrationSetback.title);
  expect(pdf.hasOutline).toBe(true);
  for (const heading of [
    'WHAT HAPPENED',
    'WHY IT HAPPENED',
    'WHAT I DID',
    'WHAT I LEARNED',
    'CONNECTION TO THE ROLE',
  ]) {
    expect(pdf.text).toContain(heading);
  }
  expect(pdf.text).toContain('Staff engineer · Northwind');
  expect(pdf.text).toContain('I trusted our staging environment');
  expect(pdf.text).toContain('four migrations since');
  expect(pdf.text).toContain('How often do you fail?');
  expect(pdf.text).toContain('I surface problems early');
  expect(pdf.text).toMatch(/words · about \d+ s spoken|words · about \d+ min \d+ s spoken/);
  expect(pdf.text).toMatch(/\b1 ?\/ ?1\b/);
  expect(pdf.text).not.toContain('Reflect on it whenever');
  for (const chrome of ['Log a setback', 'Coach', 'Print or save as PDF', 'Takeaways']) {
    expect(pdf.text).not.toContain(chrome);
  }
});

test('options: no follow-ups, and names hidden in the export only', async ({ page }, testInfo) => {
  await promoteStory(page, 'Northwind migration with Priya');
  await page
    .getByRole('textbox', { name: 'What I did' })
    .fill('I called Priya at Northwind and we rolled back together.');
  await waitForSaved(page);
  await openPrintView(page, async (dialog) => {
    await dialog.getByRole('checkbox', { name: 'Include follow-up questions' }).uncheck();
    await dialog.getByRole('textbox', { name: 'Names to hide' }).fill('Northwind = a retail client\nPriya');
  });
  const pdf = await printPdf(page, testInfo, 'redacted');
  expect(pdf.text).not.toMatch(/Northwind|Priya/);
  expect(pdf.text).toContain('I called [Name B] at a retail client');
  expect(pdf.text).not.toContain('How often do you fail?');
  expect(pdf.title).toBe('a retail client migration with [Name B]');
  await page.getByRole('link', { name: 'Back to the story' }).click();
  await expect(page.getByRole('textbox', { name: 'What I did' })).toHaveValue(/Priya at Northwind/);
});

test('empty parts are noted before export and left out of the PDF', async ({ page }, testInfo) => {
  await openJournal(page);
  await logSetback(page, {
    title: 'Only the facts',
    whatHappened: 'A vendor contract lapsed for 3 days.',
    type: 'Strategic',
  });
  await journalList(page)
    .getByRole('link', { name: /Only the facts/ })
    .click();
  await page.getByRole('textbox', { name: 'What I did' }).fill('I renewed it the same morning.');
  await waitForSaved(page);
  await promoteToStory(page);
  await page.getByRole('button', { name: 'Export PDF' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export PDF' });
  await expect(dialog.getByRole('note')).toContainText('left out: Why it happened, What I learned');
  await dialog.getByRole('button', { name: 'Open print view' }).click();
  await expect(page.locator('html[data-print-state="ready"]')).toHaveCount(1);
  const pdf = await printPdf(page, testInfo, 'partial');
  expect(pdf.text).toContain('WHAT HAPPENED');
  expect(pdf.text).toContain('WHAT I DID');
  expect(pdf.text).not.toContain('WHY IT HAPPENED');
  expect(pdf.text).not.toContain('WHAT I LEARNED');
});

test('a very long story paginates, keeping every word', async ({ page }, testInfo) => {
  await promoteStory(page);
  const long = Array.from(
    { length: 160 },
    (_, index) => `Step ${index + 1} of the recovery took care and a checklist.`,
  ).join(' ');
  await page.getByRole('textbox', { name: 'What I did' }).fill(long);
  await waitForSaved(page);
  await openPrintView(page);
  const pdf = await printPdf(page, testInfo, 'long');
  expect(pdf.pages).toBeGreaterThanOrEqual(2);
  expect(pdf.text).toContain('Step 1 of the recovery');
  expect(pdf.text).toContain('Step 160 of the recovery');
  expect(pdf.text).toMatch(new RegExp(`\\b1 ?/ ?${pdf.pages}\\b`));
  expect(pdf.text).not.toContain('Reflect on it whenever');
});

test('text in any script prints legibly', async ({ page }, testInfo) => {
  await promoteStory(page, 'Café déjà vu — 東京 launch 🚀');
  await page
    .getByRole('textbox', { name: 'What I learned' })
    .fill('Ça compte. 失敗から学ぶ。 למדתי לבדוק מוקדם. تعلمت التحقق مبكرا.');
  await waitForSaved(page);
  await openPrintView(page);
  const pdf = await printPdf(page, testInfo, 'scripts');
  expect(pdf.title).toBe('Café déjà vu — 東京 launch 🚀');
  for (const fragment of ['Café déjà vu', '東京', 'Ça compte', '失敗から学ぶ', 'למדתי', 'تعلمت']) {
    expect(pdf.text).toContain(fragment);
  }
});

test('the cue card shows the marked key phrases in large type', async ({ page }, testInfo) => {
  await promoteStory(page);
  const why = page.getByRole('textbox', { name: 'Why it happened' });
  await why.evaluate((field: HTMLTextAreaElement) => {
    const phrase = 'rushed for a quarterly deadline';
    const start = field.value.indexOf(phrase);
    field.focus();
    field.setSelectionRange(start, start + phrase.length);
  });
  await page.getByRole('button', { name: 'Mark selection as key phrase in Why it happened' }).click();
  await expect(page.getByRole('list', { name: 'Key phrases in Why it happened' })).toContainText(
    'rushed for a quarterly deadline',
  );
  await waitForSaved(page);
  await openPrintView(page, async (dialog) => {
    await dialog.getByRole('radiogroup', { name: 'Layout' }).getByRole('radio', { name: 'Cue card' }).check();
  });
  const pdf = await printPdf(page, testInfo, 'cue-card');
  expect(pdf.text).toContain('Cue card'.toUpperCase());
  expect(pdf.text).toContain('rushed for a quarterly deadline');
  expect(pdf.text).not.toContain('I trusted our staging environment');
  expect(pdf.pages).toBe(1);
});

test('an interview pack has a cover with contents, then each story on its own page', async ({ page }, testInfo) => {
  test.setTimeout(120_000); // three stories are written through the UI first
  await openJournal(page);
  for (const title of ['Pack story one', 'Pack story two', 'Pack story three']) {
    await logReflectedSetback(page, { ...migrationSetback, title });
    await promoteToStory(page);
    await expect(page).toHaveURL(/#\/stories\//);
    await page.getByRole('link', { name: 'Journal', exact: true }).click();
  }
  await page.getByRole('link', { name: 'Stories', exact: true }).click();
  await page.getByRole('button', { name: 'Export interview pack' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export interview pack' });
  for (const title of ['Pack story one', 'Pack story two', 'Pack story three']) {
    await dialog.getByRole('checkbox', { name: title }).check();
  }
  await dialog.getByRole('textbox', { name: 'Company' }).fill('Contoso');
  await dialog.getByRole('textbox', { name: 'Role' }).fill('Head of Platform');
  await dialog.getByRole('textbox', { name: 'Interview date' }).fill('3 December 2026');
  await dialog.getByRole('radiogroup', { name: 'Page size' }).getByRole('radio', { name: 'A4' }).check();
  await dialog.getByRole('button', { name: 'Open print view' }).click();
  await expect(page.locator('html[data-print-state="ready"]')).toHaveCount(1);
  const pdf = await printPdf(page, testInfo, 'pack');
  expect(pdf.pages).toBe(4);
  expect(pdf.title).toBe('Interview pack · Contoso');
  expect(pdf.text).toContain('Head of Platform · Contoso');
  expect(pdf.text).toMatch(/Contents.*Pack story (one|two|three).*Pack story.*Pack story/);
});

test('a trashed story cannot be exported', async ({ page }) => {
  await promoteStory(page);
  const printUrl = page.url().replace(/#\/stories\/([\w-]+)$/, '?variant=sheet#/stories/$1/print');
  await page.getByRole('button', { name: 'Move to Trash' }).click();
  await expect(page.getByRole('heading', { name: 'Stories', exact: true })).toBeVisible();
  await page.goto(printUrl);
  await expect(page.getByRole('alert')).toContainText('in the Trash');
  await expect(page.locator('html[data-print-state="error"]')).toHaveCount(1);
});
