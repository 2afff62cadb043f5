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

/** One distinct combination of dimension values: a small id for keys, the text for messages, the shared object. */
export interface DimsEntry {
  id: number;
  dims: Readonly<Record<string, string>>;
}

export interface DimsNode {
  entry: DimsEntry | undefined;
  children: Map<string, Map<string, DimsNode>>;
}

const TOTAL: DimensionCell = { value: undefined, known: true };
const CACHE_LIMIT = 100_000;

export class DimensionValues {
  private readonly canonical = new Map<string, ReadonlyMap<string, string>>();
  private readonly candidates = new Map<string, Candidate[]>();
  private readonly cells = new Map<string, Map<string, DimensionCell>>();
  /** The last cell read per dimension: rows of one unit tend to come together. */
  private readonly last = new Map<string, { raw: string; cell: DimensionCell }>();
  private readonly root: DimsNode = { entry: { id: 0, dims: Object.freeze({}) }, children: new Map() };
  private count = 1;

  constructor(dimensions: readonly Dimension[]) {
    for (const dim of dimensions) {
      if (dim.values.length === 0) continue;
      // Former names (曾用名) read as the unit's current name, so older rows join its series.
      const aliases = Object.entries(dim.aliases ?? {}).flatMap(([unit, names]) => names.map((name) => [nameKey(name), unit] as const));
      this.canonical.set(dim.id, new Map([...aliases, ...dim.values.map((v) => [nameKey(v), v] as const)]));
      this.candidates.set(dim.id, dim.values.map((v) => ({ key: nameKey(v), label: v, target: v })));
    }
  }

  /** Read one dimension cell (cached by its raw text). */
  read(dimension: string, raw: string): DimensionCell {
    if (raw === '') return TOTAL;
    const last = this.last.get(dimension);
    if (last !== undefined && last.raw === raw) return last.cell;
    const cell = this.lookup(dimension, raw);
    this.last.set(dimension, { raw, cell });
    return cell;
  }

  private lookup(dimension: string, raw: string): DimensionCell {
    let cache = this.cells.get(dimension);
    if (cache === undefined) this.cells.set(dimension, (cache = new Map()));
    const cached = cache.get(raw);
    if (cached !== undefined) return cached;
    const result = this.classify(dimension, raw);
    if (cache.size < CACHE_LIMIT) cache.set(raw, result);
    return result;
  }

  /** The total (no dimensions). */
  get totalNode(): DimsNode {
    return this.root;
  }

  /** Step from a combination to the one that also has `dimension = value`; call in dimension-id order. */
  child(node: DimsNode, dimension: string, value: string): DimsNode {
    let byValue = node.children.get(dimension);
    if (byValue === undefined) node.children.set(dimension, (byValue = new Map()));
    let next = byValue.get(value);
    if (next === undefined) {
      const base = node.entry?.dims ?? {};
      next = { entry: { id: this.count++, dims: Object.freeze({ ...base, [dimension]: value }) }, children: new Map() };
      byValue.set(value, next);
    }
    return next;
  }

  /** Up to three listed values most like an unknown one. */
  suggest(dimension: string, raw: string): string[] {
    return closestLabels(nameKey(raw), this.candidates.get(dimension) ?? []);
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
