// Markdown report: a heading per plan and domain, a table with the reason, fit for a report or PR comment.
import { message } from '../i18n/messages.js';
import { describeReason } from '../i18n/reasons.js';
import { groupResults, planTitle, domainTitle, viewResult } from './view.js';
import { inputsLine, summaryLine } from './summary.js';
import type { Renderer } from './types.js';
import { sampleNotice } from './sample-notice.js';
import { columnHeadings } from './headings.js';

const COLUMNS = ['rule', 'indicator', 'target', 'value', 'projected', 'status', 'lead', 'reason'] as const;

const HEAD = { zh: columnHeadings(COLUMNS, 'zh'), en: columnHeadings(COLUMNS, 'en') };

export function markdownCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export function markdownRow(cells: readonly string[]): string {
  return `| ${cells.map(markdownCell).join(' | ')} |`;
}

export const renderMarkdown: Renderer = (report, options) => {
  const { lang } = options;
  const lines = [`# ${message('markdownTitle', lang, { year: report.year })}`, ''];
  if (options.sample) lines.push(`> **${sampleNotice(lang)}**`, '');
  lines.push(summaryLine(report, lang), '');
  for (const plan of groupResults(report.results)) {
    lines.push(`## ${planTitle(options.plans, plan.plan, lang)}`, '');
    for (const domain of plan.domains) {
      lines.push(`### ${domainTitle(options.plans, plan.plan, domain.domain, lang)}`, '', markdownRow(HEAD[lang]), `|${' --- |'.repeat(HEAD[lang].length)}`);
      for (const r of domain.results) {
        const v = viewResult(r, lang);
        lines.push(markdownRow([v.id, v.indicator, v.target, v.value, v.projected, v.status, v.lead || '—', describeReason(r, lang)]));
      }
      lines.push('');
    }
  }
  lines.push(`_${inputsLine(options.inputs, lang)}_`);
  return lines.join('\n') + '\n';
};
