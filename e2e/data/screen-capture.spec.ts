import { expect, test } from '@playwright/test';
import { bridgeCalls, pretendDesktop } from '../support/fake-desktop';

test('on the desktop, hiding the window from screen sharing is a setting, off until chosen, kept by main', async ({
  page,
}) => {
  await pretendDesktop(page);
  await page.goto('/#/settings');
  const hide = page.getByRole('checkbox', { name: 'Hide Hindsight from screen sharing and recordings' });
  await expect(hide).toBeEnabled();
  await expect(hide).not.toBeChecked();
  await hide.check();
  await expect.poll(async () => (await bridgeCalls(page)).includes('app.setPreferences')).toBe(true);
  await page.reload();
  await expect(hide).toBeChecked();
});

test('browser mode has no such setting: the browser, not Hindsight, decides what is shared', async ({ page }) => {
  await page.goto('/#/settings');
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /screen sharing/ })).toHaveCount(0);
});
