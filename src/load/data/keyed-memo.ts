// Texts and groups keyed by two or three parts, without building a key string per row: on a million-row file a
// new string per row (and hashing it) cost more than splitting the row itself.

/** part → part → value, made once by `make` on first use; values() in the order they were made. */
export class Memo2<V> {
  private readonly map = new Map<string, Map<string, V>>();
  private readonly made: V[] = [];

  get(a: string, b: string, make: () => V): V {
    let inner = this.map.get(a);
    if (inner === undefined) this.map.set(a, (inner = new Map()));
    let value = inner.get(b);
    if (value === undefined) {
      inner.set(b, (value = make()));
      this.made.push(value);
    }
    return value;
  }

  values(): readonly V[] {
    return this.made;
  }
}

/** part → part → part → value, made once by `make` on first use; values() in the order they were made. */
export class Memo3<V> {
  private readonly map = new Memo2<Map<string, V>>();
  private readonly made: V[] = [];

  get(a: string, b: string, c: string, make: () => V): V {
    const inner = this.map.get(a, b, () => new Map());
    let value = inner.get(c);
    if (value === undefined) {
      inner.set(c, (value = make()));
      this.made.push(value);
    }
    return value;
  }

  values(): readonly V[] {
    return this.made;
  }
}
