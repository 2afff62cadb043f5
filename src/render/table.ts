// The terminal table: grouped by plan and domain, CJK-aligned, fits 80 columns, colour optional.
import { palette } from './colors.js';
import type { Status } from '../evaluate/types.js';
import { shortUnitName, viewResult, groupResults, planTitle, domainTitle } from './view.js';
import { inputsLine, summaryLine } from './summary.js';
import { renderTextTable } from './text-table.js';
import { sampleNotice } from './sample-notice.js';
import type { Renderer } from './types.js';

const HEADINGS = {
  zh: ['编号', '指标', '目标', '数值', '预测', '状态', '牵头单位'],
  en: ['Rule', 'Indicator', 'Target', 'Value', 'Proj.', 'Status', 'Lead'],
};

// Column widths (with one space of padding) for an 80-column terminal; wider terminals widen the text columns.
const BASE_WIDTHS = [12, 15, 15, 11, 7, 9, 11];

export const renderTable: Renderer = (report, options) => {
  const chalk = palette(options.color);
  const paint: Record<Status, (s: string) => string> = {
    pass: chalk.green,
    'at-risk': chalk.yellow,
    fail: chalk.red,
    'no-data': chalk.gray,
    'not-assessed': chalk.cyan,
  };
  const idWidth = Math.max(8, ...report.results.map((r) => r.rule.length)) + 1;
  const widths = fitWidths(Math.max(80, options.width), idWidth);
  const lines: string[] = options.sample ? [chalk.bold(sampleNotice(options.lang)), ''] : [];
  for (const plan of groupResults(report.results)) {
    lines.push(chalk.bold(planTitle(options.plans, plan.plan, options.lang)));
    for (const domain of plan.domains) {
      lines.push('', chalk.bold(`  ${domainTitle(options.plans, plan.plan, domain.domain, options.lang)}`));
      // One line per rule: long cells are shortened with …; explain and JSON have the full text.
      const rows = domain.results.map((result) => {
        const view = viewResult(result, options.lang);
        const lead = result.lead.length > 1 ? `${shortUnitName(result.lead[0]!)}等` : result.lead.map(shortUnitName).join('');
        return [view.id, view.indicator, view.target, view.value, view.projected, paint[result.status](view.status), lead || '—'];
      });
      lines.push(renderTextTable(HEADINGS[options.lang], rows, widths));
    }
    lines.push('');
  }
  if (report.results.length === 0) lines.push(options.lang === 'zh' ? '没有符合条件的规则。' : 'No rules match.');
  lines.push(summaryLine(report, options.lang), inputsLine(options.inputs, options.lang));
  if (options.sample) lines.push(sampleNotice(options.lang));
  const hint = options.lang === 'zh' ? '完整原因见 plancheck explain <编号> 或 --format json。' : 'Full reasons: plancheck explain <rule> or --format json.';
  lines.push(chalk.dim(hint));
  return lines.join('\n') + '\n';
};

function fitWidths(width: number, idWidth: number): number[] {
  const widths = [...BASE_WIDTHS];
  // A longer id column is paid for by the indicator column, whose names shorten well (妇女人均预期寿…).
  widths[1]! -= idWidth - widths[0]!;
  widths[0] = idWidth;
  const extra = Math.min(width, 120) - 80;
  // Spare columns go to the indicator and target text, which wrap the most.
  widths[1]! += Math.floor(extra / 2);
  widths[2]! += Math.ceil(extra / 2);
  return widths;
}
