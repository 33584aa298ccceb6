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
    try {
      // Trusted Types refuse script text from a string before the CSP gets to refuse running it.
      script.textContent = 'window.__hindsightCanary.push("inline script")';
    } catch {
      script.setAttribute('data-refused', 'trusted-types');
    }
    document.body.append(script);
    const image = document.createElement('img');
    try {
      image.setAttribute('onerror', 'window.__hindsightCanary.push("inline handler")');
    } catch {
      image.setAttribute('data-refused', 'trusted-types');
    }
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

test('Trusted Types hold the no-markup rule at run time: no HTML or script from strings, workers only from the app', async ({
  page,
}) => {
  await openJournal(page);
  const outcome = await page.evaluate(() => {
    const refused = (attempt: () => void) => {
      try {
        attempt();
        return false;
      } catch (error) {
        return error instanceof TypeError;
      }
    };
    const div = document.createElement('div');
    return {
      innerHTML: refused(() => (div.innerHTML = '<img src=x>')),
      insertAdjacentHTML: refused(() => div.insertAdjacentHTML('beforeend', '<b>x</b>')),
      scriptText: refused(() => (document.createElement('script').text = '1')),
      foreignWorker: refused(() => new Worker('data:text/javascript,1')),
      blobWorker: refused(() => new Worker(URL.createObjectURL(new Blob(['1'], { type: 'text/javascript' })))),
    };
  });
  expect(outcome).toEqual({
    innerHTML: true,
    insertAdjacentHTML: true,
    scriptText: true,
    foreignWorker: true,
    blobWorker: true,
  });
});
