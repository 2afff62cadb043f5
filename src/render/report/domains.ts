// One section per domain: the draft narrative, every rule in a table (the plan's words, target, value, projection,
// status, lead), and a small chart per numeric target.
import type { RuleDiff } from '../../diff/types.js';
import { sayer } from '../../i18n/catalogue.js';
import { formatNumber, type Lang } from '../../i18n/format.js';
import { COLUMN_TEXTS } from '../../i18n/render/columns.js';
import { REPORT_TEXTS } from '../../i18n/render/report.js';
import { STATUS_WORDS } from '../../i18n/statuses.js';
import type { ResultEntry } from '../../schema/results.js';
import { seriesChart, unitsChart } from './charts.js';
import { esc, unitLabel, valueText } from './html.js';
import { domainNarrative, gapWords, indicatorLabel } from './narrative.js';
import { planName, type DomainGroup } from './groups.js';
import { badge } from './summary.js';
import type { ReportInput } from './types.js';

const ASSESSMENTS = new Set(['met', 'partial', 'not_met']);

function valueCell(r: ResultEntry, lang: Lang): string {
  const say = sayer(REPORT_TEXTS, lang);
  if (r.kind === 'qualitative') {
    const assessment = r.reason.figures.assessment;
    if (typeof assessment !== 'string' || !ASSESSMENTS.has(assessment)) return '—';
    return `${say('assessed', { assessment: say(assessment as 'met' | 'partial' | 'not_met') })}${r.valueYear !== null ? ` (${r.valueYear})` : ''}`;
  }
  if (r.units) {
    const shown = r.value === null ? '' : `${valueText(r.value, r.unit, lang)}; `;
    return `${shown}${say('unitsPassing', { pass: r.units.counts.pass ?? 0, total: r.units.units.length })}`;
  }
  const text = valueText(r.value, r.kind === 'annual_change' ? '' : r.unit, lang);
  return r.value !== null && r.valueYear !== null ? `${text} (${r.valueYear})` : text;
}

function textCell(r: ResultEntry, lang: Lang): string {
  // The criterion in the report's language (the plans give both).
  const inLang = lang === 'en' ? (r.targetCode.figures.criterionEn ?? r.targetCode.figures.criterion) : r.targetCode.figures.criterion;
  const criterion = r.kind === 'qualitative' && typeof inLang === 'string' ? inLang : '';
  const label = sayer(REPORT_TEXTS, lang)('criterion');
  return `${esc(r.text)}${criterion ? `<span class="crit">${esc(label + criterion)}</span>` : ''}`;
}

function ruleRow(r: ResultEntry, lang: Lang): string {
  const projected = r.projected === null ? '—' : `${formatNumber(r.projected)} (${r.deadline})`;
  const lead = r.lead.join('、') || '—';
  return `<tr data-rule="${esc(r.rule)}" data-status="${r.status}"><td>${esc(r.number)}</td><td class="rule-id">${esc(r.rule)}</td><td>${textCell(r, lang)}</td><td>${esc(r.target)}</td><td>${esc(
    valueCell(r, lang),
  )}</td><td class="num">${esc(projected)}</td><td>${badge(r.status, lang)}</td><td>${esc(lead)}</td></tr>`;
}

function rulesTable(results: readonly ResultEntry[], lang: Lang): string {
  const column = sayer(COLUMN_TEXTS, lang);
  const head = (['number', 'rule', 'planText', 'target', 'valueYear', 'projected', 'status', 'lead'] as const).map((code) => column(code));
  const cols = ['c-no', 'c-id', 'c-text', 'c-target', 'c-value', 'c-proj', 'c-status', 'c-lead'];
  return `<table class="rules"><colgroup>${cols.map((c) => `<col class="${c}">`).join('')}</colgroup><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${results
    .map((r) => ruleRow(r, lang))
    .join('')}</tbody></table>`;
}

function chartFigure(r: ResultEntry, lang: Lang, namesEn: ReportInput['indicatorNamesEn']): string {
  const name = indicatorLabel(r, lang, namesEn);
  // Several charts can share an indicator (a level, a gap, a comparison): the caption says which one this is.
  const what = r.kind === 'gap' ? gapWords(r, lang) : r.kind === 'compare' ? sayer(REPORT_TEXTS, lang)('minusReference') : '';
  const caption = `${r.number}. ${name}${what}${r.unit ? ` (${unitLabel(r.unit, lang)})` : ''}`;
  const svg = r.units ? unitsChart(r, lang, caption) : seriesChart(r, lang, caption);
  if (!svg) return '';
  return `<figure class="${r.units ? 'wide units-chart' : 'series-chart'}" data-chart-rule="${esc(r.rule)}"><figcaption>${esc(caption)} ${badge(r.status, lang)}</figcaption>${svg}</figure>`;
}

export function renderDomains(input: ReportInput, groups: readonly DomainGroup[], changes: ReadonlyMap<string, RuleDiff>): string {
  const { lang } = input;
  const say = sayer(REPORT_TEXTS, lang);
  const parts: string[] = [];
  for (const g of groups) {
    for (const [i, d] of g.domains.entries()) {
      const narrative = domainNarrative(d.results, d.name, changes, lang, input.indicatorNamesEn);
      const charts = d.results.map((r) => chartFigure(r, lang, input.indicatorNamesEn)).join('');
      const counts = Object.entries(STATUS_WORDS[lang])
        .map(([status, word]) => [word, d.results.filter((r) => r.status === status).length] as const)
        .filter(([, n]) => n > 0);
      parts.push(`<section class="domain" id="${esc(`domain-${g.planId}-${d.id}`)}" data-plan="${esc(g.planId)}" data-domain="${esc(d.id)}">
<h2>${i === 0 ? `<span class="muted">${esc(planName(g.plan, g.planId, lang))}</span><br>` : ''}${esc(d.title)}</h2>
<p class="muted">${esc(counts.map(([w, n]) => `${w} ${n}`).join(' · '))}</p>
<div class="draft"><p class="note">${esc(say('draftNote'))}</p><p>${esc(narrative.headline)}</p>${narrative.sentences.map((s) => `<p data-sentence-rule="${esc(s.rule)}">${esc(s.text)}</p>`).join('')}</div>
${rulesTable(d.results, lang)}
${charts ? `<h3>${say('indicatorTrends')}</h3><div class="charts">${charts}</div>` : ''}
</section>`);
    }
  }
  return parts.join('\n');
}
