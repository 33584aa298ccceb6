/**
 * The Content-Security-Policy every page of the app is served with, in the desktop app
 * (by the app:// protocol handler) and in browser mode (by the preview server).
 * Nothing may load from anywhere but the app itself; no inline script, no eval, and no
 * markup or script made from strings (Trusted Types).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  // The workers (search, coach) are the app's own files.
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
  // Every script sink takes only Trusted Types, from one policy: renderer/public/trusted-types.js,
  // which makes no HTML or script from strings and allows only the app's own worker files.
  "require-trusted-types-for 'script'",
  'trusted-types default',
].join('; ');
