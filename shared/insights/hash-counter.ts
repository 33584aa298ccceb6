/**
 * Counts 32-bit hashes in typed arrays (open addressing): a journal of 100,000 setbacks has
 * millions of cause terms, which a Map would hold as millions of boxed entries.
 */
export class HashCounter {
  private keys: Uint32Array;
  private counts: Uint32Array;
  private used = 0;

  constructor(capacity = 1024) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.keys = new Uint32Array(size);
    this.counts = new Uint32Array(size);
  }

  /** Adds one to `hash` (0 is stored as 1: the empty slot is 0). */
  add(hash: number): void {
    const key = hash >>> 0 || 1;
    const mask = this.keys.length - 1;
    let slot = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
    while (this.keys[slot] !== 0 && this.keys[slot] !== key) slot = (slot + 1) & mask;
    if (this.keys[slot] === 0) {
      this.keys[slot] = key;
      if (++this.used * 2 > this.keys.length) {
        this.counts[slot] = 1;
        this.grow();
        return;
      }
    }
    this.counts[slot]!++;
  }

  get(hash: number): number {
    const key = hash >>> 0 || 1;
    const mask = this.keys.length - 1;
    let slot = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
    while (this.keys[slot] !== 0) {
      if (this.keys[slot] === key) return this.counts[slot]!;
      slot = (slot + 1) & mask;
    }
    return 0;
  }

  /** Every hash counted at least `min` times, with its count. */
  atLeast(min: number): { hash: number; count: number }[] {
    const found: { hash: number; count: number }[] = [];
    this.keys.forEach((key, slot) => {
      if (key !== 0 && this.counts[slot]! >= min) found.push({ hash: key, count: this.counts[slot]! });
    });
    return found;
  }

  private grow(): void {
    const { keys, counts } = this;
    this.keys = new Uint32Array(keys.length * 2);
    this.counts = new Uint32Array(keys.length * 2);
    const mask = this.keys.length - 1;
    keys.forEach((key, at) => {
      if (key === 0) return;
      let slot = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
      while (this.keys[slot] !== 0) slot = (slot + 1) & mask;
      this.keys[slot] = key;
      this.counts[slot] = counts[at]!;
    });
  }
}
