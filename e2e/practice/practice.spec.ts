import { expect, test } from '@playwright/test';
import { openJournal, waitForSaved } from '../pages/journal';
import { drill, openPractice, pauseClock, practiceLog, runForm } from '../pages/practice';
import { logReflectedSetback, migrationSetback, promoteToStory } from '../pages/stories';

test.beforeEach(async ({ page }) => {
  // Installed before the app loads, so the timer reads a clock the test can move.
  await page.clock.install();
  await openJournal(page);
  await logReflectedSetback(page, migrationSetback);
  await promoteToStory(page);
});

test('a new user rehearses a story: the timer by Space, the drill by arrows, a rated run in the log and on the Stories list', async ({
  page,
}) => {
  const followUps = page.getByRole('region', { name: 'Follow-up questions' });
  await followUps.getByRole('textbox', { name: 'Answer 2' }).fill('About once a quarter, and I fail small.');
  // Typed just before leaving: the Practice button saves it first.
  await openPractice(page, migrationSetback.title);

  const story = page.getByRole('region', { name: 'The story' });
  await expect(story.getByRole('heading', { name: 'What I did' })).toBeVisible();
  await expect(story).toContainText(migrationSetback.did);
  const timer = page.getByRole('timer');
  await expect(timer).toHaveText('0:00');

  await pauseClock(page);
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Stop' })).toBeVisible();
  await page.clock.fastForward('01:42');
  await expect(timer).toHaveText('1:42');
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '1:42 — inside the two-minute band' })).toBeVisible();
  await page.clock.resume();

  await expect(drill(page)).toContainText('Question 1 of 3');
  await expect(drill(page)).toContainText('Have you learned enough not to repeat this?');
  await page.keyboard.press('ArrowRight');
  await expect(drill(page)).toContainText('Question 2 of 3');
  await expect(drill(page)).toContainText('How often do you fail?');
  await expect(drill(page)).not.toContainText('About once a quarter');
  await drill(page).getByRole('button', { name: 'Reveal answer' }).click();
  await expect(drill(page)).toContainText('About once a quarter, and I fail small.');
  await page.keyboard.press('ArrowRight');
  await expect(drill(page)).toContainText('Question 3 of 3');
  await expect(drill(page)).not.toContainText('About once a quarter');
  await page.keyboard.press('ArrowRight');
  await expect(drill(page)).toContainText('Question 1 of 3');
  await page.keyboard.press('ArrowLeft');
  await expect(drill(page)).toContainText('Question 3 of 3');
  await drill(page).getByRole('button', { name: 'Next question' }).click();
  await drill(page).getByRole('button', { name: 'Reveal answer' }).click();
  await expect(drill(page)).toContainText('No answer prepared yet.');

  const form = runForm(page);
  await expect(form.getByRole('textbox', { name: 'How long' })).toHaveValue('1:42');
  await form.getByRole('button', { name: 'Save practice run' }).click();
  await expect(form.getByRole('alert')).toHaveText('Say how natural it felt.');
  // The rest from the keyboard alone.
  await form.getByRole('radio', { name: 'Still rough' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(form.getByRole('radio', { name: 'Getting there' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(form.getByRole('textbox', { name: 'How long' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.type('Land the lesson in one sentence.');
  await page.keyboard.press('Tab');
  await expect(form.getByRole('button', { name: 'Save practice run' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(form).toBeHidden();
  await expect(page.getByRole('button', { name: 'Start' })).toBeFocused();

  const run = practiceLog(page).getByRole('listitem').filter({ hasText: 'Land the lesson in one sentence.' });
  await expect(run).toContainText('1:42');
  await expect(run).toContainText('in the band');
  await expect(run).toContainText('Getting there');

  await page.getByRole('link', { name: 'Stories', exact: true }).click();
  const row = page.getByRole('list', { name: 'Stories' }).getByRole('listitem');
  await expect(row).toContainText('practised once, today');
  await expect(row.getByRole('link')).toHaveAccessibleName(new RegExp(`^${migrationSetback.title}`));
});

test('a run not yet saved survives a reload; a deleted run comes back with Undo', async ({ page }) => {
  await openPractice(page, migrationSetback.title);
  await pauseClock(page);
  await page.getByRole('button', { name: 'Start' }).click();
  await page.clock.fastForward('02:51');
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(page.getByRole('status').filter({ hasText: '2:51 — too long: the band ends at 2:30' })).toBeVisible();
  await page.clock.resume();
  await runForm(page).getByRole('textbox', { name: 'What to fix next time' }).fill('Cut the background to one line.');
  // Stored a moment after typing stops, and again as the page goes away.
  await page.waitForTimeout(600);
  await page.reload();

  const form = runForm(page);
  await expect(form.getByRole('textbox', { name: 'What to fix next time' })).toHaveValue(
    'Cut the background to one line.',
  );
  await expect(form.getByRole('textbox', { name: 'How long' })).toHaveValue('2:51');
  await form.getByRole('radio', { name: 'Still rough' }).check();
  await form.getByRole('button', { name: 'Save practice run' }).click();
  const run = practiceLog(page).getByRole('listitem').filter({ hasText: 'Cut the background' });
  await expect(run).toContainText('2:51');
  await expect(run).toContainText('too long');

  await run.getByRole('button', { name: /^Delete the run of/ }).click();
  await expect(run).toHaveCount(0);
  await expect(practiceLog(page)).toContainText('No runs yet.');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(run).toContainText('Still rough');
  await page.reload();
  await expect(runForm(page)).toBeHidden();
  await expect(run).toBeVisible();
});

test('cue cards show only the marked key phrases, and say how to mark them when there are none', async ({ page }) => {
  await openPractice(page, migrationSetback.title);
  await page.getByRole('radio', { name: 'Cue cards' }).check();
  const cues = page.getByRole('region', { name: 'Cue cards' });
  await expect(cues).toContainText('No key phrases marked yet.');
  await expect(cues).toContainText('Mark selection as key phrase');

  await cues.getByRole('link', { name: 'the story page' }).click();
  const did = page.getByRole('textbox', { name: 'What I did' });
  await did.evaluate((field: HTMLTextAreaElement) =>
    field.setSelectionRange(0, 'I rolled back within the hour'.length),
  );
  await page.getByRole('button', { name: 'Mark selection as key phrase in What I did' }).click();
  await waitForSaved(page);
  await openPractice(page, migrationSetback.title);
  await page.getByRole('radio', { name: 'Cue cards' }).check();
  await expect(cues.getByRole('heading', { name: 'What I did' })).toBeVisible();
  await expect(cues.getByRole('listitem')).toHaveText(['I rolled back within the hour']);
  await expect(cues).not.toContainText(migrationSetback.why);
});
