import { expect, test } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../shared/content-security-policy';
import { openJournal } from '../pages/journal';
import { installCanary } from './guards';

// Browser mode is served with the same strict Content-Security-Policy as the desktop app's
// app:// protocol (tested in electron/app-protocol.test.ts), and the browser enforces it.

test('the preview server sends the strict CSP and safe headers with every file', async ({ page, request }) => {
  const html = await request.get('/');
  expect(html.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  expect(html.headers()['x-content-type-options']).toBe('nosniff');
  expect(html.headers()['referrer-policy']).toBe('no-referrer');
  await openJournal(page);
  const script = await page.evaluate(() => document.querySelector<HTMLScriptElement>('script[src]')?.src ?? '');
  expect(script).not.toBe('');
  const asset = await request.get(script);
  expect(asset.ok()).toBe(true);
  expect(asset.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
});

test('the page itself has no inline script and no external resource', async ({ request }) => {
  const html = await (await request.get('/')).text();
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
  expect(html).not.toMatch(/\son\w+=/i);
  expect(html).not.toMatch(/(src|href)=["']?(https?:)?\/\//i);
});

// eval is not probed here: Playwright's evaluate runs outside the page's CSP. The policy's
// lack of 'unsafe-eval' is checked in shared/content-security-policy.test.ts.
test('the browser enforces it: injected inline script, inline handlers and javascript: URLs never run', async ({
  page,
}) => {
  await installCanary(page);
  await openJournal(page);
  const outcome = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__hindsightCanary.push("inline script")';
    document.body.append(script);
    const image = document.createElement('img');
    image.setAttribute('onerror', 'window.__hindsightCanary.push("inline handler")');
    image.src = 'data:,not-an-image';
    document.body.append(image);
    const link = document.createElement('a');
    link.href = 'javascript:window.__hindsightCanary.push("javascript url")';
    document.body.append(link);
    link.click();
    await new Promise((resolve) => setTimeout(resolve, 200));
    script.remove();
    image.remove();
    link.remove();
    return { canary: window.__hindsightCanary, violations: window.__cspViolations };
  });
  expect(outcome.canary).toEqual([]);
  expect(outcome.violations.some((violation) => violation.startsWith('script-src'))).toBe(true);
});
