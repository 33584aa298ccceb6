/** A query string as ordered pairs; a key may repeat. Pure stand-in for URLSearchParams. */
export type QueryPairs = readonly (readonly [string, string])[];

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text with any half of a surrogate pair that lost its other half replaced by U+FFFD. */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * Encodes pairs as `a=1&b=two%20words`. Typed text can hold a lone surrogate (a pasted
 * half emoji), which encodeURIComponent throws on: replaced, never thrown.
 */
export function encodeQuery(pairs: QueryPairs): string {
  const encode = (text: string) => encodeURIComponent(wellFormed(text));
  return pairs.map(([key, value]) => `${encode(key)}=${encode(value)}`).join('&');
}

function decodePart(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return '';
  }
}

/** Decodes `?a=1&b=2` (leading `?` optional) into pairs, in order. */
export function decodeQuery(search: string): [string, string][] {
  return search
    .replace(/^\?/, '')
    .split('&')
    .filter(Boolean)
    .map((pair) => {
      const at = pair.indexOf('=');
      return at === -1 ? [decodePart(pair), ''] : [decodePart(pair.slice(0, at)), decodePart(pair.slice(at + 1))];
    });
}
