// The count of statuses, and the line saying which inputs were used.
import type { Report } from '../evaluate/evaluate-plans.js';
import { STATUSES } from '../core/types.js';
import type { Lang } from '../i18n/format.js';
import { message } from '../i18n/messages.js';
import { statusLabel } from '../i18n/statuses.js';

export function summaryHead(report: Report, lang: Lang): string {
  return message('summaryHead', lang, { year: report.year, total: report.summary.total });
}

export function summaryCounts(report: Report, lang: Lang): string[] {
  return STATUSES.map((s) => `${statusLabel(s, lang)} ${report.summary[s]}`);
}

/** The whole summary on one line (markdown and other renderers that do not fit a terminal). */
export function summaryLine(report: Report, lang: Lang): string {
  return `${summaryHead(report, lang)}${summaryCounts(report, lang).join(' · ')}`;
}

export function inputsLine(inputs: { plans: string[]; data: string[] }, lang: Lang): string {
  const plans = inputs.plans.join(', ') || '—';
  const data = inputs.data.join(', ') || '—';
  return message('inputsUsed', lang, { plans, data });
}
