import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { journalList, logSetback, openJournal } from '../pages/journal';
import { coach, logReflectedSetback, migrationSetback, promoteToStory } from '../pages/stories';

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
  });
}
