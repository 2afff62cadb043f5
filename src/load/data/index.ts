// Load monitoring data (CSV/TSV, long or wide, UTF-8 or GB18030; .xlsx workbooks sheet by sheet) into observations with located diagnostics.
import { statSync } from 'node:fs';
import { dataFileText } from '../../i18n/diagnostics/data-files.js';
import { dataLoadResult, type DataLoadResult } from '../../model/data.js';
import { deriveIndicators } from './derive.js';
import { DiagnosticSink } from './diagnostic-sink.js';
import { DimensionValues } from './dimension-values.js';
import { buildHeaderNames } from './header-names.js';
import { IndicatorLookup } from './indicators-lookup.js';
import { listDataFiles } from './list-files.js';
import { loadFile } from './load-file.js';
import { LARGE_INPUT_BYTES, RowTally, WORKBOOK_BYTES_WEIGHT, readableDimensions, type DataLoadOptions, type DataModel, type LoadState } from './load-state.js';
import { ObservationStore } from './observation-store.js';
import { MAX_FILES as MAX_DATA_FILES } from '../../model/observation-columns.js';
import { unitListDimension } from '../unit-lists.js';

export type { DataLoadOptions, DataModel } from './load-state.js';
export { parseValue, type ParsedValue } from './parse-value.js';
export { parseYear } from './parse-year.js';

/**
 * Read every file (folders: their *.csv, *.tsv, *.txt and *.xlsx files, recursively, in name order) into one set of
 * observations. Input problems become diagnostics; this only throws for bugs.
 */
export async function loadData(paths: string[], model: DataModel, options: DataLoadOptions = {}): Promise<DataLoadResult> {
  const state: LoadState = {
    model,
    dimensionsOf: readableDimensions(model.indicators),
    unitsRead: new Map(Object.entries(model.unitsRead ?? {}).map(([id, byDimension]) => [id, new Map(Object.entries(byDimension).map(([d, units]) => [d, new Set(units)]))])),
    strict: options.strict ?? false,
    encoding: options.encoding,
    lookup: new IndicatorLookup(model.indicators, model.ruleIds),
    dimensionValues: new DimensionValues(model.dimensions),
    headerNames: buildHeaderNames(model.dimensions),
    store: new ObservationStore(),
    sink: new DiagnosticSink(),
    tally: new RowTally(options.onProgress),
    xlsxLimits: options.xlsxLimits,
  };
  const files = await listDataFiles(paths, state.sink);
  // The county's lists of townships and villages sit beside the data but are read as lists (load/unit-lists.ts).
  const dataFiles = files.filter((file) => unitListDimension(file, model.dimensions) === undefined);
  if (dataFiles.length > MAX_DATA_FILES) {
    const problem = dataFileText.tooManyFiles(dataFiles.length, MAX_DATA_FILES);
    state.sink.add({ severity: 'error', code: 'too-many-files', file: paths.join(', '), problem, found: dataFileText.filesFound(dataFiles.length), expected: dataFileText.atMostFiles(MAX_DATA_FILES) });
    dataFiles.length = 0;
  }
  if (options.onLargeInput !== undefined && inputBytes(dataFiles) > LARGE_INPUT_BYTES) options.onLargeInput();
  for (const file of dataFiles) await loadFile(state, file);
  deriveIndicators(state);
  state.sink.finish();
  const { read, used, unused } = state.tally;
  // Observation objects only when asked for (tests, small inputs): the table is a third of their size.
  return dataLoadResult(state.store.table, { diagnostics: state.sink.diagnostics, rows: { read, used, unused }, files });
}

/** The data's size in CSV-equivalent bytes; a file that cannot be read counts nothing (reading it reports why). */
function inputBytes(files: readonly string[]): number {
  let bytes = 0;
  for (const file of files) {
    try {
      const size = statSync(file).size;
      bytes += /\.xls[xm]$/i.test(file) ? size * WORKBOOK_BYTES_WEIGHT : size;
    } catch {
      // counted as nothing
    }
  }
  return bytes;
}
