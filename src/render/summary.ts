// The one-line count of statuses, and the line saying which inputs were used.
import type { Report } from '../evaluate/evaluate-plans.js';
import { STATUSES } from '../evaluate/types.js';
import type { Lang } from '../i18n/format.js';
import { statusLabel } from '../i18n/statuses.js';

export function summaryLine(report: Report, lang: Lang): string {
  const counts = STATUSES.map((s) => `${statusLabel(s, lang)} ${report.summary[s]}`).join(' · ');
  return lang === 'zh' ? `${report.year}年 共${report.summary.total}项：${counts}` : `${report.year}: ${report.summary.total} rules: ${counts}`;
}

export function inputsLine(inputs: { plans: string[]; data: string[] }, lang: Lang): string {
  const plans = inputs.plans.join(', ') || '—';
  const data = inputs.data.join(', ') || '—';
  return lang === 'zh' ? `规则：${plans}；数据：${data}` : `Rules: ${plans}; data: ${data}`;
}
