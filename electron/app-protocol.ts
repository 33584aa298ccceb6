import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { APP_HOST, APP_SCHEME } from '../shared/ipc';
import { CONTENT_SECURITY_POLICY } from '../shared/content-security-policy';
import { PRINT_JOB_PATH_PREFIX } from '../shared/print-job';
import type { PrintJobs } from './print-jobs';

/** Privileges of the app:// scheme: a standard, secure origin so IndexedDB and fetch work. */
export const appSchemePrivileges = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
} as const;

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

const securityHeaders = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'cross-origin-opener-policy': 'same-origin',
  'referrer-policy': 'no-referrer',
};

function plainResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8', ...securityHeaders } });
}

/**
 * Resolves an app:// URL to a file inside `rootDir`, or null when the URL names
 * another host or tries to leave the folder (`..`, encoded slashes, NUL bytes).
 */
export function resolveAppPath(rootDir: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const root = path.resolve(rootDir);
  const resolved = path.resolve(root, relative);
  if (resolved !== root && !resolved.startsWith(root + path.sep)) return null;
  return resolved;
}

/** The token of a print-job URL (`app://hindsight/print-job/<token>`), else null. */
function printJobToken(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
    return parsed.pathname.startsWith(PRINT_JOB_PATH_PREFIX)
      ? parsed.pathname.slice(PRINT_JOB_PATH_PREFIX.length)
      : null;
  } catch {
    return null;
  }
}

/**
 * Builds the handler for `protocol.handle('app', …)`: serves the built renderer from
 * `rootDir` with the app's Content-Security-Policy, and nothing outside that folder; and
 * each waiting print job, once, to the print window that asks for it by its token.
 */
export function createAppProtocolHandler(
  rootDir: string,
  printJobs?: Pick<PrintJobs, 'take'>,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plainResponse(405, 'Method not allowed');
    const token = printJobToken(request.url);
    if (token !== null) {
      const body = request.method === 'GET' ? (printJobs?.take(token) ?? null) : null;
      if (body === null) return plainResponse(404, 'Not found');
      return new Response(body, {
        status: 200,
        headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...securityHeaders },
      });
    }
    const filePath = resolveAppPath(rootDir, request.url);
    if (!filePath) return plainResponse(403, 'Forbidden');
    try {
      const body = await readFile(filePath);
      const type = contentTypes[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
      return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
        status: 200,
        headers: { 'content-type': type, ...securityHeaders },
      });
    } catch {
      return plainResponse(404, 'Not found');
    }
  };
}
