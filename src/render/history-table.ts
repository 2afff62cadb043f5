// The terminal history: per rule, a status symbol for each year, a sparkline of the values and the first year met.
import { palette } from './colors.js';
import type { HistoryReport } from '../diff/types.js';
import { STATUSES, type Status } from '../evaluate/types.js';
import { STATUS_SYMBOLS, statusLabel } from '../i18n/statuses.js';
import { latestValueText, yearRange, type HistoryRenderOptions } from './history-view.js';
import { renderTextTable } from './text-table.js';

export function renderHistoryTable(report: HistoryReport, options: HistoryRenderOptions): string {
  const { lang } = options;
  const chalk = palette(options.color);
  const paint: Record<Status, (s: string) => string> = { pass: chalk.green, 'at-risk': chalk.yellow, fail: chalk.red, 'no-data': chalk.gray, 'not-assessed': chalk.cyan };
  const range = yearRange(report);
  if (report.years.length === 0) return lang === 'zh' ? '数据中没有任何年份，无法列出历史。\n' : 'The data has no years, so there is no history.\n';
  const idWidth = Math.min(16, Math.max(10, ...report.rules.map((r) => r.rule.length + 1)));
  const statusWidth = Math.max(range.length, report.years.length * 2 - 1) + 1;
  const sparkWidth = Math.max(7, report.years.length + 1);
  const indicatorWidth = Math.max(12, Math.min(Math.max(options.width, 80), 120) - idWidth - statusWidth - sparkWidth - 12 - 10);
  const head = lang === 'zh' ? ['编号', '指标', range, '走势', '最新数值', '首次达标'] : ['Rule', 'Indicator', range, 'Values', 'Latest', 'First met'];
  const rows = report.rules.map((history) => {
    const statuses = history.points.map((p) => paint[p.status](STATUS_SYMBOLS[p.status])).join(' ');
    const indicator = history.indicatorName ?? (lang === 'zh' ? '（定性）' : '(qualitative)');
    return [history.rule, indicator, statuses, history.sparkline, latestValueText(history), history.firstMet === null ? '—' : String(history.firstMet)];
  });
  const table = renderTextTable(head, rows, [idWidth, indicatorWidth, statusWidth, sparkWidth, 12, 10]);
  const lines = [chalk.bold(lang === 'zh' ? `规划目标历年状态（${range}年）` : `Plan target status by year (${range})`), ''];
  lines.push(report.rules.length ? table : lang === 'zh' ? '没有符合条件的规则。' : 'No rules match.', '');
  lines.push(chalk.dim(STATUSES.map((s) => statusLabel(s, lang)).join('  ')));
  lines.push(chalk.dim(lang === 'zh' ? '走势：▁最低 █最高，· 为当年无数值。' : 'Values: ▁ lowest to █ highest; · a year without its own value.'));
  return lines.join('\n') + '\n';
}
