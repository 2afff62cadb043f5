// History output formats by name; each is a pure function from a history report to a string, loaded when asked for.
import type { HistoryReport } from '../diff/types.js';
import type { HistoryRenderOptions } from './history-view.js';

type HistoryRenderer = (report: HistoryReport, options: HistoryRenderOptions) => string;

const LOADERS = {
  table: () => import('./history-table.js').then((m) => m.renderHistoryTable),
  json: () => import('./history-json.js').then((m) => m.renderHistoryJson),
  csv: () => import('./history-csv.js').then((m) => m.renderHistoryCsv),
} satisfies Record<string, () => Promise<HistoryRenderer>>;

export type HistoryFormat = keyof typeof LOADERS;
export const HISTORY_FORMATS = Object.keys(LOADERS) as HistoryFormat[];

export function loadHistoryRenderer(format: HistoryFormat): Promise<HistoryRenderer> {
  return LOADERS[format]();
}
