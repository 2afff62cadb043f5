// Observations stored column by column in typed arrays: 31 bytes each instead of two objects of ~100.
import type { Assessment, Observation, SourceLocation } from './data.js';
import { makeColumns, PAGE_BITS, PAGE_MASK, type Columns } from './observation-columns.js';

/** What a row's value cell held: nothing (missing), a number, or an assessment. */
export const MARK = { missing: 0, number: 1, met: 2, partial: 3, not_met: 4 } as const;
const ASSESSMENT_OF: ReadonlyArray<Assessment | null> = [null, null, 'met', 'partial', 'not_met'];

type Dims = Readonly<Record<string, string>>;

/** Canonical text of a dims object, for looking a combination up by value. */
export function dimsText(dims: Dims): string {
  const keys = Object.keys(dims);
  if (keys.length === 0) return '';
  if (keys.length > 1) keys.sort();
  return keys.map((k) => `${k}=${dims[k]}`).join('\u0001');
}

export class ObservationTable {
  size = 0;
  /** Indicator (or rule) ids by number. */
  private readonly ids: string[] = [];
  private readonly idNumbers = new Map<string, number>();
  private readonly files: string[] = [];
  private readonly fileNumbers = new Map<string, number>();
  private readonly dimsById: Dims[] = [];
  private readonly dimsIds = new Map<string, number>();
  /** Per indicator number: dims id → the newest observation of that series; `next` links the older ones. */
  private readonly heads: Array<Map<number, number>> = [];
  /** Observation i is entry i & PAGE_MASK of page i >> PAGE_BITS. */
  private readonly pages: Columns[] = [];

  /** The number of an indicator id, added when new. */
  idNumber(id: string): number {
    let n = this.idNumbers.get(id);
    if (n === undefined) {
      this.idNumbers.set(id, (n = this.ids.push(id) - 1));
      this.heads.push(new Map());
    }
    return n;
  }

  fileNumber(file: string): number {
    let n = this.fileNumbers.get(file);
    if (n === undefined) this.fileNumbers.set(file, (n = this.files.push(file) - 1));
    return n;
  }

  /** The id of a dims combination, added when new; `id` is the caller's own when it interns them itself. */
  dimsId(dims: Dims, id?: number): number {
    if (id !== undefined && this.dimsById[id] !== undefined) return id;
    const text = dimsText(dims);
    const known = this.dimsIds.get(text);
    if (known !== undefined) return known;
    const assigned = id ?? this.dimsById.length;
    this.dimsById[assigned] = dims;
    this.dimsIds.set(text, assigned);
    return assigned;
  }

  /** The id of a dims combination already stored, looked up by value. */
  knownDimsId(dims: Dims): number | undefined {
    return this.dimsIds.get(dimsText(dims));
  }

  /** Position of the observation of (indicator, dims, year), or -1. Series are short: one entry per plan year. */
  find(idNumber: number, dimsId: number, year: number): number {
    let i = this.heads[idNumber]?.get(dimsId) ?? -1;
    while (i !== -1 && this.pages[i >> PAGE_BITS]!.year[i & PAGE_MASK] !== year) i = this.pages[i >> PAGE_BITS]!.next[i & PAGE_MASK]!;
    return i;
  }

  append(idNumber: number, dimsId: number, year: number, mark: number, value: number, file: number, line: number, column: number): number {
    const i = this.size++;
    if ((i & PAGE_MASK) === 0) this.pages.push(makeColumns());
    const heads = this.heads[idNumber]!;
    const c = this.pages[i >> PAGE_BITS]!;
    const j = i & PAGE_MASK;
    c.next[j] = heads.get(dimsId) ?? -1;
    heads.set(dimsId, i);
    c.indicator[j] = idNumber;
    c.year[j] = year;
    c.dims[j] = dimsId;
    this.overwrite(i, mark, value, file, line, column);
    return i;
  }

  /** Replace the content of an observation in place (a value for a missing one). */
  overwrite(i: number, mark: number, value: number, file: number, line: number, column: number): void {
    const c = this.pages[i >> PAGE_BITS]!;
    const j = i & PAGE_MASK;
    c.mark[j] = mark;
    c.value[j] = value;
    c.file[j] = file;
    c.line[j] = line;
    c.column[j] = column > 0xffff ? 0 : column;
  }

  private col<K extends keyof Columns>(name: K, i: number): number {
    return this.pages[i >> PAGE_BITS]![name][i & PAGE_MASK]!;
  }

  year(i: number): number {
    return this.col('year', i);
  }
  mark(i: number): number {
    return this.col('mark', i);
  }
  value(i: number): number | null {
    return this.col('mark', i) === MARK.number ? this.col('value', i) : null;
  }
  assessment(i: number): Assessment | null {
    return ASSESSMENT_OF[this.col('mark', i)] ?? null;
  }
  dims(i: number): Dims {
    return this.dimsById[this.col('dims', i)]!;
  }
  dimsOf(dimsId: number): Dims {
    return this.dimsById[dimsId]!;
  }
  idOf(i: number): string {
    return this.ids[this.col('indicator', i)]!;
  }
  /** File, line and column numbers as stored, to copy a source without making an object. */
  sourceNumbers(i: number): [file: number, line: number, column: number] {
    return [this.col('file', i), this.col('line', i), this.col('column', i)];
  }
  source(i: number): SourceLocation {
    const column = this.col('column', i);
    const source: SourceLocation = { file: this.files[this.col('file', i)]!, line: this.col('line', i) };
    if (column > 0) source.column = column;
    return source;
  }

  observation(i: number): Observation {
    return { indicator: this.idOf(i), year: this.year(i), value: this.value(i), assessment: this.assessment(i), dims: this.dims(i), source: this.source(i) };
  }

  /** The series of an indicator: dims id → newest observation; follow `older` for the rest. */
  seriesOf(id: string): ReadonlyMap<number, number> {
    const n = this.idNumbers.get(id);
    return n === undefined ? new Map() : this.heads[n]!;
  }
  older(i: number): number {
    return this.col('next', i);
  }

  /** Lowest and highest year of any observation, or null when there is none. */
  yearSpan(): { first: number; last: number } | null {
    if (this.size === 0) return null;
    let first = Infinity;
    let last = -Infinity;
    for (let i = 0; i < this.size; i++) {
      const y = this.col('year', i);
      if (y < first) first = y;
      if (y > last) last = y;
    }
    return { first, last };
  }

  /** Every observation as an object, in the order they were added. */
  toObservations(): Observation[] {
    return Array.from({ length: this.size }, (_, i) => this.observation(i));
  }
}
