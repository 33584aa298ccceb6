/** A query string as ordered pairs; a key may repeat. Pure stand-in for URLSearchParams. */
export type QueryPairs = readonly (readonly [string, string])[];

/** Encodes pairs as `a=1&b=two%20words`. */
export function encodeQuery(pairs: QueryPairs): string {
  return pairs.map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`).join('&');
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
