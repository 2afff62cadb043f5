// A fast 64-bit content hash for cache keys (two mixed 32-bit lanes); node:crypto costs ~9 ms just to load.
// Not a security boundary: whoever can write the rule files or the cache folder decides what is read anyway.

export class ContentHash {
  private h1 = 0xdeadbeef;
  private h2 = 0x41c6ce57;

  update(data: Uint8Array | string): this {
    const bytes = typeof data === 'string' ? Buffer.from(data) : data;
    let h1 = this.h1;
    let h2 = this.h2;
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      h1 = Math.imul(h1 ^ b, 2654435761);
      h2 = Math.imul(h2 ^ b, 1597334677);
    }
    this.h1 = h1;
    this.h2 = h2;
    return this;
  }

  /** 16 hex digits. */
  digest(): string {
    let h1 = Math.imul(this.h1 ^ (this.h1 >>> 16), 2246822507);
    h1 ^= Math.imul(this.h2 ^ (this.h2 >>> 13), 3266489909);
    let h2 = Math.imul(this.h2 ^ (this.h2 >>> 16), 2246822507);
    h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
  }
}
