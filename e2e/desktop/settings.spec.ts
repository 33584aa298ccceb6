import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { pretendDesktop } from '../support/fake-desktop';

const savedPreferences = (page: Page) =>
  page.evaluate(() => JSON.parse(sessionStorage.getItem('preferences') ?? 'null') as Record<string, unknown> | null);

const desktopSection = (page: Page) => page.getByRole('region', { name: 'Desktop' });

test('Settings → Desktop records a shortcut, saves it in the accelerator form and says it works', async ({ page }) => {
  await pretendDesktop(page);
  await page.goto('/#/settings');
  const section = desktopSection(page);
  const field = section.getByRole('textbox', { name: 'Quick capture shortcut' });
  await expect(field).toHaveValue('Ctrl+Shift+L');
  await expect(section.getByText('Ctrl+Shift+L opens quick capture, whichever app you are in.')).toBeVisible();

  await field.focus();
  await page.keyboard.press('Control');
  await page.keyboard.press('Control+Alt+KeyJ');
  await expect(field).toHaveValue('Ctrl+Alt+J');
  await section.getByRole('button', { name: 'Save shortcut' }).click();
  await expect
    .poll(async () => (await savedPreferences(page))?.['quickCaptureShortcut'])
    .toBe('CommandOrControl+Alt+J');
  await expect(section.getByText('Ctrl+Alt+J opens quick capture, whichever app you are in.')).toBeVisible();
  // Other settings are kept as they were.
  expect(await savedPreferences(page)).toMatchObject({ hideFromScreenCapture: false, showTrayIcon: false });

  await section.getByRole('button', { name: 'Turn off' }).click();
  await expect.poll(async () => (await savedPreferences(page))?.['quickCaptureShortcut']).toBe('');
  await expect(field).toHaveValue('');
});

test('a shortcut main could not register shows why, in an alert', async ({ page }) => {
  await pretendDesktop(page, {
    status: { registered: false, problem: 'Another app already uses Ctrl+Shift+L.', notificationsSupported: false },
  });
  await page.goto('/#/settings');
  const section = desktopSection(page);
  await expect(section.getByRole('alert')).toHaveText('Another app already uses Ctrl+Shift+L.');
  await expect(section.getByText('This system cannot show notifications')).toBeVisible();
});

test('the tray icon and the reflection reminder are saved with main, keeping the other settings', async ({ page }) => {
  await pretendDesktop(page);
  await page.goto('/#/settings');
  const section = desktopSection(page);
  await page.getByRole('checkbox', { name: 'Hide Hindsight from screen sharing and recordings' }).check();
  await section.getByRole('checkbox', { name: 'Show Hindsight in the tray (menu bar on macOS)' }).check();
  await section.getByRole('checkbox', { name: 'Remind me to reflect' }).check();
  await section.getByLabel('Reminder time').fill('07:45');
  await expect
    .poll(() => savedPreferences(page))
    .toEqual({
      hideFromScreenCapture: true,
      quickCaptureShortcut: 'CommandOrControl+Shift+L',
      showTrayIcon: true,
      reflectionReminder: { enabled: true, time: '07:45' },
    });
  await expect(section.getByText('never shows their words')).toBeVisible();
  await page.reload();
  await expect(section.getByRole('checkbox', { name: 'Remind me to reflect' })).toBeChecked();
  await expect(section.getByLabel('Reminder time')).toHaveValue('07:45');
});

test('browser mode has no Desktop section', async ({ page }) => {
  await page.goto('/#/settings');
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Backups' })).toBeVisible();
  await expect(desktopSection(page)).toHaveCount(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`Settings → Desktop has no accessibility violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await pretendDesktop(page, {
      status: { registered: false, problem: 'That shortcut is not valid.', notificationsSupported: true },
    });
    await page.goto('/#/settings');
    await expect(desktopSection(page).getByRole('alert')).toBeVisible();
    const result = await new AxeBuilder({ page })
      .include('section[aria-labelledby="desktop-heading"]')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
      .analyze();
    expect(
      result.violations.flatMap((violation) =>
        violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`),
      ),
    ).toEqual([]);
    await desktopSection(page).screenshot({ path: test.info().outputPath(`desktop-section-${colorScheme}.png`) });
  });
}
