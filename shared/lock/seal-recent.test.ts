import { describe, expect, it } from 'vitest';
import { randomBytes } from './bytes';
import { cipherFor } from './seal';

// Rows just sealed or opened open again without decrypting (seal.ts, RecentRows): these check
// that doing so never changes what a row opens to, nor lets a changed row through.
describe('opening a row read back as it was written', () => {
  const row = { id: 'e1', title: 'Outage', whatHappened: 'word '.repeat(2000), tags: ['ops'] };

  it('opens to the row sealed, a fresh copy each time', () => {
    const cipher = cipherFor(randomBytes(32));
    const sealed = cipher.seal('entries/e1', row);
    const first = cipher.open('entries/e1', sealed) as typeof row;
    expect(first).toEqual(row);
    first.tags.push('changed by the caller');
    expect(cipher.open('entries/e1', sealed)).toEqual(row);
  });

  it('refuses the same row changed by one byte, or opened at another place', () => {
    const cipher = cipherFor(randomBytes(32));
    const sealed = cipher.seal('entries/e1', row);
    const tampered = { ...sealed, data: sealed.data.map((byte, at) => (at === 10 ? byte ^ 1 : byte)) };
    expect(() => cipher.open('entries/e1', tampered)).toThrow();
    expect(() => cipher.open('entries/e2', sealed)).toThrow();
    expect(cipher.open('entries/e1', sealed)).toEqual(row);
  });

  it('opens an earlier version of a row after a newer one was sealed, and many rows in turn', () => {
    const cipher = cipherFor(randomBytes(32));
    const older = cipher.seal('entries/e1', row);
    const newer = cipher.seal('entries/e1', { ...row, title: 'Outage, rewritten' });
    expect(cipher.open('entries/e1', older)).toEqual(row);
    expect(cipher.open('entries/e1', newer)).toMatchObject({ title: 'Outage, rewritten' });
    const many = Array.from({ length: 100 }, (_, at) => cipher.seal(`entries/m${at}`, { at }));
    many.forEach((sealed, at) => expect(cipher.open(`entries/m${at}`, sealed)).toEqual({ at }));
  });

  it('opens with a fresh cipher of the same key what another sealed (nothing depends on the remembered rows)', () => {
    const key = randomBytes(32);
    const sealed = cipherFor(key).seal('stories/s1', row);
    expect(cipherFor(key).open('stories/s1', sealed)).toEqual(row);
    expect(() => cipherFor(randomBytes(32)).open('stories/s1', sealed)).toThrow();
  });
});
