// A rule's status and value in every year of the data, evaluated as each year's evaluate run would have.
import { evaluateRule } from '../evaluate/evaluate-plans.js';
import type { RuleResult } from '../core/types.js';
import type { DataIndex } from '../kinds/types.js';
import type { Observation } from '../model/data.js';
import type { ObservationTable } from '../model/observation-table.js';
import { asTable } from '../model/table-of.js';
import type { LoadedRule, PlanModel } from '../model/plan-model.js';
import { sparkline } from './sparkline.js';
import type { HistoryPoint, HistoryReport, RuleHistory } from './types.js';

/** Every year from the earliest to the latest observation, gaps included; [] for empty data. */
export function yearsOfData(source: ObservationTable | readonly Observation[]): number[] {
  const span = asTable(source).yearSpan();
  if (span === null) return [];
  return Array.from({ length: span.last - span.first + 1 }, (_, i) => span.first + i);
}

function pointOf(result: RuleResult): HistoryPoint {
  return { year: result.year, status: result.status, value: result.value, valueYear: result.valueYear, projected: result.projected };
}

/** Kinds whose judged series is not in the quantity of their value: compare judges own − other, annual_change shows a change. */
const SERIES_IS_NOT_VALUE = new Set(['compare', 'annual_change', 'each_unit']);

/**
 * The value observed in each year itself (a carried-forward older value is no point of the sparkline);
 * where a year has none, the series the latest evaluation judged fills in, e.g. a trend rule's baseline value.
 */
export function sparkValues(points: readonly HistoryPoint[], kind: string, judged: ReadonlyArray<[number, number]>): Array<number | null> {
  const series = SERIES_IS_NOT_VALUE.has(kind) ? new Map<number, number>() : new Map(judged);
  return points.map((p) => (p.valueYear === p.year && p.value !== null ? p.value : series.get(p.year) ?? null));
}

export function ruleHistory(loaded: LoadedRule, model: PlanModel, data: DataIndex, years: readonly number[]): RuleHistory {
  const results = years.map((year) => evaluateRule(loaded, model, data, year));
  const points = results.map(pointOf);
  const last = results[results.length - 1];
  const indicator = loaded.rule.indicator ? model.indicators.get(loaded.rule.indicator) : undefined;
  return {
    rule: loaded.rule.id,
    plan: loaded.plan.id,
    domain: loaded.domain.id,
    kind: loaded.rule.check.kind,
    indicator: loaded.rule.indicator ?? null,
    indicatorName: indicator?.name ?? null,
    indicatorNameEn: indicator?.name_en ?? null,
    text: loaded.rule.text,
    unit: indicator?.unit ?? '',
    target: last?.target ?? { code: loaded.rule.check.kind, figures: {} },
    points,
    sparkline: sparkline(sparkValues(points, loaded.rule.check.kind, last?.series ?? [])),
    firstMet: points.find((p) => p.status === 'pass')?.year ?? null,
  };
}

export function buildHistory(rules: readonly LoadedRule[], model: PlanModel, data: DataIndex, years: readonly number[]): HistoryReport {
  return { years: [...years], rules: rules.map((loaded) => ruleHistory(loaded, model, data, years)) };
}
