import { describe, expect, it, vi } from 'vitest';
import { allowedExternalUrl, createExternalLinkOpener, EXTERNAL_LINK_HOSTS } from './external-links';

const hosts = ['allowed.com'];

describe('allowedExternalUrl', () => {
  it.each([
    ['https://allowed.com/', 'https://allowed.com/'],
    ['https://allowed.com/help?q=1#top', 'https://allowed.com/help?q=1#top'],
    // The parser lower-cases scheme and host, so shouting is the same link.
    ['HTTPS://ALLOWED.COM/Path', 'https://allowed.com/Path'],
    // A default port is no port.
    ['https://allowed.com:443/', 'https://allowed.com/'],
    // Surrounding whitespace is stripped by the parser; what opens is the normalized URL.
    ['  https://allowed.com/x  ', 'https://allowed.com/x'],
    // A percent-encoded host decodes to the same host the browser would visit.
    ['https://allowed%2ecom/', 'https://allowed.com/'],
  ])('opens %s as %s', (raw, expected) => {
    expect(allowedExternalUrl(raw, hosts)).toBe(expected);
  });

  it.each([
    'https://evil.com@allowed.com/',
    'https://allowed.com@evil.com/',
    'https://user:pass@allowed.com/',
    'https://:pass@allowed.com/',
    'https://allowed.com:8443/',
    'https://allowed.com:80/',
    'http://allowed.com/',
    'javascript:alert(1)',
    'JavaScript:alert(document.domain)//https://allowed.com/',
    'file:///etc/passwd',
    'file://allowed.com/etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'ftp://allowed.com/',
    'smb://allowed.com/share',
    'ms-msdt:/id PCWDiagnostic',
    'app://hindsight/index.html',
    'https://allowed.com.evil.com/',
    'https://evil.com/allowed.com',
    'https://evil.com/?https://allowed.com',
    'https://evilallowed.com/',
    'https://sub.allowed.com/',
    'https://allowed.com./',
    // Cyrillic "а" looks like Latin "a": the parser turns it into punycode, which is not on the list.
    'https://аllowed.com/',
    'https://xn--llowed-9nf.com/',
    'https:/\\evil.com/allowed.com',
    'https://[::1]/',
    'https://127.0.0.1/',
    '//allowed.com/',
    'allowed.com',
    '',
    'not a url',
    `https://allowed.com/${'a'.repeat(3000)}`,
  ])('refuses %s', (raw) => {
    expect(allowedExternalUrl(raw, hosts)).toBeNull();
  });

  it('allows nothing with the shipped allow-list, which is empty until a host is reviewed', () => {
    expect(EXTERNAL_LINK_HOSTS).toEqual([]);
    expect(allowedExternalUrl('https://allowed.com/', EXTERNAL_LINK_HOSTS)).toBeNull();
  });
});

describe('createExternalLinkOpener', () => {
  const setup = (openExternal = vi.fn(() => Promise.resolve())) => {
    const log = vi.fn();
    const open = createExternalLinkOpener({ allowedHosts: hosts, openExternal, log });
    return { open, openExternal, log };
  };

  it('hands only the normalized, allowed URL to the system browser', () => {
    const { open, openExternal, log } = setup();
    expect(open('HTTPS://ALLOWED.COM/a')).toBe(true);
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://allowed.com/a');
    expect(log).not.toHaveBeenCalled();
  });

  it('refuses and logs everything else without calling the system browser', () => {
    const { open, openExternal, log } = setup();
    for (const url of ['https://evil.com@allowed.com/', 'javascript:alert(1)', 'file:///etc/passwd']) {
      expect(open(url)).toBe(false);
    }
    expect(openExternal).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledTimes(3);
  });

  it('logs, never throws, when the system browser fails', async () => {
    const { open, log } = setup(vi.fn(() => Promise.reject(new Error('no browser'))));
    expect(open('https://allowed.com/')).toBe(true);
    await vi.waitFor(() => expect(log).toHaveBeenCalledWith(expect.stringContaining('allowed.com')));
  });
});
