// Evaluates every selected rule for one year: model + data in, a Report out, no I/O.
import type { DataIndex } from '../kinds/types.js';
import { evaluateCheck } from '../kinds/registry.js';
import { leadMatches } from '../model/lead-aliases.js';
import type { LoadedRule, PlanModel } from '../model/plan-model.js';
import { rangeOf } from '../core/value-range.js';
import { resolveSettings } from '../core/settings.js';
import { STATUSES, type RuleResult, type Status, type Verdict } from '../core/types.js';

export const RESULTS_SCHEMA_VERSION = 1;

export interface RuleFilter {
  plan?: string;
  domain?: string;
  lead?: string;
  kind?: string;
}

export interface Report {
  schemaVersion: number;
  year: number;
  summary: Record<Status | 'total', number>;
  results: RuleResult[];
}

export function selectRules(model: PlanModel, filter: RuleFilter): LoadedRule[] {
  return model.rules.filter(
    ({ rule, plan, domain }) =>
      (!filter.plan || plan.id === filter.plan) &&
      (!filter.domain || domain.id === filter.domain) &&
      (!filter.kind || rule.check.kind === filter.kind) &&
      (!filter.lead || rule.lead.some((unit) => leadMatches(unit, filter.lead!))),
  );
}

export function evaluateRule(loaded: LoadedRule, model: PlanModel, data: DataIndex, year: number): RuleResult {
  const { rule, plan, domain } = loaded;
  const indicator = rule.indicator ? model.indicators.get(rule.indicator) : undefined;
  const deadline = rule.deadline ?? plan.deadline;
  const checked = evaluateCheck(rule.check, {
    ruleId: rule.id,
    indicator: rule.indicator ?? null,
    unit: indicator?.unit ?? '',
    year,
    deadline,
    baselineYear: plan.baseline_year,
    startYear: plan.start_year,
    everyYear: rule.every_year ?? false,
    aspirational: rule.aspirational ?? false,
    maxAge: indicator?.max_age ?? 0,
    range: rangeOf(indicator),
    settings: resolveSettings(plan.settings, domain.settings, rule.settings),
    dims: {},
    data,
    evaluateCheck,
  });
  // The baseline year (and any before the plan's first year) is where the plan starts from, not a year it is judged in.
  const verdict = year < plan.start_year ? baselineYearVerdict(checked, year, plan.start_year) : checked;
  return {
    rule: rule.id,
    plan: plan.id,
    domain: domain.id,
    number: rule.number,
    section: rule.section,
    kind: rule.check.kind,
    text: rule.text,
    indicator: rule.indicator ?? null,
    indicatorName: indicator?.name ?? null,
    indicatorNameEn: indicator?.name_en ?? null,
    unit: indicator?.unit ?? '',
    year,
    deadline,
    everyYear: rule.every_year ?? false,
    aspirational: rule.aspirational ?? false,
    lead: rule.lead,
    responsible: rule.responsible,
    ...verdict,
  };
}

/** The target and the year's value stay for information; nothing is judged. */
function baselineYearVerdict(checked: Verdict, year: number, startYear: number): Verdict {
  const { projection: _projection, units: _units, ...rest } = checked;
  const own = checked.valueYear === year;
  return {
    ...rest,
    status: 'not-assessed',
    reason: { code: 'baseline-year', figures: { year, startYear } },
    value: own ? checked.value : null,
    valueYear: own ? year : null,
    projected: null,
  };
}

export function evaluatePlans(model: PlanModel, data: DataIndex, year: number, filter: RuleFilter = {}): Report {
  const results = selectRules(model, filter).map((loaded) => evaluateRule(loaded, model, data, year));
  return { schemaVersion: RESULTS_SCHEMA_VERSION, year, summary: summarize(results), results };
}

export function summarize(results: ReadonlyArray<{ status: Status }>): Report['summary'] {
  const summary = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Report['summary'];
  for (const r of results) summary[r.status] += 1;
  summary.total = results.length;
  return summary;
}
