// Observations stored column by column in typed arrays: about 30 bytes each instead of two objects of ~100.
import type { Assessment, Observation, SourceLocation } from './data.js';
import { grownColumns, makeColumns } from './observation-columns.js';

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
  private cols = makeColumns(1024);

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
    const c = this.cols;
    while (i !== -1 && c.year[i] !== year) i = c.next[i]!;
    return i;
  }

  append(idNumber: number, dimsId: number, year: number, mark: number, value: number, file: number, line: number, column: number): number {
    if (this.size === this.cols.next.length) this.cols = grownColumns(this.cols);
    const i = this.size++;
    const heads = this.heads[idNumber]!;
    const c = this.cols;
    c.next[i] = heads.get(dimsId) ?? -1;
    heads.set(dimsId, i);
    c.indicator[i] = idNumber;
    c.year[i] = year;
    c.dims[i] = dimsId;
    this.overwrite(i, mark, value, file, line, column);
    return i;
  }

  /** Replace the content of an observation in place (a value for a missing one). */
  overwrite(i: number, mark: number, value: number, file: number, line: number, column: number): void {
    const c = this.cols;
    c.mark[i] = mark;
    c.value[i] = value;
    c.file[i] = file;
    c.line[i] = line;
    c.column[i] = column;
  }

  year(i: number): number {
    return this.cols.year[i]!;
  }
  mark(i: number): number {
    return this.cols.mark[i]!;
  }
  value(i: number): number | null {
    return this.cols.mark[i] === MARK.number ? this.cols.value[i]! : null;
  }
  assessment(i: number): Assessment | null {
    return ASSESSMENT_OF[this.cols.mark[i]!] ?? null;
  }
  dims(i: number): Dims {
    return this.dimsById[this.cols.dims[i]!]!;
  }
  dimsOf(dimsId: number): Dims {
    return this.dimsById[dimsId]!;
  }
  idOf(i: number): string {
    return this.ids[this.cols.indicator[i]!]!;
  }
  /** File, line and column numbers as stored, to copy a source without making an object. */
  sourceNumbers(i: number): [file: number, line: number, column: number] {
    return [this.cols.file[i]!, this.cols.line[i]!, this.cols.column[i]!];
  }
  source(i: number): SourceLocation {
    const column = this.cols.column[i]!;
    const source: SourceLocation = { file: this.files[this.cols.file[i]!]!, line: this.cols.line[i]! };
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
    return this.cols.next[i]!;
  }

  /** Lowest and highest year of any observation, or null when there is none. */
  yearSpan(): { first: number; last: number } | null {
    if (this.size === 0) return null;
    let first = Infinity;
    let last = -Infinity;
    for (let i = 0; i < this.size; i++) {
      const y = this.cols.year[i]!;
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
