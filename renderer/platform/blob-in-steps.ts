/** Characters encoded per step: about a megabyte of text, a short task even on a slow machine. */
const STEP_CHARS = 1 << 20;

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/**
 * A Blob of `text`, encoded a slice per task: one `new Blob([text])` of a large backup holds
 * the page for most of a second. Slices never split a surrogate pair, so every character survives.
 */
export async function blobInSteps(text: string, type: string, stepChars = STEP_CHARS): Promise<Blob> {
  const parts: Blob[] = [];
  for (let start = 0; start < text.length;) {
    let end = Math.min(start + stepChars, text.length);
    // Ends on the first half of a pair: the pair goes to one side whole.
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end += end - 1 > start ? -1 : 1;
    parts.push(new Blob([text.slice(start, end)]));
    start = end;
    if (start < text.length) await new Promise((resolve) => setTimeout(resolve));
  }
  return new Blob(parts, { type });
}
