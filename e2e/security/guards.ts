import { expect, type Page } from '@playwright/test';

/** What left (or tried to leave) the page during a test. */
export interface NetworkRecord {
  /** Every request Chromium reported, in order. */
  all: string[];
  /** Requests the page started for anything but the app's own origin (even if the CSP then blocked them). */
  attempted: string[];
  /** Foreign requests that got past the page's own defences to the network layer; each was aborted. */
  reachedNetwork: string[];
}

const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);

/** True for the app's own origin (the browser-mode server) and schemes that never touch the network. */
function isOwn(url: string, origin: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.origin === origin || LOCAL_SCHEMES.has(parsed.protocol);
  } catch {
    return false;
  }
}

/**
 * Records every request of the page and its context (workers and popups included) and
 * aborts any that is not the app's own origin, so a leak fails the test instead of reaching
 * the internet. Call before the first navigation.
 */
export async function watchNetwork(page: Page, baseURL: string): Promise<NetworkRecord> {
  const origin = new URL(baseURL).origin;
  const record: NetworkRecord = { all: [], attempted: [], reachedNetwork: [] };
  const note = (url: string) => {
    record.all.push(url);
    if (!isOwn(url, origin) && !record.attempted.includes(url)) record.attempted.push(url);
  };
  await page.context().route('**/*', async (route) => {
    const url = route.request().url();
    if (isOwn(url, origin)) await route.continue();
    else {
      record.reachedNetwork.push(url);
      await route.abort('blockedbyclient');
    }
  });
  page.context().on('request', (request) => note(request.url()));
  page.on('request', (request) => note(request.url()));
  page.on('websocket', (socket) => note(socket.url()));
  return record;
}

declare global {
  interface Window {
    /** Payloads push here if they ever run; it must stay empty. */
    __hindsightCanary: string[];
    /** Content-Security-Policy violations the page reported. */
    __cspViolations: string[];
  }
}

/** Installs the canary and a CSP-violation recorder on every page, before the app's own script. */
export async function installCanary(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__hindsightCanary = [];
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
}

/** Markup and script that must stay text wherever it is shown. Each one, if it ran, would feed the canary. */
export const payloads = {
  script: '<script data-pwn>window.__hindsightCanary.push("script")</script>',
  img: '<img data-pwn src=x onerror="window.__hindsightCanary.push(\'img\')">',
  svg: '<svg data-pwn onload="window.__hindsightCanary.push(\'svg\')"><script>window.__hindsightCanary.push("svg-script")</script></svg>',
  link: '<a data-pwn href="javascript:window.__hindsightCanary.push(\'a\')">open me</a>',
  iframe:
    '<iframe data-pwn src="https://evil.example/frame" srcdoc="<script>parent.__hindsightCanary.push(1)</script>"></iframe>',
  style: '<style data-pwn>@import url(https://evil.example/x.css);</style>',
  markdownLink: '[click me](javascript:window.__hindsightCanary.push("md"))',
  markdownImage: '![tracker](https://evil.example/pixel.png)',
  template: '{{constructor.constructor("window.__hindsightCanary.push(\'tpl\')")()}} ${alert(1)}',
  entities: '&lt;b&gt;bold?&lt;/b&gt; &#60;img src=x onerror=alert(1)&#62;',
} as const;

/** All payloads in one text, for the long fields. */
export const allPayloads = Object.values(payloads).join('\n');

/** A short, title-sized payload (titles are limited to 200 characters). */
export const titlePayload = '<img data-pwn src=x onerror="window.__hindsightCanary.push(\'title\')"> Title';

/**
 * Checks the page is inert: nothing ran, the CSP saw no injected script or style, and no
 * element or attribute from a payload exists in the DOM.
 */
export async function expectInert(page: Page, where: string): Promise<void> {
  // Give an onerror/onload a moment to fire if the markup had been parsed.
  await page.waitForTimeout(150);
  const state = await page.evaluate(() => ({
    canary: window.__hindsightCanary,
    violations: window.__cspViolations,
    injected: [
      ...document.querySelectorAll(
        '[data-pwn], [onerror], [onload], [onclick], a[href^="javascript:" i], iframe, object, embed, script:not([src]), link[href*="evil"], img[src="x"], img[src*="evil"]',
      ),
    ].map((element) => element.outerHTML.slice(0, 120)),
  }));
  expect(state.canary, `script ran on ${where}`).toEqual([]);
  expect(state.injected, `payload markup in the DOM on ${where}`).toEqual([]);
  // Any violation fails, zod's eval probe included: the renderer runs zod jitless.
  expect(state.violations, `CSP violations on ${where}`).toEqual([]);
}
