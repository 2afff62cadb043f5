// History output formats by name; each is a pure function from a history report to a string.
import type { HistoryReport } from '../diff/types.js';
import { renderHistoryCsv } from './history-csv.js';
import { renderHistoryJson } from './history-json.js';
import { renderHistoryTable } from './history-table.js';
import type { HistoryRenderOptions } from './history-view.js';

export const historyRenderers = {
  table: renderHistoryTable,
  json: renderHistoryJson,
  csv: renderHistoryCsv,
} satisfies Record<string, (report: HistoryReport, options: HistoryRenderOptions) => string>;

export type HistoryFormat = keyof typeof historyRenderers;
export const HISTORY_FORMATS = Object.keys(historyRenderers) as HistoryFormat[];
