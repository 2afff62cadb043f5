// The step-by-step explanation of one rule's verdict, for a statistics officer asking "why?".
import type { RuleResult } from '../core/types.js';
import { sayer } from '../i18n/catalogue.js';
import { formatNumber, withUnit, type Lang } from '../i18n/format.js';
import { EXPLAIN_TEXTS } from '../i18n/render/explain.js';
import { describeReason } from '../i18n/reasons.js';
import { statusLabel } from '../i18n/statuses.js';
import { describeTarget } from '../i18n/targets.js';
import { kindWords } from '../i18n/kinds.js';
import type { LoadedRule, PlanModel } from '../model/plan-model.js';
import { flagText } from './flag-text.js';

export function renderExplanation(result: RuleResult, loaded: LoadedRule, model: PlanModel, lang: Lang): string {
  const say = sayer(EXPLAIN_TEXTS, lang);
  const zh = lang === 'zh';
  const indicator = result.indicator ? model.indicators.get(result.indicator) : undefined;
  // The domain's number (一), (二) is the Chinese document's numbering: English shows the name alone.
  const domain = zh ? `${loaded.domain.number}${loaded.domain.name}` : loaded.domain.name_en;
  const lines = [
    `${say('rule')}: ${result.rule}  (${loaded.file}:${loaded.line})`,
    `${say('plan')}: ${zh ? loaded.plan.name : loaded.plan.name_en} · ${domain} · ${say(result.section)} ${result.number}`,
    `${say('source')}: ${result.text}`,
    `${say('indicator')}: ${indicator ? `${zh ? indicator.name : indicator.name_en} [${indicator.id}]${indicator.unit ? ` (${indicator.unit})` : ''}` : say('none')}`,
    `${say('check')}: ${kindWords(result.kind, lang)} (${result.kind}) — ${describeTarget(result.target, lang)}${result.everyYear ? say('everyYear') : ''}${result.aspirational ? say('aspirational') : ''}`,
    `${say('year')}: ${result.year}; ${say('deadline')}: ${result.deadline}`,
  ];
  if (loaded.rule.check.kind === 'qualitative' && loaded.rule.check.criterion) lines.push(`${say('criterion')}: ${loaded.rule.check.criterion[lang]}`);
  if (loaded.rule.flags?.length) lines.push(`${say('flags')}: ${loaded.rule.flags.map((flag) => flagText(flag, lang)).join('; ')}`);
  // The rule's note says how the plan sentence was read; the check's note, how the check applies it. Both are
  // written in English, so Chinese output says that they exist and how to read them.
  const notes = [loaded.rule.note, loaded.rule.check.note].filter((note): note is string => Boolean(note));
  if (zh && notes.length) lines.push(`${say('note')}: ${say('noteInEnglish', { count: notes.length })}`);
  if (!zh) for (const note of notes) lines.push(`${say('note')}: ${note}`);
  lines.push(`${say(result.kind === 'compare' ? 'seriesCompare' : 'series')}: ${result.series.length ? result.series.map(([y, v]) => `${y}=${formatNumber(v)}`).join(', ') : say('none')}`);
  if (result.projection) {
    const p = result.projection;
    const method = p.method === 'linear' ? say('linear', { points: p.points, from: p.fromYear, rate: formatNumber(p.rate) }) : say('compound', { rate: formatNumber(p.rate * 100) });
    const of = result.kind === 'compare' ? say('ofDifference') : '';
    lines.push(`${say('projection')}: ${method}${of} → ${p.toYear}: ${withUnit(result.projected ?? p.value, result.unit)}`);
  }
  if (result.units) {
    lines.push(`${say('units')}:`);
    for (const u of result.units.units) lines.push(`  ${statusLabel(u.status, lang)}  ${u.unit}  ${withUnit(u.value, result.unit)}${u.valueYear && u.valueYear !== result.year ? ` (${u.valueYear})` : ''}`);
  }
  lines.push(`${say('verdict')}: ${statusLabel(result.status, lang)} — ${describeReason(result, lang)}  [${result.reason.code}]`);
  lines.push(`${say('lead')}: ${result.lead.join('、') || say('none')}`, `${say('responsible')}: ${result.responsible.join('、') || say('none')}`);
  return lines.join('\n') + '\n';
}

/** `explain --format json`: the rule as loaded, where it is defined, and its result. */
export function renderExplanationJson(result: RuleResult, loaded: LoadedRule): string {
  return JSON.stringify({ rule: loaded.rule, file: loaded.file, line: loaded.line, result }, null, 2) + '\n';
}
