// The data model handed from the CSV loader to the evaluator: one observation per (indicator, year, dimensions).
import type { Bilingual } from '../i18n/bilingual.js';
import type { Diagnostic } from './diagnostic.js';
import type { ObservationTable } from './observation-table.js';
import type { UnusedRows } from './unused-rows.js';

export type Assessment = 'met' | 'partial' | 'not_met';

export interface SourceLocation {
  file: string;
  line: number;
  column?: number;
}

export interface Observation {
  /** Resolved indicator id, or a rule id for a qualitative assessment. */
  indicator: string;
  year: number;
  /** Converted to the indicator's unit; null when the cell said the value is missing (NA, -, 缺, empty). */
  value: number | null;
  /** A qualitative assessment (met / partial / not_met) when the row carries one. */
  assessment: Assessment | null;
  /** Dimension column → unit name, e.g. { township: '草海镇' }; empty for the county total. */
  dims: Readonly<Record<string, string>>;
  source: SourceLocation;
}

export interface UnusedRow {
  file: string;
  line: number;
  /** Why it is not used, in both languages (src/i18n/diagnostics/data-files.ts). */
  reason: Bilingual;
}

export interface DataLoadResult {
  /** The observations, compactly: what evaluation reads. */
  table: ObservationTable;
  /** The same observations as objects, made on first use: for tests and small inputs, not for a million rows. */
  readonly observations: Observation[];
  diagnostics: Diagnostic[];
  rows: { read: number; used: number; unused: UnusedRows };
  files: string[];
}

/** A load result over `table`; the observation objects are made only if asked for. */
export function dataLoadResult(table: ObservationTable, rest: Omit<DataLoadResult, 'table' | 'observations'>): DataLoadResult {
  let observations: Observation[] | undefined;
  return {
    table,
    get observations() {
      return (observations ??= table.toObservations());
    },
    ...rest,
  };
}
