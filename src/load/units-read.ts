// Which units of a dimension the rules read, where they name them: W-HEALTH-M8c checks only 艾滋病 and 梅毒 of the
// disease dimension, so a 乙肝 row is read by no rule and must be reported unused, not counted as used.
import type { PlanModel } from '../model/plan-model.js';

/**
 * indicator → dimension → the units rules read, for the pairs where every rule reading that indicator by that
 * dimension names its units (each_unit `units: [..]`, gap `groups: [..]`). A rule that reads all units (each_unit
 * over the list or the reported units, gap over the listed units, each_site) lifts the restriction; so does
 * feeding a ratio, whose rules read the parts by the ratio's own units.
 */
export function unitsReadByRules(model: Pick<PlanModel, 'rules' | 'indicators'>): Record<string, Record<string, string[]>> {
  const named = new Map<string, Map<string, Set<string>>>();
  const unrestricted = new Set<string>();
  const note = (indicator: string, dimension: string, units: readonly string[] | 'all') => {
    const key = `${indicator}\u0000${dimension}`;
    if (units === 'all') return void unrestricted.add(key);
    let byDimension = named.get(indicator);
    if (byDimension === undefined) named.set(indicator, (byDimension = new Map()));
    let set = byDimension.get(dimension);
    if (set === undefined) byDimension.set(dimension, (set = new Set()));
    for (const unit of units) set.add(unit);
  };
  for (const { rule } of model.rules) {
    const check = rule.check;
    if (rule.indicator === undefined) continue;
    if (check.kind === 'each_unit') note(rule.indicator, check.dimension, Array.isArray(check.units) ? check.units : 'all');
    else if (check.kind === 'gap') note(rule.indicator, check.dimension, Array.isArray(check.groups) ? check.groups : 'all');
    else if (check.kind === 'each_site') note(rule.indicator, check.dimension, 'all');
  }
  // A dimension the indicator declares but no rule reads it by: no unit of it is read.
  for (const indicator of model.indicators.values()) {
    for (const dimension of indicator.dimensions ?? []) {
      if (!named.get(indicator.id)?.has(dimension) && !unrestricted.has(`${indicator.id}\u0000${dimension}`)) note(indicator.id, dimension, []);
    }
  }
  const parts = new Set([...model.indicators.values()].flatMap((i) => (i.derivation ? [i.derivation.numerator, i.derivation.denominator] : [])));
  const result: Record<string, Record<string, string[]>> = {};
  for (const [indicator, byDimension] of named) {
    if (parts.has(indicator)) continue;
    for (const [dimension, units] of byDimension) {
      if (unrestricted.has(`${indicator}\u0000${dimension}`)) continue;
      (result[indicator] ??= {})[dimension] = [...units];
    }
  }
  return result;
}
