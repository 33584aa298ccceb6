// What main may write to its log about a URL or an error: never the person's text. A URL's
// path and query can hold a title or a name (a print view's options, a link in a note), and
// an error's message can hold a path made from a title; the origin and the error's code do not.

/** `https://host:port` of a URL, or a placeholder when it is not one. */
export function originForLog(url: string | undefined): string {
  if (!url) return '(no URL)';
  try {
    const parsed = new URL(url);
    return parsed.host ? `${parsed.protocol}//${parsed.host}` : `${parsed.protocol} URL`;
  } catch {
    return '(not a URL)';
  }
}

/** An error's code (EACCES, ENOSPC…) or class name, never its message. */
export function errorKindForLog(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' && /^[A-Z0-9_]{1,40}$/.test(code) ? code : error.name;
  }
  return typeof error;
}
