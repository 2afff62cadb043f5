// Turns results into display cells shared by the table and markdown renderers (the reason sentence is left to
// those that print it: building it for every rule is a noticeable part of drawing the table).
import type { RuleResult } from '../core/types.js';
import { withUnit, type Lang } from '../i18n/format.js';
import { message } from '../i18n/messages.js';
import { statusLabel } from '../i18n/statuses.js';
import { describeTarget } from '../i18n/targets.js';
import type { Plan } from '../schema/plan-file.js';

export interface ResultView {
  id: string;
  indicator: string;
  target: string;
  value: string;
  projected: string;
  status: string;
  lead: string;
}

export function viewResult(result: RuleResult, lang: Lang): ResultView {
  const valueText = withUnit(result.value, result.kind === 'annual_change' ? '' : result.unit);
  return {
    id: result.rule,
    indicator: indicatorWords(result, lang),
    target: targetWords(result, lang),
    value: result.valueYear !== null && result.valueYear !== result.year && result.value !== null ? `${valueText} (${result.valueYear})` : valueText,
    projected: withUnit(result.projected, result.kind === 'annual_change' ? '' : result.unit),
    status: statusLabel(result.status, lang),
    lead: result.lead.join('、'),
  };
}

/** The indicator's name in the output language (the Chinese one when it has no English name); null without one. */
export function indicatorNameIn(item: { indicatorName: string | null; indicatorNameEn?: string | null }, lang: Lang): string | null {
  return lang === 'en' ? (item.indicatorNameEn ?? item.indicatorName) : item.indicatorName;
}

/** The indicator's name in the output language; a qualitative goal (no indicator) in its own first words. */
export function indicatorWords(item: { indicatorName: string | null; indicatorNameEn?: string | null; text: string }, lang: Lang): string {
  return indicatorNameIn(item, lang) ?? goalWords(item.text);
}

/** A qualitative goal in its own first words: the first clause of the plan sentence, without closing punctuation. */
export function goalWords(text: string): string {
  const clause = text.split(/[,，;；。：:]/)[0]!.trim();
  return clause.length >= 4 ? clause : text.replace(/[。.]$/, '');
}

/** The target as the plan states it: "每年" for a target that must hold every year, "力争" for an aspirational one. */
export function targetWords(result: Pick<RuleResult, 'target' | 'everyYear' | 'aspirational' | 'kind'>, lang: Lang): string {
  return withTargetTerms(describeTarget(result.target, lang), result, lang);
}

export function withTargetTerms(words: string, rule: { everyYear: boolean; aspirational: boolean; kind: string }, lang: Lang): string {
  // annual_change already says 每年 in its own words.
  const everyYear = rule.everyYear && rule.kind !== 'annual_change' ? message('everyYearTerm', lang) : '';
  const aspirational = rule.aspirational ? message('aspirationalTerm', lang) : '';
  // 每年≥ 10% reads as one word: a space before a sign.
  const gap = (aspirational || everyYear) && lang === 'zh' && /^[≥≤≈]/.test(words) ? ' ' : '';
  return `${aspirational}${everyYear}${gap}${words}`;
}

/** 自治县卫生健康局 → 卫生健康局: the county prefix is on every unit and costs columns. */
export function shortUnitName(name: string): string {
  return name.replace(/^自治县(?!委)/, '').replace(/^共青团自治县委$/, '团县委');
}

export function planTitle(plans: readonly Plan[], planId: string, lang: Lang): string {
  const plan = plans.find((p) => p.id === planId);
  return plan ? (lang === 'zh' ? plan.name : plan.name_en) : planId;
}

export function domainTitle(plans: readonly Plan[], planId: string, domainId: string, lang: Lang): string {
  const domain = plans.find((p) => p.id === planId)?.domains.find((d) => d.id === domainId);
  if (!domain) return domainId;
  return lang === 'zh' ? `${domain.number}${domain.name}` : domain.name_en;
}

/** Results grouped by plan, then domain, keeping the order they came in. */
export function groupResults(results: readonly RuleResult[]): Array<{ plan: string; domains: Array<{ domain: string; results: RuleResult[] }> }> {
  const groups: Array<{ plan: string; domains: Array<{ domain: string; results: RuleResult[] }> }> = [];
  const domains = new Map<string, RuleResult[]>();
  for (const r of results) {
    const key = `${r.plan}\u0000${r.domain}`;
    let bucket = domains.get(key);
    if (bucket === undefined) {
      let plan = groups.find((g) => g.plan === r.plan);
      if (!plan) groups.push((plan = { plan: r.plan, domains: [] }));
      domains.set(key, (bucket = []));
      plan.domains.push({ domain: r.domain, results: bucket });
    }
    bucket.push(r);
  }
  return groups;
}
