// The terminal table: grouped by plan and domain, CJK-aligned, as wide as the terminal, colour optional.
import { message } from '../i18n/messages.js';
import { columnHeadings } from './headings.js';
import { painter } from './paint.js';
import type { Status } from '../core/types.js';
import { shortUnitName, viewResult, groupResults, planTitle, domainTitle } from './view.js';
import { inputsLine, summaryCounts, summaryHead } from './summary.js';
import { fitColumns, joinToFit, renderTerminalTable, cellWidth, PROJECTION_FROM_WIDTH, type ColumnWant } from './terminal-table.js';
import { sampleNoticeShort } from './sample-notice.js';
import type { Renderer } from './types.js';

const headings = (lang: 'zh' | 'en') => {
  const [id, indicator, target, value, projected, status, lead] = columnHeadings(['rule', 'indicator', 'target', 'value', 'projected', 'status', 'lead'], lang) as [string, string, string, string, string, string, string];
  return { id, indicator, target, value, projected, status, lead };
};
const HEADINGS = { zh: headings('zh'), en: headings('en') };


export const renderTable: Renderer = (report, options) => {
  const chalk = painter(options.color);
  const paint: Record<Status, (s: string) => string> = {
    pass: chalk.green,
    'at-risk': chalk.yellow,
    fail: chalk.red,
    'no-data': chalk.gray,
    'not-assessed': chalk.cyan,
  };
  const width = options.width;
  const heads = HEADINGS[options.lang];
  const views = report.results.map((result) => {
    const view = viewResult(result, options.lang);
    const lead = result.lead.length > 1 ? message('leadEtc', options.lang, { unit: shortUnitName(result.lead[0]!) }) : result.lead.map(shortUnitName).join('');
    return { ...view, lead: lead || '—', result };
  });
  const showProjection = width >= PROJECTION_FROM_WIDTH;
  const want = (key: keyof typeof heads) => Math.max(cellWidth(heads[key]), ...views.map((v) => cellWidth(v[key]))) + 1;
  const columns: Array<ColumnWant & { key: keyof typeof heads }> = [
    // Rule ids and status words are never cut.
    { key: 'id', want: want('id'), min: want('id') },
    { key: 'indicator', want: want('indicator'), min: 11, share: 3 },
    { key: 'target', want: want('target'), min: 13, share: 2 },
    { key: 'value', want: Math.min(want('value'), 18), min: Math.min(want('value'), 12) },
    ...(showProjection ? [{ key: 'projected' as const, want: Math.min(want('projected'), 14), min: Math.min(want('projected'), 10) }] : []),
    { key: 'status', want: want('status'), min: want('status') },
    { key: 'lead', want: Math.min(want('lead'), 17), min: Math.min(want('lead'), 11), share: 1 },
  ];
  const widths = fitColumns(columns, width);
  const lines: string[] = options.sample ? [chalk.bold(sampleNoticeShort(options.lang)), ''] : [];
  for (const plan of groupResults(report.results)) {
    lines.push(chalk.bold(planTitle(options.plans, plan.plan, options.lang)));
    for (const domain of plan.domains) {
      lines.push('', chalk.bold(`  ${domainTitle(options.plans, plan.plan, domain.domain, options.lang)}`));
      // One line per rule: long cells are shortened with …; explain and JSON have the full text.
      const rows = domain.results.map((result) => {
        const view = views[report.results.indexOf(result)]!;
        return columns.map(({ key }) => (key === 'status' ? paint[result.status](view.status) : view[key]));
      });
      lines.push(renderTerminalTable(columns.map(({ key }) => heads[key]), rows, widths));
    }
    lines.push('');
  }
  if (report.results.length === 0) lines.push(message('noRulesMatch', options.lang));
  lines.push(...joinToFit(summaryHead(report, options.lang), summaryCounts(report, options.lang), width));
  lines.push(inputsLine(options.inputs, options.lang));
  if (options.sample) lines.push(sampleNoticeShort(options.lang));
  lines.push(chalk.dim(message('tableHint', options.lang)));
  return lines.join('\n') + '\n';
};
