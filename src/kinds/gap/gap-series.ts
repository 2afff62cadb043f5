// The gap of each year among several groups: the largest difference between two of them, or from the county total.
// Differences are exact in decimals (98.3 − 97.6 is 0.7), so a gap exactly min_change narrower passes.
import { subtract } from '../../core/decimal.js';
import type { CheckOf } from '../checks.js';
import type { KindContext } from '../types.js';

export interface GapSeries {
  groups: string[];
  /** year → gap, for the years in which every group (and the total, if used) has a value. */
  gaps: Map<number, number>;
  /** year → the two sides of that year's gap, e.g. "农村/城镇" or "示例乡镇07/全县". */
  sides: Map<number, string>;
}

export function gapSeries(check: CheckOf<'gap'>, ctx: KindContext, totalName: string): GapSeries {
  const groups = check.groups === 'listed' ? ctx.data.unitsOf(ctx.indicator!, check.dimension) : [...check.groups];
  const series = groups.map((group) => ({ group, values: ctx.data.series(ctx.indicator!, { ...ctx.dims, [check.dimension]: group }) }));
  const total = check.measure === 'against_total' ? ctx.data.series(ctx.indicator!, ctx.dims) : undefined;
  const gaps = new Map<number, number>();
  const sides = new Map<number, string>();
  const years = new Set(series.flatMap((s) => [...s.values.keys()]));
  for (const year of years) {
    // A year with a group missing has no comparable gap: the missing group might be the extreme one.
    if (series.some((s) => !s.values.has(year))) continue;
    const points = series.map((s) => ({ group: s.group, value: s.values.get(year)! }));
    if (total !== undefined) {
      const reference = total.get(year);
      if (reference === undefined) continue;
      const farthest = points.reduce((a, b) => (Math.abs(b.value - reference) > Math.abs(a.value - reference) ? b : a));
      gaps.set(year, Math.abs(subtract(farthest.value, reference)));
      sides.set(year, `${farthest.group}/${totalName}`);
    } else if (points.length === 2) {
      // Two groups keep their written order (农村/城镇), as the plan names them.
      gaps.set(year, Math.abs(subtract(points[0]!.value, points[1]!.value)));
      sides.set(year, `${points[0]!.group}/${points[1]!.group}`);
    } else {
      const high = points.reduce((a, b) => (b.value > a.value ? b : a));
      const low = points.reduce((a, b) => (b.value < a.value ? b : a));
      gaps.set(year, subtract(high.value, low.value));
      sides.set(year, `${high.group}/${low.group}`);
    }
  }
  return { groups, gaps, sides };
}
