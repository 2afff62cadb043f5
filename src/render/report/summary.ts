// The opening of the report: title and sources, the status counts per plan and domain (chart and table), and the
// targets that are 未达标 or 预警 with their reasons and lead units.
import { STATUSES, type Status } from '../../core/types.js';
import type { Lang } from '../../i18n/format.js';
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
  const zh = lang === 'zh';
  const plans = groups.map((g) => planName(g.plan, g.planId, lang));
  const documents = [...new Set(groups.map((g) => g.plan?.document).filter((d): d is string => Boolean(d)))];
  const span = sources.firstYear !== null ? `${sources.firstYear}–${sources.lastYear}` : '—';
  const rows: Array<[string, string]> = [
    [zh ? '规划' : 'Plans', plans.join(zh ? '；' : '; ')],
    ...(documents.length ? [[zh ? '文号' : 'Document', documents.join('、')] as [string, string]] : []),
    [zh ? '评估年度' : 'Evaluation year', String(results.year)],
    [zh ? '数据来源' : 'Data', `${sources.data.join(', ')}${zh ? `（${span}年）` : ` (${span})`}`],
    [zh ? '规则文件' : 'Rules', sources.plans.join(', ')],
    [zh ? '生成日期' : 'Written on', input.generatedOn],
  ];
  const sample = input.sample
    ? `<p class="banner" id="sample-label">${
        zh ? '示例数据：本报告使用 plancheck 附带的示例数据，数字均为编造，不是官方统计数据，不得引用或发布。' : 'SAMPLE DATA: this report uses the made-up sample data bundled with plancheck. The figures are not official statistics; do not quote or publish them.'
      }</p>`
    : '';
  return `<header id="cover">
<h1>${esc(reportTitle(input))}</h1>
<p>${esc(plans.join(zh ? '　' : ' · '))}</p>
<dl class="meta">${rows.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}</dl>
${sample}
</header>`;
}

function countsTable(groups: readonly DomainGroup[], results: readonly ResultEntry[], lang: Lang): string {
  const zh = lang === 'zh';
  const cells = (counts: Record<Status, number>, total: number, tag: 'td' | 'th') =>
    STATUSES.map((s) => `<${tag} class="num" data-status="${s}">${counts[s]}</${tag}>`).join('') + `<${tag} class="num" data-status="total">${total}</${tag}>`;
  const head = `<tr><th>${zh ? '规划 / 领域' : 'Plan / domain'}</th>${STATUSES.map((s) => `<th class="num">${STATUS_WORDS[lang][s]}</th>`).join('')}<th class="num">${zh ? '合计' : 'Total'}</th></tr>`;
  const body: string[] = [];
  for (const g of groups) {
    const all = g.domains.flatMap((d) => d.results);
    body.push(`<tr class="plan-row" data-plan="${esc(g.planId)}"><th>${esc(planName(g.plan, g.planId, lang))}</th>${cells(countStatuses(all), all.length, 'th')}</tr>`);
    for (const d of g.domains) body.push(`<tr data-domain="${esc(`${g.planId}/${d.id}`)}"><td>${esc(d.title)}</td>${cells(countStatuses(d.results), d.results.length, 'td')}</tr>`);
  }
  body.push(`<tr id="total-row"><th>${zh ? '总计' : 'All plans'}</th>${cells(countStatuses(results), results.length, 'th')}</tr>`);
  return `<table class="counts" id="status-counts"><colgroup><col class="c-name"></colgroup><thead>${head}</thead><tbody>${body.join('')}</tbody></table>`;
}

function attentionTable(results: readonly ResultEntry[], lang: Lang): string {
  const zh = lang === 'zh';
  const behind = results.filter((r) => r.status === 'fail' || r.status === 'at-risk').sort((a, b) => (a.status === b.status ? 0 : a.status === 'fail' ? -1 : 1));
  if (behind.length === 0) return `<p>${zh ? '没有未达标或预警的目标。' : 'No target is failing or at risk.'}</p>`;
  const rows = behind.map(
    (r) =>
      `<tr><td>${esc(r.rule)}</td><td>${esc(r.indicatorName ?? r.text)}</td><td>${badge(r.status, lang)}</td><td>${esc(r.reason.text)}</td><td>${esc(r.lead.join('、') || '—')}</td></tr>`,
  );
  return `<table class="attention"><colgroup><col style="width:11%"><col style="width:22%"><col style="width:10%"><col style="width:40%"><col style="width:17%"></colgroup><thead><tr><th>${
    zh ? '编号' : 'Rule'
  }</th><th>${zh ? '指标' : 'Indicator'}</th><th>${zh ? '状态' : 'Status'}</th><th>${zh ? '原因' : 'Reason'}</th><th>${zh ? '牵头单位' : 'Lead'}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

export function renderOpening(input: ReportInput, groups: readonly DomainGroup[]): string {
  const { lang, results } = input;
  const zh = lang === 'zh';
  // Domain names say whose they are (妇女与健康, 儿童与健康), so they label the bars without the plan.
  const chartRows: DomainCounts[] = groups.flatMap((g) => g.domains.map((d) => ({ label: d.name, counts: countStatuses(d.results) })));
  const chartTitle = zh ? '各领域目标状态' : 'Status of the targets by domain';
  const summary = results.summary;
  const line = zh
    ? `${results.year}年共评估${summary.total}项目标：${STATUSES.map((s) => `${STATUS_WORDS.zh[s]}${summary[s] ?? 0}项`).join('，')}。`
    : `${summary.total} targets evaluated for ${results.year}: ${STATUSES.map((s) => `${summary[s] ?? 0} ${STATUS_WORDS.en[s]}`).join(', ')}.`;
  return `${cover(input, groups)}
<section id="summary">
<h2>${zh ? '总体情况' : 'Overview'}</h2>
<p id="summary-line">${esc(line)}</p>
<figure class="wide status-chart"><figcaption>${esc(chartTitle)}</figcaption>${statusChart(chartRows, lang, chartTitle)}</figure>
${countsTable(groups, results.results, lang)}
<h3 id="attention">${zh ? '未达标和预警的目标' : 'Targets failing or at risk'}</h3>
${attentionTable(results.results, lang)}
</section>`;
}
