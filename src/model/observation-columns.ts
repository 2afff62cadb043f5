// The typed arrays behind ObservationTable, one per field, in fixed-size pages: a table grows by adding a page,
// never by copying what it holds, so its peak memory is its size plus one page (doubling arrays peaked at three
// times the rows while the old and new arrays were both alive).

const COLUMN_TYPES = {
  indicator: Uint32Array,
  year: Uint16Array,
  dims: Uint32Array,
  mark: Uint8Array,
  value: Float64Array,
  /** Numbers of at most MAX_FILES files (the loader refuses more). */
  file: Uint16Array,
  line: Uint32Array,
  /** 0 when unknown or past 65,535 (an Excel sheet has at most 16,384 columns). */
  column: Uint16Array,
  /** The next older observation of the same series, or -1. */
  next: Int32Array,
} as const;

export type Columns = { [K in keyof typeof COLUMN_TYPES]: InstanceType<(typeof COLUMN_TYPES)[K]> };

/** Files one table can name: `file` holds 16 bits. */
export const MAX_FILES = 0xffff;

export const PAGE_BITS = 14;
export const PAGE_SIZE = 1 << PAGE_BITS;
export const PAGE_MASK = PAGE_SIZE - 1;

export function makeColumns(size: number = PAGE_SIZE): Columns {
  const columns: Record<string, unknown> = {};
  for (const [name, Type] of Object.entries(COLUMN_TYPES)) columns[name] = new Type(size);
  return columns as Columns;
}
