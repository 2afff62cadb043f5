// The typed arrays behind ObservationTable, one per field, doubled in size together when full.

const COLUMN_TYPES = {
  indicator: Uint32Array,
  year: Uint16Array,
  dims: Uint32Array,
  mark: Uint8Array,
  value: Float64Array,
  file: Uint32Array,
  line: Uint32Array,
  column: Uint32Array,
  /** The next older observation of the same series, or -1. */
  next: Int32Array,
} as const;

export type Columns = { [K in keyof typeof COLUMN_TYPES]: InstanceType<(typeof COLUMN_TYPES)[K]> };

export function makeColumns(size: number): Columns {
  const columns: Record<string, unknown> = {};
  for (const [name, Type] of Object.entries(COLUMN_TYPES)) columns[name] = new Type(size);
  return columns as Columns;
}

/** Columns of twice the size holding the same values (doubling keeps the copying linear overall). */
export function grownColumns(old: Columns): Columns {
  const bigger = makeColumns(Math.max(1024, old.next.length * 2));
  for (const name of Object.keys(COLUMN_TYPES) as Array<keyof Columns>) bigger[name].set(old[name]);
  return bigger;
}

/** Copies holding the first `size` entries, nothing more (a view would carry its whole buffer into a snapshot). */
export function slicedColumns(columns: Columns, size: number): Columns {
  const sliced: Record<string, unknown> = {};
  for (const name of Object.keys(COLUMN_TYPES) as Array<keyof Columns>) sliced[name] = columns[name].slice(0, size);
  return sliced as Columns;
}

/** Each column's bytes, in a fixed order, for the data cache. */
export function columnBytes(columns: Columns): Uint8Array[] {
  return (Object.keys(COLUMN_TYPES) as Array<keyof Columns>).map((name) => new Uint8Array(columns[name].buffer, columns[name].byteOffset, columns[name].byteLength));
}

/** Columns over bytes made by columnBytes; null when they do not fit (a damaged entry). */
export function columnsFromBytes(blobs: readonly Uint8Array[], size: number): Columns | null {
  const names = Object.keys(COLUMN_TYPES) as Array<keyof Columns>;
  if (blobs.length !== names.length) return null;
  const columns: Record<string, unknown> = {};
  for (const [i, name] of names.entries()) {
    const Type = COLUMN_TYPES[name];
    const blob = blobs[i]!;
    if (blob.byteLength !== size * Type.BYTES_PER_ELEMENT) return null;
    // A view needs an aligned start; the entry lays blobs out 8-aligned, but copy if its buffer is not.
    const bytes = blob.byteOffset % Type.BYTES_PER_ELEMENT === 0 ? blob : blob.slice();
    columns[name] = new Type(bytes.buffer as ArrayBuffer, bytes.byteOffset, size);
  }
  return columns as Columns;
}
