// What every stage of one loadData call shares: the model, lookups, the store, diagnostics and row counts.
import type { Bilingual } from '../../i18n/bilingual.js';
import type { SourceLocation } from '../../model/data.js';
import { UnusedRows } from '../../model/unused-rows.js';
import { SHEET_SEPARATOR, formatLocation } from '../../model/location.js';
import type { Dimension, Indicator } from '../../schema/indicator.js';
import type { DiagnosticSink } from './diagnostic-sink.js';
import type { DimensionValues } from './dimension-values.js';
import type { HeaderName } from './header-names.js';
import type { IndicatorLookup } from './indicators-lookup.js';
import type { ObservationStore } from './observation-store.js';
import type { XlsxLimits } from './xlsx/limits.js';

export interface DataModel {
  indicators: readonly Indicator[];
  dimensions: readonly Dimension[];
  /** ids of qualitative rules: a data row may name a rule id in the indicator column to carry an assessment */
  ruleIds: readonly string[];
  /** years a row may have; rows outside are reported unused ("year outside the plan") */
  years: { min: number; max: number };
  /** indicator → dimension → the only units rules read (src/load/units-read.ts); rows by other units are unused */
  unitsRead?: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
}

export interface DataLoadOptions {
  encoding?: 'utf-8' | 'gb18030';
  strict?: boolean;
  /** Told the rows read so far and the file being read, about every PROGRESS_EVERY rows. */
  onProgress?(rowsRead: number, file: string): void;
  /** Lower bounds for workbooks than XLSX_LIMITS (tests). */
  xlsxLimits?: XlsxLimits;
  /** Called once, before reading, when the files add up to more than LARGE_INPUT_BYTES (see src/cli/optimizer.ts). */
  onLargeInput?(): void;
}

/** About 80,000 rows of a long CSV: the size from which V8's optimising compiler pays for itself (docs/performance.md). */
export const LARGE_INPUT_BYTES = 4 * 1024 * 1024;
/** A workbook's bytes are compressed XML: each stands for several bytes of CSV. */
export const WORKBOOK_BYTES_WEIGHT = 4;

export const PROGRESS_EVERY = 100_000;

export class RowTally {
  used = 0;
  readonly unused = new UnusedRows();
  private count = 0;
  private nextReport = PROGRESS_EVERY;

  constructor(private readonly onProgress?: (rowsRead: number, file: string) => void) {}

  get read(): number {
    return this.count;
  }

  /** Count a row read from `file`. */
  readRow(file: string): void {
    if (++this.count >= this.nextReport) {
      this.nextReport += PROGRESS_EVERY;
      this.onProgress?.(this.count, file);
    }
  }

  skip(file: string, line: number, reason: Bilingual): void {
    this.unused.add(file, line, reason);
  }
}

export interface LoadState {
  readonly model: DataModel;
  /** The dimensions each indicator's rows may be broken down by: its own, and those of ratios derived from it. */
  readonly dimensionsOf: ReadonlyMap<string, ReadonlySet<string>>;
  /** indicator → dimension → the only units rules read; absent where rules read every unit (or none is named). */
  readonly unitsRead: ReadonlyMap<string, ReadonlyMap<string, ReadonlySet<string>>>;
  readonly strict: boolean;
  readonly encoding: DataLoadOptions['encoding'];
  readonly lookup: IndicatorLookup;
  readonly dimensionValues: DimensionValues;
  readonly headerNames: ReadonlyMap<string, HeaderName>;
  readonly store: ObservationStore;
  readonly sink: DiagnosticSink;
  readonly tally: RowTally;
  readonly xlsxLimits?: XlsxLimits;
}

/** `file:line`, as messages name a place. */
export function place(source: SourceLocation): string {
  // A sheet's cell is named by its column too (C12); text files keep file:line.
  return formatLocation(source.file, source.line, source.file.includes(SHEET_SEPARATOR) ? source.column : undefined);
}

/** `2021` or `2021, township=草海镇`: which observation a message is about. */
export function describeKey(year: number, dims: Readonly<Record<string, string>>): string {
  const parts = Object.entries(dims).map(([k, v]) => `${k}=${v}`);
  return parts.length === 0 ? String(year) : `${year}, ${parts.join(', ')}`;
}

export function planYears(model: DataModel): string {
  return `${model.years.min}–${model.years.max}`;
}

/**
 * An indicator's rows are read by its own dimensions and by those of every indicator derived from it (a count by
 * township feeds a rate by township); a row broken down any other way is read by no rule.
 */
export function readableDimensions(indicators: readonly Indicator[]): Map<string, Set<string>> {
  const readable = new Map(indicators.map((i) => [i.id, new Set(i.dimensions ?? [])]));
  for (let changed = true; changed; ) {
    changed = false;
    for (const indicator of indicators) {
      const own = readable.get(indicator.id)!;
      for (const part of indicator.derivation ? [indicator.derivation.numerator, indicator.derivation.denominator] : []) {
        const feeds = readable.get(part);
        if (feeds === undefined) continue;
        for (const dimension of own) if (!feeds.has(dimension)) changed = (feeds.add(dimension), true);
      }
    }
  }
  return readable;
}
