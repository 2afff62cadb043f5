// One section per domain: the draft narrative, every rule in a table (the plan's words, target, value, projection,
// status, lead), and a small chart per numeric target.
import type { RuleDiff } from '../../diff/types.js';
import { formatNumber, type Lang } from '../../i18n/format.js';
import { STATUS_WORDS } from '../../i18n/statuses.js';
import type { ResultEntry } from '../../schema/results.js';
import { seriesChart, unitsChart } from './charts.js';
import { esc, unitLabel, valueText } from './html.js';
import { domainNarrative, DRAFT_NOTE, gapWords, indicatorLabel } from './narrative.js';
import { planName, type DomainGroup } from './groups.js';
import { badge } from './summary.js';
import type { ReportInput } from './types.js';

const ASSESSMENT_WORDS = {
  zh: { met: '达标', partial: '部分达标', not_met: '未达标' },
  en: { met: 'met', partial: 'partly met', not_met: 'not met' },
} as const;

function valueCell(r: ResultEntry, lang: Lang): string {
  const zh = lang === 'zh';
  if (r.kind === 'qualitative') {
    const assessment = r.reason.figures.assessment as keyof (typeof ASSESSMENT_WORDS)['zh'] | undefined;
    if (!assessment || !(assessment in ASSESSMENT_WORDS.zh)) return '—';
    return `${zh ? '评估：' : 'assessed: '}${ASSESSMENT_WORDS[lang][assessment]}${r.valueYear !== null ? ` (${r.valueYear})` : ''}`;
  }
  if (r.units) {
    const shown = r.value === null ? '' : `${valueText(r.value, r.unit, lang)}; `;
    return `${shown}${zh ? '达标' : 'pass'} ${r.units.counts.pass}/${r.units.units.length}`;
  }
  const text = valueText(r.value, r.kind === 'annual_change' ? '' : r.unit, lang);
  return r.value !== null && r.valueYear !== null ? `${text} (${r.valueYear})` : text;
}

function textCell(r: ResultEntry, lang: Lang): string {
  const criterion = r.kind === 'qualitative' && typeof r.targetCode.figures.criterion === 'string' ? r.targetCode.figures.criterion : '';
  const label = lang === 'zh' ? '评估标准：' : 'Criterion: ';
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
  const zh = lang === 'zh';
  const head = zh ? ['序号', '编号', '规划原文', '目标', '数值（年份）', '预测', '状态', '牵头单位'] : ['No.', 'Rule', "The plan's words", 'Target', 'Value (year)', 'Projected', 'Status', 'Lead'];
  const cols = ['c-no', 'c-id', 'c-text', 'c-target', 'c-value', 'c-proj', 'c-status', 'c-lead'];
  return `<table class="rules"><colgroup>${cols.map((c) => `<col class="${c}">`).join('')}</colgroup><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${results
    .map((r) => ruleRow(r, lang))
    .join('')}</tbody></table>`;
}

function chartFigure(r: ResultEntry, lang: Lang, namesEn: ReportInput['indicatorNamesEn']): string {
  const name = indicatorLabel(r, lang, namesEn);
  // Several charts can share an indicator (a level, a gap, a comparison): the caption says which one this is.
  const what = r.kind === 'gap' ? gapWords(r, lang) : r.kind === 'compare' ? (lang === 'zh' ? '与参照之差' : ' minus reference') : '';
  const caption = `${r.number}. ${name}${what}${r.unit ? ` (${unitLabel(r.unit, lang)})` : ''}`;
  const svg = r.units ? unitsChart(r, lang, caption) : seriesChart(r, lang, caption);
  if (!svg) return '';
  return `<figure class="${r.units ? 'wide units-chart' : 'series-chart'}" data-chart-rule="${esc(r.rule)}"><figcaption>${esc(caption)} ${badge(r.status, lang)}</figcaption>${svg}</figure>`;
}

export function renderDomains(input: ReportInput, groups: readonly DomainGroup[], changes: ReadonlyMap<string, RuleDiff>): string {
  const { lang } = input;
  const zh = lang === 'zh';
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
<div class="draft"><p class="note">${esc(DRAFT_NOTE[lang])}</p><p>${esc(narrative.headline)}</p>${narrative.sentences.map((s) => `<p data-sentence-rule="${esc(s.rule)}">${esc(s.text)}</p>`).join('')}</div>
${rulesTable(d.results, lang)}
${charts ? `<h3>${zh ? '指标走势' : 'Indicator trends'}</h3><div class="charts">${charts}</div>` : ''}
</section>`);
    }
  }
  return parts.join('\n');
}
