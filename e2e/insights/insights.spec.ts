import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { logWithReflection, openInsights } from '../pages/insights';
import { journalList, logSetback, openJournal } from '../pages/journal';
import { migrationSetback, promoteToStory } from '../pages/stories';

const thisMonth = new Date().toLocaleString('en-US', { month: 'long', year: 'numeric' });

async function audit(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  const problems = result.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) => `${violation.id}: ${node.target.join(' ')} (${node.failureSummary ?? violation.help})`,
    ),
  );
  expect(problems).toEqual([]);
}

/** Three hiring setbacks with one cause, a migration promoted to a story, one not reflected. */
async function logJournal(page: Page) {
  const lessonA = 'I now call two peers of every candidate before an offer.';
  const lessonB = 'No offer goes out until two references have answered.';
  await logWithReflection(
    page,
    { title: 'Hired a brilliant jerk', type: 'Judgment', tags: 'hiring, culture' },
    {
      why: 'I skipped reference checks with peers because the résumé was strong.',
      did: 'I owned it in a retro and rebuilt the team’s trust.',
      learned: 'Capability without collaboration slows everyone down.',
      changed: lessonA,
    },
  );
  await logWithReflection(
    page,
    { title: 'Second hire left after two months', type: 'Judgment', tags: 'hiring' },
    {
      why: 'Again I skipped reference checks to fill the seat fast.',
      did: 'I restarted the search with the team.',
      learned: 'A fast hire is not a saved month.',
      changed: lessonB,
    },
  );
  await logWithReflection(
    page,
    { title: 'Contractor who never delivered', type: 'Judgment', tags: 'hiring, vendors' },
    { why: 'No reference checks, and I ignored my doubts.', did: 'I ended the contract.', learned: 'Doubts are data.' },
  );
  await logSetback(page, { title: 'Feature nobody used', type: 'Strategic', tags: 'research' });
  await logWithReflection(
    page,
    { title: migrationSetback.title, whatHappened: migrationSetback.whatHappened, type: 'Technical', tags: 'testing' },
    {
      why: migrationSetback.why,
      did: migrationSetback.did,
      learned: migrationSetback.learned,
      changed: migrationSetback.changed,
    },
  );
  await promoteToStory(page);
  return { lessons: [migrationSetback.changed, lessonB, lessonA] };
}

test('Insights shows the month chart and its table, a pattern, the question coverage and the lessons', async ({
  page,
}) => {
  await openJournal(page);
  const { lessons } = await logJournal(page);
  await openInsights(page);

  // The month chart is an image with a text alternative; its table holds the same counts.
  await expect(page.getByRole('img', { name: /^Stacked bar chart of setbacks per month by type/ })).toBeVisible();
  const months = page.getByRole('table', { name: 'Setbacks per month by type' });
  await expect(months.getByRole('row')).toHaveCount(2);
  const row = months.getByRole('row', { name: new RegExp(thisMonth) });
  await expect(row.getByRole('cell')).toHaveText(['1', '3', '1', '5']);
  await expect(page.getByRole('table', { name: 'Top tags' }).getByRole('row', { name: /hiring/ })).toContainText('3');
  await expect(page.getByRole('table', { name: 'Tags that come together' })).toBeHidden();

  // Patterns, said plainly.
  await expect(page.getByText(/3 of your 3 judgment setbacks\s+since .+ are tagged “hiring”\./)).toBeVisible();
  const cause = page
    .getByRole('listitem')
    .filter({ hasText: '“reference checks” comes up in why 3 of your setbacks happened.' });
  await expect(cause.getByRole('link')).toHaveText([
    'Contractor who never delivered',
    'Second hire left after two months',
    'Hired a brilliant jerk',
  ]);

  // The coverage matrix: the story answers the failure question; a gap suggests a setback.
  const coverage = page.getByRole('table', { name: 'Interview questions and your stories' });
  await expect(coverage.getByRole('row', { name: /Tell me about a time you failed/ })).toContainText(
    migrationSetback.title,
  );
  const conflict = coverage.getByRole('row', { name: /conflict you handled badly/ });
  await expect(conflict).toContainText('Gap: no story yet');
  await expect(conflict.getByRole('link', { name: 'Hired a brilliant jerk' })).toBeVisible();
  await conflict.getByRole('link', { name: 'Hired a brilliant jerk' }).click();
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('Hired a brilliant jerk');
  await page.goBack();

  // Lessons over time: every "What I changed since", newest first, linked to its setback.
  const lessonList = page.getByRole('list', { name: 'Lessons over time' });
  await expect(lessonList.getByRole('listitem')).toHaveCount(3);
  for (const [index, lesson] of lessons.entries())
    await expect(lessonList.getByRole('listitem').nth(index)).toContainText(lesson);
  await expect(lessonList.getByRole('link', { name: migrationSetback.title })).toBeVisible();

  // A setback logged from Insights shows at once.
  await logSetback(page, { title: 'Flaky deploy script', type: 'Technical' });
  await expect(row.getByRole('cell')).toHaveText(['2', '3', '1', '6']);
});

test('a journal with fewer than three setbacks says what Insights will show', async ({ page }) => {
  await openJournal(page);
  await openInsights(page);
  await expect(page.getByRole('heading', { name: 'Insights grow with your journal' })).toBeVisible();
  await expect(page.getByText('There are no setbacks yet.')).toBeVisible();
  await logSetback(page, { title: 'First one', type: 'Technical' });
  await expect(page.getByText('So far there is 1 setback.')).toBeVisible();
  await expect(journalList(page)).toBeHidden();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('Insights has no accessibility violations', async ({ page }) => {
      await openJournal(page);
      await logJournal(page);
      await openInsights(page);
      await expect(page.getByRole('table', { name: 'Interview questions and your stories' })).toBeVisible();
      await audit(page);
      await page.getByText('How questions are matched').click();
      await audit(page);
    });
  });
}
