// The step-by-step explanation of one rule's verdict, for a statistics officer asking "why?".
import type { RuleResult } from '../core/types.js';
import { formatNumber, withUnit, type Lang } from '../i18n/format.js';
import { describeReason } from '../i18n/reasons.js';
import { statusLabel } from '../i18n/statuses.js';
import { describeTarget } from '../i18n/targets.js';
import { kindWords } from '../i18n/kinds.js';
import type { LoadedRule, PlanModel } from '../model/plan-model.js';

const LABELS = {
  zh: { rule: '规则', source: '规划原文', plan: '规划', indicator: '指标', check: '判定', series: '数据序列', projection: '趋势预测', units: '分单位结果', verdict: '结论', lead: '牵头单位', responsible: '责任单位', flags: '存疑', criterion: '评估标准', year: '评估年份', deadline: '目标年份', none: '无' },
  en: { rule: 'Rule', source: 'Plan text', plan: 'Plan', indicator: 'Indicator', check: 'Check', series: 'Series', projection: 'Projection', units: 'By unit', verdict: 'Verdict', lead: 'Lead units', responsible: 'Responsible units', flags: 'Doubtful reading', criterion: 'Criterion', year: 'Evaluated for', deadline: 'Deadline', none: 'none' },
};

export function renderExplanation(result: RuleResult, loaded: LoadedRule, model: PlanModel, lang: Lang): string {
  const l = LABELS[lang];
  const zh = lang === 'zh';
  const indicator = result.indicator ? model.indicators.get(result.indicator) : undefined;
  const lines = [
    `${l.rule}: ${result.rule}  (${loaded.file}:${loaded.line})`,
    `${l.plan}: ${zh ? loaded.plan.name : loaded.plan.name_en} · ${loaded.domain.number}${zh ? loaded.domain.name : loaded.domain.name_en} · ${zh ? (result.section === 'goal' ? '主要目标' : '策略措施') : result.section} ${result.number}`,
    `${l.source}: ${result.text}`,
    `${l.indicator}: ${indicator ? `${zh ? indicator.name : indicator.name_en} [${indicator.id}]${indicator.unit ? ` (${indicator.unit})` : ''}` : l.none}`,
    `${l.check}: ${kindWords(result.kind, lang)} (${result.kind}) — ${describeTarget(result.target, lang)}${result.everyYear ? (zh ? '，每年' : ', every year') : ''}${result.aspirational ? (zh ? '，力争（预期性）' : ', aspirational') : ''}`,
    `${l.year}: ${result.year}; ${l.deadline}: ${result.deadline}`,
  ];
  if (loaded.rule.check.kind === 'qualitative' && loaded.rule.check.criterion) lines.push(`${l.criterion}: ${loaded.rule.check.criterion[lang]}`);
  if (loaded.rule.flags?.length) lines.push(`${l.flags}: ${loaded.rule.flags.join('; ')}`);
  // The rule's note says how the plan sentence was read; the check's note, how the check applies it.
  for (const note of [loaded.rule.note, loaded.rule.check.note]) if (note) lines.push(`${zh ? '说明' : 'Note'}: ${note}`);
  const seriesLabel = result.kind === 'compare' ? `${l.series}${zh ? '（本地−参照）' : ' (own − reference)'}` : l.series;
  lines.push(`${seriesLabel}: ${result.series.length ? result.series.map(([y, v]) => `${y}=${formatNumber(v)}`).join(', ') : l.none}`);
  if (result.projection) {
    const p = result.projection;
    const method = p.method === 'linear' ? (zh ? `最小二乘直线（${p.points}个点，${p.fromYear}起），斜率${formatNumber(p.rate)}/年` : `least-squares line through ${p.points} points from ${p.fromYear}, slope ${formatNumber(p.rate)}/year`) : zh ? `年均复合增长率${formatNumber(p.rate * 100)}%` : `compound annual growth ${formatNumber(p.rate * 100)}%`;
    const of = result.kind === 'compare' ? (zh ? '（对本地与参照之差）' : ' (of own minus reference)') : '';
    lines.push(`${l.projection}: ${method}${of} → ${p.toYear}: ${withUnit(result.projected ?? p.value, result.unit)}`);
  }
  if (result.units) {
    lines.push(`${l.units}:`);
    for (const u of result.units.units) lines.push(`  ${statusLabel(u.status, lang)}  ${u.unit}  ${withUnit(u.value, result.unit)}${u.valueYear && u.valueYear !== result.year ? ` (${u.valueYear})` : ''}`);
  }
  lines.push(`${l.verdict}: ${statusLabel(result.status, lang)} — ${describeReason(result, lang)}  [${result.reason.code}]`);
  lines.push(`${l.lead}: ${result.lead.join('、') || l.none}`, `${l.responsible}: ${result.responsible.join('、') || l.none}`);
  return lines.join('\n') + '\n';
}

/** `explain --format json`: the rule as loaded, where it is defined, and its result. */
export function renderExplanationJson(result: RuleResult, loaded: LoadedRule): string {
  return JSON.stringify({ rule: loaded.rule, file: loaded.file, line: loaded.line, result }, null, 2) + '\n';
}
