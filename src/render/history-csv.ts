// History CSV in long format: one row per rule and year, ready for a pivot table.
import type { HistoryReport } from '../diff/types.js';
import { STATUS_WORDS } from '../i18n/statuses.js';
import { csvHeaders } from '../i18n/csv-headers.js';
import { csvDocument, csvLine } from './csv-cell.js';
import type { HistoryRenderOptions } from './history-view.js';
import { indicatorNameIn } from './view.js';

const COLUMNS = ['plan', 'domain', 'rule', 'kind', 'indicator', 'indicator_name', 'unit', 'year', 'status', 'status_label', 'value', 'value_year', 'projected', 'first_met'];

export function renderHistoryCsv(report: HistoryReport, options: HistoryRenderOptions): string {
  const lines = [csvLine(csvHeaders(COLUMNS, options.lang))];
  for (const r of report.rules) {
    for (const p of r.points) {
      const projected = p.projected === null ? null : Math.round(p.projected * 1000) / 1000;
      lines.push(
        csvLine([r.plan, r.domain, r.rule, r.kind, r.indicator, indicatorNameIn(r, options.lang), r.unit, p.year, p.status, STATUS_WORDS[options.lang][p.status], p.value, p.valueYear, projected, r.firstMet]),
      );
    }
  }
  return csvDocument(lines, options.bom);
}
