// The opening of the report: title and sources, the status counts per plan and domain (chart and table), and the
// targets that are 未达标 or 预警 with their reasons and lead units.
import { STATUSES, type Status } from '../../core/types.js';
import { sayer } from '../../i18n/catalogue.js';
import type { Lang } from '../../i18n/format.js';
import { COLUMN_TEXTS } from '../../i18n/render/columns.js';
import { REPORT_TEXTS } from '../../i18n/render/report.js';
import { STATUS_SYMBOLS, STATUS_WORDS } from '../../i18n/statuses.js';
import type { ResultEntry } from '../../schema/results.js';
import { statusChart, type DomainCounts } from './charts.js';
import { countStatuses, planName, reportTitle, type DomainGroup } from './groups.js';
import { esc } from './html.js';
import type { ReportInput } from './types.js';

export function badge(status: Status, lang: Lang): string {
  return `<span class="badge ${status}">${STATUS_SYMBOLS[status]} ${STATUS_WORDS[lang][status]}</span>`;
}

function cover(input: ReportInput, groups: readonly DomainGroup[]): string {
  const { lang, results, sources } = input;
  const say = sayer(REPORT_TEXTS, lang);
  const plans = groups.map((g) => planName(g.plan, g.planId, lang));
  const documents = [...new Set(groups.map((g) => g.plan?.document).filter((d): d is string => Boolean(d)))];
  const span = sources.firstYear !== null ? `${sources.firstYear}–${sources.lastYear}` : '—';
  const rows: Array<[string, string]> = [
    [say('plans'), plans.join(say('planSeparator'))],
    ...(documents.length ? [[say('document'), documents.join('、')] as [string, string]] : []),
    [say('evaluationYear'), String(results.year)],
    [say('data'), say('dataSpan', { files: sources.data.join(', '), span })],
    [say('rules'), sources.plans.join(', ')],
    [say('writtenOn'), input.generatedOn],
  ];
  const sample = input.sample
    ? `<p class="banner" id="sample-label">${say('sampleBanner')}</p>`
    : '';
  return `<header id="cover">
<h1>${esc(reportTitle(input))}</h1>
<p>${esc(plans.join(say('planLineSeparator')))}</p>
<dl class="meta">${rows.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}</dl>
${sample}
</header>`;
}

function countsTable(groups: readonly DomainGroup[], results: readonly ResultEntry[], lang: Lang): string {
  const say = sayer(REPORT_TEXTS, lang);
  const column = sayer(COLUMN_TEXTS, lang);
  const cells = (counts: Record<Status, number>, total: number, tag: 'td' | 'th') =>
    STATUSES.map((s) => `<${tag} class="num" data-status="${s}">${counts[s]}</${tag}>`).join('') + `<${tag} class="num" data-status="total">${total}</${tag}>`;
  const head = `<tr><th>${column('planDomain')}</th>${STATUSES.map((s) => `<th class="num">${STATUS_WORDS[lang][s]}</th>`).join('')}<th class="num">${column('total')}</th></tr>`;
  const body: string[] = [];
  for (const g of groups) {
    const all = g.domains.flatMap((d) => d.results);
    body.push(`<tr class="plan-row" data-plan="${esc(g.planId)}"><th>${esc(planName(g.plan, g.planId, lang))}</th>${cells(countStatuses(all), all.length, 'th')}</tr>`);
    for (const d of g.domains) body.push(`<tr data-domain="${esc(`${g.planId}/${d.id}`)}"><td>${esc(d.title)}</td>${cells(countStatuses(d.results), d.results.length, 'td')}</tr>`);
  }
  body.push(`<tr id="total-row"><th>${say('allPlans')}</th>${cells(countStatuses(results), results.length, 'th')}</tr>`);
  return `<table class="counts" id="status-counts"><colgroup><col class="c-name"></colgroup><thead>${head}</thead><tbody>${body.join('')}</tbody></table>`;
}

function attentionTable(results: readonly ResultEntry[], lang: Lang): string {
  const column = sayer(COLUMN_TEXTS, lang);
  const behind = results.filter((r) => r.status === 'fail' || r.status === 'at-risk').sort((a, b) => (a.status === b.status ? 0 : a.status === 'fail' ? -1 : 1));
  if (behind.length === 0) return `<p>${sayer(REPORT_TEXTS, lang)('noAttention')}</p>`;
  const rows = behind.map(
    (r) =>
      `<tr><td>${esc(r.rule)}</td><td>${esc((lang === 'en' && r.indicatorNameEn) || r.indicatorName || r.text)}</td><td>${badge(r.status, lang)}</td><td>${esc(r.reason.text)}</td><td>${esc(r.lead.join('、') || '—')}</td></tr>`,
  );
  return `<table class="attention"><colgroup><col style="width:11%"><col style="width:22%"><col style="width:10%"><col style="width:40%"><col style="width:17%"></colgroup><thead><tr>${(['rule', 'indicator', 'status', 'reason', 'lead'] as const)
    .map((code) => `<th>${column(code)}</th>`)
    .join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

export function renderOpening(input: ReportInput, groups: readonly DomainGroup[]): string {
  const { lang, results } = input;
  const say = sayer(REPORT_TEXTS, lang);
  // Domain names say whose they are (妇女与健康, 儿童与健康), so they label the bars without the plan.
  const chartRows: DomainCounts[] = groups.flatMap((g) => g.domains.map((d) => ({ label: d.name, counts: countStatuses(d.results) })));
  const chartTitle = say('chartTitle');
  const summary = results.summary;
  const counts = STATUSES.map((s) => say('statusCount', { status: STATUS_WORDS[lang][s], count: summary[s] ?? 0 })).join(say('summarySeparator'));
  const line = say('summaryLine', { year: results.year, total: summary.total ?? 0, counts });
  return `${cover(input, groups)}
<section id="summary">
<h2>${say('overview')}</h2>
<p id="summary-line">${esc(line)}</p>
<figure class="wide status-chart"><figcaption>${esc(chartTitle)}</figcaption>${statusChart(chartRows, lang, chartTitle)}</figure>
${countsTable(groups, results.results, lang)}
<h3 id="attention">${say('attention')}</h3>
${attentionTable(results.results, lang)}
</section>`;
}
