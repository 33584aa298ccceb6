/**
 * Hosts a link may open in the person's own browser. Empty on purpose: Hindsight has no
 * links out today, so every external URL is refused. A host added here must be a plain
 * lower-case ASCII name (punycode for IDNs) and reviewed like any other security change.
 */
export const EXTERNAL_LINK_HOSTS: readonly string[] = [];
import { errorKindForLog, originForLog } from './log-safe';

/** Longer URLs are refused outright: no real link needs more, and parsers disagree at the edges. */
const MAX_EXTERNAL_URL_LENGTH = 2048;

/**
 * The normalized URL to hand to `shell.openExternal`, or null when `raw` must not leave
 * the app. Only `https:` on an allowed host, with no user info and no explicit port,
 * passes. Decided on the WHATWG URL parser's reading (the one Chromium and the OS
 * browser use), never on string prefixes, so `https://allowed.com@evil.com` and
 * look-alike IDNs fail.
 */
export function allowedExternalUrl(raw: string, allowedHosts: readonly string[]): string | null {
  if (raw.length > MAX_EXTERNAL_URL_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:') return null;
  if (url.username !== '' || url.password !== '') return null;
  // The parser drops a default :443, so any port left is a non-standard one.
  if (url.port !== '') return null;
  if (!allowedHosts.includes(url.hostname)) return null;
  return url.href;
}

export interface ExternalLinkOptions {
  allowedHosts: readonly string[];
  openExternal: (url: string) => Promise<void>;
  log: (message: string) => void;
}

/**
 * Builds the one way a link leaves the app: opens allowed https links in the system
 * browser and refuses (and logs) everything else. Returns whether the link was opened.
 */
export function createExternalLinkOpener(options: ExternalLinkOptions): (url: string) => boolean {
  return (raw) => {
    const url = allowedExternalUrl(raw, options.allowedHosts);
    if (url === null) {
      options.log(`Refused to open a link to ${originForLog(raw)}: not an allowed https link.`);
      return false;
    }
    options.openExternal(url).catch((error: unknown) => {
      options.log(`Could not open a link to ${originForLog(url)} (${errorKindForLog(error)}).`);
    });
    return true;
  };
}
