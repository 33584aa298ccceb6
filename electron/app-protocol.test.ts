import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appSchemePrivileges, createAppProtocolHandler, resolveAppPath } from './app-protocol';
import { createPrintJobs } from './print-jobs';
import { jobFor } from './test-support/print-jobs';

let root: string;
let outside: string;

beforeAll(() => {
  const base = mkdtempSync(path.join(tmpdir(), 'hindsight-protocol-'));
  root = path.join(base, 'renderer');
  outside = path.join(base, 'secret.txt');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Hindsight</title>');
  writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(outside, 'do not serve');
});

afterAll(() => rmSync(path.dirname(root), { recursive: true, force: true }));

const get = (url: string, method = 'GET') => createAppProtocolHandler(root)(new Request(url, { method }));

describe('app:// scheme', () => {
  it('is registered as a standard, secure scheme', () => {
    expect(appSchemePrivileges).toMatchObject({ scheme: 'app', privileges: { standard: true, secure: true } });
  });

  it('serves the renderer with its content type and the strict CSP', async () => {
    const page = await get('app://hindsight/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await page.text()).toContain('<title>Hindsight</title>');
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const script = await get('app://hindsight/assets/app.js');
    expect(script.headers.get('content-type')).toMatch(/javascript/);
  });

  it.each([
    'app://hindsight/../../etc/passwd',
    'app://hindsight/..%2f..%2fetc%2fpasswd',
    'app://hindsight/%2e%2e/secret.txt',
    'app://hindsight/..%2fsecret.txt',
    'app://hindsight/assets/..%2f..%2fsecret.txt',
    'app://hindsight/..%5csecret.txt',
    'app://hindsight/index.html%00.png',
    'app://hindsight/%2E%2E/%2E%2E/etc/passwd',
    'app://hindsight/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    'app://hindsight/%252e%252e%252fsecret.txt',
    'app://hindsight/%c0%ae%c0%ae/secret.txt',
    'app://hindsight/assets/%2e%2e/%2e%2e/secret.txt',
    'app://hindsight//etc/passwd',
    'app://hindsight/%2fetc%2fpasswd',
    'app://hindsight/..\\..\\secret.txt',
    'app://hindsight/.%2e/secret.txt',
  ])('never serves a file outside the renderer folder: %s', async (url) => {
    const response = await get(url);
    expect([403, 404]).toContain(response.status);
    const body = await response.text();
    expect(body).not.toContain('do not serve');
    expect(body).not.toContain('root:');
    // Refusals carry the same CSP as pages: nothing served from app:// is ever unprotected.
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  it('refuses traversal outright rather than resolving it', () => {
    expect(resolveAppPath(root, 'app://hindsight/..%2fsecret.txt')).toBeNull();
    expect(resolveAppPath(root, 'app://hindsight/%E0%A4%A')).toBeNull();
    expect(resolveAppPath(root, 'app://hindsight/assets/app.js')).toBe(path.join(root, 'assets', 'app.js'));
  });

  it('refuses other hosts, other schemes and methods other than GET/HEAD', async () => {
    expect((await get('app://elsewhere/index.html')).status).toBe(403);
    expect(resolveAppPath(root, 'file:///etc/passwd')).toBeNull();
    expect((await get('app://hindsight/index.html', 'POST')).status).toBe(405);
    expect((await get('app://hindsight/missing.js')).status).toBe(404);
  });
});

describe('print jobs over app://', () => {
  it('serves a waiting job once, to whoever names its token, with no caching; nothing else', async () => {
    const jobs = createPrintJobs();
    const token = jobs.add(jobFor({ storyIds: ['a-1'], options: {} }));
    const handler = createAppProtocolHandler(root, jobs);
    const url = `app://hindsight/print-job/${token}`;
    expect((await handler(new Request(url, { method: 'HEAD' }))).status).toBe(404);
    const first = await handler(new Request(url));
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('no-store');
    expect(await first.json()).toMatchObject({ request: { storyIds: ['a-1'] } });
    expect((await handler(new Request(url))).status).toBe(404);
    expect((await handler(new Request('app://hindsight/print-job/not-a-token'))).status).toBe(404);
    expect((await createAppProtocolHandler(root)(new Request(url))).status).toBe(404);
  });

  it('forgets a job nobody fetched within a minute', () => {
    let now = 0;
    const jobs = createPrintJobs(() => now);
    const token = jobs.add(jobFor({ storyIds: ['a-1'], options: {} }));
    now += 61_000;
    expect(jobs.take(token)).toBeNull();
  });
});
