import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { journalList, logSetback, openJournal } from '../pages/journal';
import { coach, logReflectedSetback, migrationSetback, promoteToStory } from '../pages/stories';

/** A story the coach has nothing to say about. */
const strongStory = {
  'What happened':
    'Last spring I led a database migration that dropped 2% of customer records for six hours, and 300 customers saw empty order histories.',
  'Why it happened':
    'I skipped the row-count parity check because I trusted our staging copy, which was three months stale. That was my call.',
  'What I did':
    'I stopped the rollout, restored the rows from the nightly backup within the hour, emailed every affected customer myself and wrote the incident review.',
  'What I learned':
    'Since then I run a parity check against production before every migration. I have used it on eleven migrations, and it caught a schema drift in March.',
  'Connection to the role':
    'This role owns data pipelines, and I bring the habit of checking the environment before trusting it.',
};

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    const auditOf = (page: Page) => async () => {
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
      const problems = result.violations.flatMap((violation) =>
        violation.nodes.map(
          (node) => `${violation.id}: ${node.target.join(' ')} (${node.failureSummary ?? violation.help})`,
        ),
      );
      expect(problems).toEqual([]);
    };

    test('journal, capture, entry and settings have no accessibility violations', async ({ page }) => {
      const audit = auditOf(page);
      await openJournal(page);
      await audit();
      await page.getByRole('button', { name: 'Log a setback' }).click();
      await page.getByRole('button', { name: 'Save' }).click();
      await audit();
      await page.keyboard.press('Escape');
      await logSetback(page, { title: 'Audit me', type: 'Technical', tags: 'a11y' });
      await audit();
      await journalList(page)
        .getByRole('link', { name: /Audit me/ })
        .click();
      await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('Audit me');
      await audit();
      await page.getByRole('link', { name: 'Settings' }).click();
      await audit();
    });

    test('resurfacing on the journal, a check-in, the deeper prompts and evidence in a story have no accessibility violations', async ({
      page,
    }) => {
      const audit = auditOf(page);
      await page.clock.install({ time: new Date('2026-03-02T12:00:00') });
      await openJournal(page);
      await logReflectedSetback(page, migrationSetback);
      await page.getByRole('link', { name: 'Journal' }).click();
      await logSetback(page, { title: 'A year ago today', when: '2025-04-02', type: 'Strategic' });
      await page.clock.setSystemTime(new Date('2026-03-28T12:00:00'));
      await logSetback(page, { title: 'Still waiting', type: 'Judgment' });
      await page.clock.setSystemTime(new Date('2026-04-02T12:00:00'));
      await page.reload();
      for (const name of [/Check-ins due/, 'On this day', 'Waiting for your reflection'])
        await expect(page.getByRole('region', { name })).toBeVisible();
      await audit();

      await page
        .getByRole('region', { name: /Check-ins due/ })
        .getByRole('link')
        .click();
      const card = page.getByRole('region', { name: 'Check in on your change' });
      await card.getByRole('button', { name: 'Save check-in' }).click();
      await expect(card.getByRole('alert')).toBeVisible();
      await page.getByText('Go deeper').click();
      await expect(page.getByRole('textbox', { name: 'How did I notice?' })).toBeVisible();
      await audit();

      await card.getByRole('radiogroup', { name: 'Still doing it?' }).getByRole('radio', { name: 'Partly' }).check();
      await card.getByRole('button', { name: 'Save check-in' }).click();
      await expect(page.getByRole('list', { name: 'Check-ins on this change' })).toBeVisible();
      await audit();
      await promoteToStory(page);
      await expect(page.getByRole('button', { name: 'Add to What I learned' })).toBeVisible();
      await audit();
    });

    test('the story workshop and the stories list have no accessibility violations', async ({ page }) => {
      const audit = auditOf(page);
      await openJournal(page);
      await logReflectedSetback(page, { ...migrationSetback, why: 'QA didn’t catch it.' });
      await promoteToStory(page);
      await expect(
        coach(page)
          .getByRole('button', { name: /^Show in/ })
          .first(),
      ).toBeVisible();
      await audit();
      await page.getByRole('link', { name: 'Stories', exact: true }).click();
      await expect(page.getByRole('list', { name: 'Stories' })).toBeVisible();
      await audit();
    });

    test('a strong story, with nothing for the coach to flag, has no accessibility violations', async ({ page }) => {
      const audit = auditOf(page);
      await openJournal(page);
      await logReflectedSetback(page, migrationSetback);
      await promoteToStory(page);
      for (const [name, text] of Object.entries(strongStory)) {
        await page.getByRole('textbox', { name, exact: true }).fill(text);
      }
      await expect(coach(page)).toHaveAttribute('aria-busy', 'false');
      await expect(coach(page).getByRole('button', { name: /^Show in/ })).toHaveCount(0);
      await audit();
    });
  });
}
