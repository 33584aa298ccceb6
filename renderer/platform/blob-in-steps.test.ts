import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blobInSteps } from './blob-in-steps';

describe('blobInSteps', () => {
  it('keeps every character, whatever the step and wherever it falls', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'grapheme', maxLength: 60 }),
        fc.integer({ min: 1, max: 8 }),
        async (text, step) => {
          const blob = await blobInSteps(text, 'application/json', step);
          expect(await blob.text()).toBe(text);
          expect(blob.type).toBe('application/json');
        },
      ),
    );
  });

  it('never splits an emoji between two steps', async () => {
    const text = `a${'😬'.repeat(5)}`;
    const blob = await blobInSteps(text, 'text/plain', 2);
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(new TextEncoder().encode(text));
  });
});
