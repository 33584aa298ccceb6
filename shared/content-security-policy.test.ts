import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';

const directives = new Map(
  CONTENT_SECURITY_POLICY.split(';').map((directive) => {
    const [name = '', ...sources] = directive.trim().split(/\s+/);
    return [name, sources] as const;
  }),
);

describe('Content-Security-Policy', () => {
  it('starts from nothing: default-src none, no plugins, no <base>, no form posts, no framing', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('runs only the app’s own script files: no inline script, no eval, no other host', () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.has('script-src-elem')).toBe(false);
    expect(directives.has('script-src-attr')).toBe(false);
  });

  it('connects to nothing but the app itself', () => {
    expect(directives.get('connect-src')).toEqual(["'self'"]);
  });

  it('names no host, wildcard, insecure scheme or unsafe keyword anywhere', () => {
    const allowed = new Set(["'self'", "'none'", 'data:', 'blob:', "'script'", 'default']);
    for (const [name, sources] of directives) {
      for (const source of sources) expect(allowed.has(source), `${name} ${source}`).toBe(true);
    }
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|\*|https?:|wss?:|nonce-|sha\d+-/);
  });

  it('starts workers only from the app’s own files, never from blobs', () => {
    expect(directives.get('worker-src')).toEqual(["'self'"]);
  });

  it('requires Trusted Types for every script sink, with one policy: the page’s own (public/trusted-types.js)', () => {
    expect(directives.get('require-trusted-types-for')).toEqual(["'script'"]);
    expect(directives.get('trusted-types')).toEqual(['default']);
  });

  it('allows frames from nowhere (default-src none covers frame-src and child-src)', () => {
    expect(directives.has('frame-src')).toBe(false);
    expect(directives.has('child-src')).toBe(false);
  });
});
