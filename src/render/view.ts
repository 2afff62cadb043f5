// Turns results into display cells shared by the table and markdown renderers (the reason sentence is left to
// those that print it: building it for every rule is a noticeable part of drawing the table).
import type { RuleResult } from '../evaluate/types.js';
import { formatNumber, withUnit, type Lang } from '../i18n/format.js';
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
    indicator: result.indicatorName ?? (lang === 'zh' ? '（定性）' : '(qualitative)'),
    target: describeTarget(result.target, lang),
    value: result.valueYear !== null && result.valueYear !== result.year && result.value !== null ? `${valueText} (${result.valueYear})` : valueText,
    projected: formatNumber(result.projected),
    status: statusLabel(result.status, lang),
    lead: result.lead.join('、'),
  };
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
