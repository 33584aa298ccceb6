import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openJournal } from '../pages/journal';
import { drill, openPractice, pauseClock, practiceLog, runForm } from '../pages/practice';
import { logReflectedSetback, migrationSetback, promoteToStory } from '../pages/stories';

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

    test('practice mode has no accessibility violations: reading view, timer, rating, drill, log and cue cards', async ({
      page,
    }) => {
      const audit = auditOf(page);
      await page.clock.install();
      await openJournal(page);
      await logReflectedSetback(page, migrationSetback);
      await promoteToStory(page);
      await openPractice(page, migrationSetback.title);
      await audit();

      await pauseClock(page);
      await page.getByRole('button', { name: 'Start' }).click();
      await page.clock.fastForward('02:40');
      // axe waits on timers of its own: the clock runs again before each audit.
      await page.clock.resume();
      await audit();
      await page.getByRole('button', { name: 'Stop' }).click();
      await runForm(page).getByRole('button', { name: 'Save practice run' }).click();
      await expect(runForm(page).getByRole('alert')).toBeVisible();
      await drill(page).getByRole('button', { name: 'Reveal answer' }).click();
      await audit();

      await runForm(page).getByRole('radio', { name: 'Felt natural' }).check();
      await runForm(page).getByRole('textbox', { name: 'What to fix next time' }).fill('Trim the opening.');
      await runForm(page).getByRole('button', { name: 'Save practice run' }).click();
      await expect(practiceLog(page).getByRole('listitem')).toHaveCount(1);
      await audit();

      await page.getByRole('radio', { name: 'Cue cards' }).check();
      await expect(page.getByRole('region', { name: 'Cue cards' })).toContainText('No key phrases marked yet.');
      await audit();
    });
  });
}
