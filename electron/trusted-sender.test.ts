import { describe, expect, it } from 'vitest';
import { createTrustedSenderCheck, isOwnOrigin, type SenderEvent } from './trusted-sender';

const check = createTrustedSenderCheck({ windowContentsIds: () => [7] });
const event = (overrides: Partial<{ id: number; url: string; parent: unknown; frame: null }> = {}): SenderEvent => ({
  sender: { id: overrides.id ?? 7 },
  senderFrame:
    overrides.frame === null
      ? null
      : { url: overrides.url ?? 'app://hindsight/index.html', parent: overrides.parent ?? null },
});

describe('trusted sender check', () => {
  it("accepts our window's main frame on app://hindsight", () => {
    expect(check(event())).toBe(true);
  });

  it('refuses subframes, other windows, destroyed frames and foreign origins', () => {
    expect(check(event({ parent: {} }))).toBe(false);
    expect(check(event({ id: 8 }))).toBe(false);
    expect(check(event({ frame: null }))).toBe(false);
    expect(check(event({ url: 'https://evil.example/' }))).toBe(false);
    expect(check(event({ url: 'app://other/index.html' }))).toBe(false);
    expect(check(event({ url: 'file:///tmp/index.html' }))).toBe(false);
    expect(check(event({ url: 'not a url' }))).toBe(false);
  });

  it('refuses everything before the window exists', () => {
    expect(createTrustedSenderCheck({ windowContentsIds: () => [] })(event())).toBe(false);
  });

  it("accepts the quick capture window's main frame too, and still refuses everything else", () => {
    let quickCapture: number | null = 9;
    const both = createTrustedSenderCheck({
      windowContentsIds: () => [7, ...(quickCapture === null ? [] : [quickCapture])],
    });
    expect(both(event({ id: 7 }))).toBe(true);
    expect(both(event({ id: 9, url: 'app://hindsight/index.html#/quick-capture' }))).toBe(true);
    expect(both(event({ id: 9, parent: {} }))).toBe(false);
    expect(both(event({ id: 9, url: 'https://evil.example/#/quick-capture' }))).toBe(false);
    expect(both(event({ id: 10 }))).toBe(false);
    // Once it is closed its id is no longer ours (Chromium may reuse it).
    quickCapture = null;
    expect(both(event({ id: 9 }))).toBe(false);
  });

  it('accepts the dev server origin only when one is given', () => {
    expect(isOwnOrigin('http://localhost:5173/', undefined)).toBe(false);
    expect(isOwnOrigin('http://localhost:5173/#/journal', 'http://localhost:5173')).toBe(true);
    expect(isOwnOrigin('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
  });
});
