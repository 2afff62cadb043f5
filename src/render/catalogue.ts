// A rule as the catalogue shows it (`plancheck list`): what is known of its target without data.
import { describeTarget } from '../i18n/targets.js';
import type { Lang } from '../i18n/format.js';
import type { LoadedRule, PlanModel } from '../model/plan-model.js';

export function catalogueEntry(loaded: LoadedRule, model: PlanModel, lang: Lang) {
  const { rule, plan, domain } = loaded;
  const indicator = rule.indicator ? model.indicators.get(rule.indicator) : undefined;
  return {
    id: rule.id,
    plan: plan.id,
    domain: domain.id,
    number: rule.number,
    section: rule.section,
    kind: rule.check.kind,
    indicator: rule.indicator ?? null,
    indicatorName: indicator?.name ?? null,
    indicatorNameEn: indicator?.name_en ?? null,
    unit: indicator?.unit ?? '',
    target: describeTarget(staticTarget(rule.check, indicator?.unit ?? '', model, { from: plan.start_year, to: rule.deadline ?? plan.deadline }), lang),
    check: rule.check,
    deadline: rule.deadline ?? plan.deadline,
    everyYear: rule.every_year ?? false,
    aspirational: rule.aspirational ?? false,
    text: rule.text,
    lead: rule.lead,
    responsible: rule.responsible,
    criterion: rule.check.kind === 'qualitative' ? (rule.check.criterion?.[lang] ?? null) : null,
    flags: rule.flags ?? [],
    note: rule.note ?? rule.check.note ?? null,
  };
}

/** The target as far as it is known without data (a baseline-relative target has no number yet). */
function staticTarget(check: LoadedRule['rule']['check'], unit: string, model: PlanModel, period: { from: number; to: number }) {
  const inner = check.kind === 'each_unit' ? check.check : check;
  const figures: Record<string, string | number | null> = { unit, baselineYear: 2020, baseValue: null };
  for (const [key, value] of Object.entries(inner)) if (typeof value === 'number' || typeof value === 'string') figures[key] = value;
  // The evaluated target names it minChange; the catalogue must word it the same way.
  if ('min_change' in inner && typeof inner.min_change === 'number') figures.minChange = inner.min_change;
  if (check.kind === 'each_unit') {
    const dimension = model.dimensions.get(check.dimension);
    return { code: 'each_unit', figures: { ...figures, innerCode: inner.kind, dimension: check.dimension, dimensionName: dimension?.name ?? check.dimension, dimensionNameEn: dimension?.name_en ?? check.dimension, share: check.rollup && check.rollup !== 'all' ? check.rollup.share : 1 } };
  }
  if (check.kind === 'gap') {
    const dimension = model.dimensions.get(check.dimension);
    const groups = check.groups === 'listed' ? '' : check.groups.length <= 3 ? check.groups.join('/') : String(check.groups.length);
    const groupCount = check.groups === 'listed' ? 0 : check.groups.length;
    return { code: check.direction === 'narrow' ? 'gap_narrow' : 'gap_widen', figures: { ...figures, groups, groupCount, measure: check.measure ?? 'largest_pair', dimensionName: dimension?.name ?? check.dimension, dimensionNameEn: dimension?.name_en ?? check.dimension } };
  }
  if (check.kind === 'each_site') {
    const dimension = model.dimensions.get(check.dimension);
    return { code: 'each_site', figures: { ...figures, op: check.op ?? 'at_least', dimensionName: dimension?.name ?? check.dimension, dimensionNameEn: dimension?.name_en ?? check.dimension } };
  }
  // The period of a cumulative total is only known with the plan: from its start year to its deadline.
  if (check.kind === 'cumulative') return { code: 'cumulative', figures: { ...figures, from: check.from ?? period.from, to: period.to } };
  if (check.kind === 'compare') return { code: 'compare', figures: { ...figures, other: check.other, otherName: model.indicators.get(check.other)?.name ?? check.other, otherNameEn: model.indicators.get(check.other)?.name_en ?? check.other } };
  return { code: check.kind, figures };
}

export type CatalogueEntry = ReturnType<typeof catalogueEntry>;
