// Dimension cells (township, area, …): canonical spelling, totals, unknown values, shared dims objects.
import type { Dimension } from '../../schema/indicator.js';
import { cleanCell, nameKey } from './normalize-text.js';
import { closestLabels, type Candidate } from './similarity.js';

/** Cells that mean "all units": the dimension is absent from dims (unless the dimension lists the word as a value). */
const TOTAL_WORDS: ReadonlySet<string> = new Set(['', '合计', '总计', '全县', '全部', '总体', 'total', 'all']);

export interface DimensionCell {
  /** Canonical value, or undefined for the total. */
  value: string | undefined;
  /** False when the dimension lists its values and this is not one of them. */
  known: boolean;
}

const TOTAL: DimensionCell = { value: undefined, known: true };
const EMPTY_DIMS: Readonly<Record<string, string>> = Object.freeze({});

export class DimensionValues {
  private readonly canonical = new Map<string, ReadonlyMap<string, string>>();
  private readonly candidates = new Map<string, Candidate[]>();
  private readonly cache = new Map<string, DimensionCell>();
  private readonly interned = new Map<string, Readonly<Record<string, string>>>();

  constructor(dimensions: readonly Dimension[]) {
    for (const dim of dimensions) {
      if (dim.values.length === 0) continue;
      this.canonical.set(dim.id, new Map(dim.values.map((v) => [nameKey(v), v])));
      this.candidates.set(dim.id, dim.values.map((v) => ({ key: nameKey(v), label: v, target: v })));
    }
  }

  /** Read one dimension cell. */
  read(dimension: string, raw: string): DimensionCell {
    if (raw === '') return TOTAL;
    const cacheKey = `${dimension}\u0000${raw}`;
    const cached = this.cache.get(cacheKey);
    if (cached !== undefined) return cached;
    const result = this.classify(dimension, raw);
    if (this.cache.size < 100_000) this.cache.set(cacheKey, result);
    return result;
  }

  /** Up to three listed values most like an unknown one. */
  suggest(dimension: string, raw: string): string[] {
    return closestLabels(nameKey(raw), this.candidates.get(dimension) ?? []);
  }

  /** One frozen dims object per distinct combination, so a million rows share a few objects. */
  dims(key: string, entries: ReadonlyArray<readonly [string, string]>): Readonly<Record<string, string>> {
    if (entries.length === 0) return EMPTY_DIMS;
    let dims = this.interned.get(key);
    if (dims === undefined) {
      dims = Object.freeze(Object.fromEntries(entries));
      this.interned.set(key, dims);
    }
    return dims;
  }

  private classify(dimension: string, raw: string): DimensionCell {
    const text = cleanCell(raw);
    const key = nameKey(text);
    const listed = this.canonical.get(dimension);
    const value = listed?.get(key);
    if (value !== undefined) return { value, known: true };
    if (TOTAL_WORDS.has(key)) return TOTAL;
    return { value: text, known: listed === undefined };
  }
}
