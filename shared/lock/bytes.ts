// Bytes as text for storage and files: base64 (standard alphabet). shared/ has no DOM
// types, but every engine the app runs in (browsers, workers, Node 16+) has btoa and atob.
const { btoa, atob } = globalThis as unknown as { btoa: (text: string) => string; atob: (base64: string) => string };

export function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (let at = 0; at < bytes.length; at += 0x8000) text += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(text);
}

export function fromBase64(base64: string): Uint8Array {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let at = 0; at < text.length; at++) bytes[at] = text.charCodeAt(at);
  return bytes;
}

interface TextCoders {
  TextEncoder: new () => { encode(text: string): Uint8Array };
  TextDecoder: new (label: string, options: { fatal: boolean }) => { decode(bytes: Uint8Array): string };
}
const coders = globalThis as unknown as TextCoders;
const encoder = new coders.TextEncoder();
const decoder = new coders.TextDecoder('utf-8', { fatal: true });

export const utf8 = (text: string): Uint8Array => encoder.encode(text);
export const fromUtf8 = (bytes: Uint8Array): string => decoder.decode(bytes);

const { crypto } = globalThis as unknown as { crypto: { getRandomValues<T extends Uint8Array>(bytes: T): T } };

/** Random bytes from the platform's generator. */
export const randomBytes = (length: number): Uint8Array => crypto.getRandomValues(new Uint8Array(length));
