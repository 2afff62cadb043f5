// Read access to the observations for the rule kinds: a series is a map access and a walk of a few years.
import type { DataIndex } from '../kinds/types.js';
import type { Assessment, Observation } from '../model/data.js';
import type { ObservationTable } from '../model/observation-table.js';
import { asTable } from '../model/table-of.js';
import type { PlanModel } from '../model/plan-model.js';

const EMPTY: ReadonlyMap<number, number> = new Map();
// One collator for every sort: localeCompare(b, 'zh') would set one up per comparison.
let zhCollator: Intl.Collator | undefined;

/** Observation positions of one series, oldest first. */
function seriesPositions(table: ObservationTable, indicator: string, dims: Readonly<Record<string, string>>): number[] {
  const dimsId = table.knownDimsId(dims);
  const newest = dimsId === undefined ? undefined : table.seriesOf(indicator).get(dimsId);
  const positions: number[] = [];
  for (let at = newest ?? -1; at !== -1; at = table.older(at)) positions.push(at);
  return positions.reverse();
}

/** year → value of one series, oldest first; missing values left out. A later row of the same year wins. */
function makeSeries(table: ObservationTable, indicator: string, dims: Readonly<Record<string, string>>): ReadonlyMap<number, number> {
  const values = new Map<number, number>();
  const positions = seriesPositions(table, indicator, dims);
  // Rows usually come in year order: the map is then already sorted (indexed loops: see seriesUpTo in judge.ts).
  let inOrder = true;
  let lastYear = -Infinity;
  for (let i = 0; i < positions.length; i++) {
    const at = positions[i]!;
    const value = table.value(at);
    if (value === null) continue;
    const year = table.year(at);
    if (!values.has(year)) {
      if (year < lastYear) inOrder = false;
      lastYear = year;
    }
    values.set(year, value);
  }
  if (values.size === 0) return EMPTY;
  return inOrder ? values : new Map([...values].sort((a, b) => a[0] - b[0]));
}

export function buildDataIndex(source: ObservationTable | readonly Observation[], model: Pick<PlanModel, 'indicators' | 'dimensions'>): DataIndex {
  const table = asTable(source);
  // Unit names per indicator and dimension, gathered on first use from the series the indicator has.
  const unitNames = new Map<string, Map<string, Set<string>>>();
  const unitsSeen = (indicator: string): Map<string, Set<string>> => {
    let byDimension = unitNames.get(indicator);
    if (byDimension !== undefined) return byDimension;
    unitNames.set(indicator, (byDimension = new Map()));
    for (const dimsId of table.seriesOf(indicator).keys()) {
      for (const [dimension, unit] of Object.entries(table.dimsOf(dimsId))) {
        let set = byDimension.get(dimension);
        if (!set) byDimension.set(dimension, (set = new Set()));
        set.add(unit);
      }
    }
    return byDimension;
  };
  /** Units the data reports that the dimension does not list, in Chinese collation order. */
  const unlisted = (indicator: string, dimension: string, declared: readonly string[]): string[] => {
    const listed = new Set(model.dimensions.get(dimension)?.values ?? declared);
    const extra = [...(unitsSeen(indicator).get(dimension) ?? [])].filter((u) => !listed.has(u));
    // The collator takes a while to set up: only when there is something to sort.
    return extra.length < 2 ? extra : extra.sort((zhCollator ??= new Intl.Collator('zh')).compare);
  };
  const seriesMade = new Map<string, ReadonlyMap<number, number>>();
  return {
    series(indicator, dims = {}) {
      // Made once per series: history and diff judge the same series for several years.
      const dimsId = table.knownDimsId(dims);
      if (dimsId === undefined) return EMPTY;
      const key = `${indicator}\u0000${dimsId}`;
      let series = seriesMade.get(key);
      if (series === undefined) seriesMade.set(key, (series = makeSeries(table, indicator, dims)));
      return series;
    },
    unitsOf(indicator, dimension) {
      const declared = model.dimensions.get(dimension)?.values ?? [];
      return [...declared, ...unlisted(indicator, dimension, declared)];
    },
    reportedUnitsOf(indicator, dimension) {
      const reported = unitsSeen(indicator).get(dimension) ?? new Set<string>();
      const declared = (model.dimensions.get(dimension)?.values ?? []).filter((u) => reported.has(u));
      return [...declared, ...unlisted(indicator, dimension, declared)];
    },
    assessment(key, year) {
      let latest: { assessment: Assessment; year: number } | null = null;
      for (const at of seriesPositions(table, key, {})) {
        const assessment = table.assessment(at);
        const y = table.year(at);
        if (assessment !== null && y <= year && (latest === null || y > latest.year)) latest = { assessment, year: y };
      }
      return latest;
    },
    indicatorName: (id) => model.indicators.get(id)?.name ?? id,
    indicatorNameEn: (id) => model.indicators.get(id)?.name_en ?? id,
    missingUnitList(id) {
      const dimension = model.dimensions.get(id);
      return dimension?.list_file !== undefined && dimension.values.length === 0 ? `${dimension.list_file[0]}.csv` : null;
    },
    dimensionNames(id) {
      const dimension = model.dimensions.get(id);
      return { zh: dimension?.name ?? id, en: dimension?.name_en ?? id };
    },
  };
}
