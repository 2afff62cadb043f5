// The terminal history: per rule, a status symbol for each year, a sparkline of the values and the first year met.
import { indicatorWords } from './view.js';
import { message } from '../i18n/messages.js';
import { columnHeadings } from './headings.js';
import { painter } from './paint.js';
import type { HistoryReport } from '../diff/types.js';
import { STATUSES, type Status } from '../core/types.js';
import { STATUS_SYMBOLS, statusLabel } from '../i18n/statuses.js';
import { latestValueText, yearRange, type HistoryRenderOptions } from './history-view.js';
import { fitColumns, renderTerminalTable, cellWidth } from './terminal-table.js';

export function renderHistoryTable(report: HistoryReport, options: HistoryRenderOptions): string {
  const { lang } = options;
  const chalk = painter(options.color);
  const paint: Record<Status, (s: string) => string> = { pass: chalk.green, 'at-risk': chalk.yellow, fail: chalk.red, 'no-data': chalk.gray, 'not-assessed': chalk.cyan };
  const range = yearRange(report);
  if (report.years.length === 0) return `${message('historyNoYears', lang)}\n`;
  const [rule, indicator, ...rest] = columnHeadings(['rule', 'indicator', 'trend', 'latest', 'firstMet'], lang);
  const head = [rule!, indicator!, range, ...rest];
  const rows = report.rules.map((history) => {
    const statuses = history.points.map((p) => paint[p.status](STATUS_SYMBOLS[p.status])).join(' ');
    const indicator = indicatorWords(history, lang);
    return [history.rule, indicator, statuses, history.sparkline, latestValueText(history), history.firstMet === null ? '—' : String(history.firstMet)];
  });
  const want = (i: number) => Math.max(cellWidth(head[i]!), ...rows.map((row) => cellWidth(row[i]!))) + 1;
  // Rule ids, the status of each year and the first year met are never cut; the indicator name takes what is left.
  const widths = fitColumns(
    [
      { want: want(0), min: want(0) },
      { want: want(1), min: 12, share: 1 },
      { want: want(2), min: want(2) },
      { want: want(3), min: want(3) },
      { want: Math.min(want(4), 18), min: Math.min(want(4), 12) },
      { want: want(5), min: want(5) },
    ],
    options.width,
  );
  const table = renderTerminalTable(head, rows, widths);
  const lines = [chalk.bold(message('historyTitle', lang, { range })), ''];
  lines.push(report.rules.length ? table : message('noRulesMatch', lang), '');
  lines.push(chalk.dim(STATUSES.map((s) => statusLabel(s, lang)).join('  ')));
  lines.push(chalk.dim(message('historyLegend', lang)));
  return lines.join('\n') + '\n';
}
