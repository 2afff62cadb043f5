// Indexes observations once per run, so each rule's series lookup is a map access.
import type { DataIndex } from '../kinds/types.js';
import type { Assessment, Observation } from '../model/data.js';
import type { PlanModel } from '../model/plan-model.js';

const EMPTY: ReadonlyMap<number, number> = new Map();

export function dimsKey(indicator: string, dims: Readonly<Record<string, string>>): string {
  const parts = Object.keys(dims)
    .sort()
    .map((k) => `${k}=${dims[k]}`);
  return `${indicator}\u0000${parts.join('\u0001')}`;
}

export function buildDataIndex(observations: readonly Observation[], model: Pick<PlanModel, 'indicators' | 'dimensions'>): DataIndex {
  const values = new Map<string, Map<number, number>>();
  const assessments = new Map<string, Map<number, Assessment>>();
  const unitNames = new Map<string, Set<string>>();
  for (const o of observations) {
    const key = dimsKey(o.indicator, o.dims);
    if (o.value !== null) {
      let series = values.get(key);
      if (!series) values.set(key, (series = new Map()));
      series.set(o.year, o.value);
    }
    if (o.assessment !== null) {
      let byYear = assessments.get(key);
      if (!byYear) assessments.set(key, (byYear = new Map()));
      byYear.set(o.year, o.assessment);
    }
    for (const [dimension, unit] of Object.entries(o.dims)) {
      const unitsKey = `${o.indicator}\u0000${dimension}`;
      let set = unitNames.get(unitsKey);
      if (!set) unitNames.set(unitsKey, (set = new Set()));
      set.add(unit);
    }
  }
  return {
    series: (indicator, dims = {}) => values.get(dimsKey(indicator, dims)) ?? EMPTY,
    unitsOf(indicator, dimension) {
      const declared = model.dimensions.get(dimension)?.values ?? [];
      const seen = [...(unitNames.get(`${indicator}\u0000${dimension}`) ?? [])].filter((u) => !declared.includes(u)).sort((a, b) => a.localeCompare(b, 'zh'));
      return [...declared, ...seen];
    },
    assessment(key, year) {
      const byYear = assessments.get(dimsKey(key, {}));
      if (!byYear) return null;
      const years = [...byYear.keys()].filter((y) => y <= year);
      if (years.length === 0) return null;
      const latest = Math.max(...years);
      return { assessment: byYear.get(latest)!, year: latest };
    },
    indicatorName: (id) => model.indicators.get(id)?.name ?? id,
    dimensionNames(id) {
      const dimension = model.dimensions.get(id);
      return { zh: dimension?.name ?? id, en: dimension?.name_en ?? id };
    },
  };
}
