// Takes screenshots of every screen, light and dark, for a person to look at.
// Usage: npm run build:web && npx tsx scripts/screenshots.ts [outDir]
// The light story workshop (workshop-light.png) is also docs/screenshot.png, the README's picture.
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { preview } from 'vite';
import { rendererConfig } from '../vite.renderer.config.ts';
import { chromiumArgs, findChromium } from './find-chromium.ts';

const outDir = path.resolve(process.argv[2] ?? 'test-results/screenshots');
mkdirSync(outDir, { recursive: true });
const found = findChromium();
if (!found.found) throw new Error(found.help);

const port = 5399;
const server = await preview({
  ...rendererConfig,
  configFile: false,
  logLevel: 'warn',
  preview: { ...rendererConfig.preview, port },
});
const browser = await chromium.launch({ executablePath: found.path, args: chromiumArgs });

async function seed(page: Page) {
  const setbacks = [
    {
      title: 'Launch slipped six weeks',
      type: 'Strategic',
      tags: 'launches, planning',
      what: 'The checkout redesign shipped six weeks late and 40% over budget.',
    },
    {
      title: 'Hired for brilliance, not collaboration',
      type: 'Judgment',
      tags: 'hiring',
      what: 'A senior hire left after three months; we redid the project.',
    },
    {
      title: 'Migration bug hit 5% of users',
      type: 'Technical',
      tags: 'migrations, testing',
      what: 'A data migration corrupted preferences for 5% of users for two days.',
    },
  ];
  for (const setback of setbacks) {
    await page.getByRole('button', { name: 'Log a setback' }).click();
    await page.getByLabel('Title').fill(setback.title);
    await page.getByLabel('What happened').fill(setback.what);
    await page.getByRole('radiogroup', { name: 'Type' }).getByLabel(setback.type).check();
    await page.getByLabel('Tags').fill(setback.tags);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('link', { name: new RegExp(setback.title) }).waitFor();
  }
}

for (const scheme of ['light', 'dark'] as const) {
  const context = await browser.newContext({ colorScheme: scheme, viewport: { width: 1200, height: 820 } });
  const page = await context.newPage();
  const shot = (name: string) => page.screenshot({ path: path.join(outDir, `${name}-${scheme}.png`) });
  await page.goto(`http://127.0.0.1:${port}/#/journal`);
  await page.getByRole('heading', { name: /Nothing logged yet/ }).waitFor();
  await shot('journal-empty');
  await page.getByRole('button', { name: 'Log a setback' }).click();
  await page.getByRole('button', { name: 'Save' }).click();
  await shot('capture-errors');
  await page.keyboard.press('Escape');
  await seed(page);
  await shot('journal');
  await page.getByRole('link', { name: /Launch slipped/ }).click();
  await page
    .getByLabel('Why it happened')
    .fill('I did not validate the vendor timeline early, and I did not escalate when it slipped.');
  await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();
  await shot('entry');
  await page.getByRole('textbox', { name: 'What I did' }).fill('Eventually it got sorted out.');
  await page.getByRole('textbox', { name: 'What I learned' }).fill('I learned the importance of planning.');
  await page.getByRole('button', { name: 'Promote to story' }).click();
  await page.getByRole('region', { name: 'Coach' }).waitFor();
  await page
    .getByRole('textbox', { name: 'Why it happened' })
    .fill(
      'The vendor missed their dates. I did not validate their timeline early, and I did not escalate when it slipped.',
    );
  // The coach has read the new text once its region is no longer busy.
  await page.locator('[role="region"][aria-label="Coach"][aria-busy="false"]').waitFor();
  await shot('story');
  // The README's picture: the workshop from its top, once the notices have gone.
  await page.locator('#main').evaluate((main) => main.scrollTo(0, 0));
  await page.evaluate(() => window.scrollTo(0, 0));
  await page
    .locator('.notice-region > *')
    .first()
    .waitFor({ state: 'detached', timeout: 20_000 })
    .catch(() => undefined);
  await page.getByRole('heading', { name: 'The story' }).scrollIntoViewIfNeeded();
  await shot('workshop');
  await page.getByRole('textbox', { name: 'What I did' }).scrollIntoViewIfNeeded();
  await shot('story-highlights');
  await page.getByRole('button', { name: 'Export PDF' }).click();
  await shot('export-dialog');
  await page.getByRole('dialog', { name: 'Export PDF' }).getByRole('button', { name: 'Open print view' }).click();
  await page.locator('html[data-print-state="ready"]').waitFor({ state: 'attached' });
  await shot('print-view');
  await page.getByRole('link', { name: 'Back to the story' }).click();
  await page.getByRole('region', { name: 'Coach' }).waitFor();
  await page.getByRole('button', { name: 'Practice', exact: true }).click();
  await page.getByRole('timer').waitFor();
  await shot('practice');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.waitForTimeout(1200);
  await page.getByRole('button', { name: 'Stop' }).click();
  await page.getByRole('region', { name: 'Follow-up drill' }).getByRole('button', { name: 'Reveal answer' }).click();
  await shot('practice-run');
  await page.getByRole('radio', { name: 'Cue cards' }).check();
  await shot('practice-cues');
  await page.getByRole('link', { name: 'Back to the story' }).click();
  await page.getByRole('region', { name: 'Coach' }).waitFor();
  await page.getByRole('link', { name: 'Stories' }).click();
  await page.getByRole('list', { name: 'Stories' }).waitFor();
  await shot('stories-list');
  await page.getByRole('link', { name: 'Insights' }).click();
  await page.locator('.insights-page[aria-busy="false"]').waitFor();
  await page.screenshot({ path: path.join(outDir, `insights-${scheme}.png`), fullPage: true });
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
  await shot('settings');
  await page.getByRole('link', { name: 'Stories' }).click();
  await shot('stories');
  await context.close();
}

await browser.close();
await server.close();
copyFileSync(path.join(outDir, 'workshop-light.png'), path.resolve('docs/screenshot.png'));
console.log(`Screenshots in ${outDir}`);
