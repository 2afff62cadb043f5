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
