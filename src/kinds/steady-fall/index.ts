// steady_fall: 持续下降 / 逐年下降 — lower than the year before in every year from the plan start, and
// below the baseline. The mirror of steady_rise, but strict by default: the plans' 持续 names no tolerance.
import { atMost, subtract } from '../../core/decimal.js';
import { missStatus } from '../../core/judge.js';
import type { Series } from '../../core/types.js';
import { judgeTrend } from '../trend.js';
import type { KindContext, KindModule } from '../types.js';

/** v − previous, exact at the decimals of its inputs (6.4 − 6.1 is 0.3, not 0.3000000000000007). */
const yearOnYearChange = (value: number, previous: number): number => subtract(value, previous);

interface YearOnYear {
  /** Years from the plan start to Y without a value (the baseline is checked by judgeTrend). */
  missingYears: number[];
  /** Years that were not lower than the year before (beyond max_rise when it is set). */
  riseYears: number[];
}

export function yearOnYear(series: Series, ctx: KindContext, maxRise: number | undefined): YearOnYear {
  const missingYears: number[] = [];
  const riseYears: number[] = [];
  for (let year = ctx.startYear; year <= ctx.year; year++) {
    const value = series.get(year);
    if (value === undefined) {
      missingYears.push(year);
      continue;
    }
    const previous = series.get(year - 1);
    // A gap the year before leaves this year's step unknown: it is counted once, as the missing year.
    if (previous === undefined) continue;
    const change = yearOnYearChange(value, previous);
    // At zero nothing is left to fall: 0 after 0 holds the fall.
    const fell = change < 0 || (value === 0 && previous === 0);
    const tolerated = maxRise !== undefined && atMost(change, maxRise);
    if (!fell && !tolerated) riseYears.push(year);
  }
  return { missingYears, riseYears };
}

export const steadyFall: KindModule<'steady_fall'> = {
  kind: 'steady_fall',
  evaluate(check, ctx) {
    const series = ctx.data.series(ctx.indicator!, ctx.dims);
    const level = judgeTrend(ctx, series, 'down', check.min_change ?? 0, 'steady_fall');
    // Without Y's own value the level is not judged, but a year that rose still breaks 逐年下降, and the missing years are named.
    if (level.status === 'no-data' && level.reason.code !== 'no-current-value') return level;
    const maxRise = check.max_rise;
    const { missingYears, riseYears } = yearOnYear(series, ctx, maxRise);
    const figures = { ...level.reason.figures, missingYears, maxRise: maxRise ?? null };
    if (riseYears.length > 0) {
      // Unlike a dip in 稳中有升 (a warning until the deadline), a year that did not fall breaks 逐年下降 for
      // good, as a missed year of an every-year rule does: later falls cannot mend it.
      return { ...level, status: missStatus(ctx), reason: { code: 'not-falling', figures: { ...figures, riseYears } } };
    }
    // A miss on the level stands whatever the gaps; otherwise a missing year is never passed over.
    if (level.status === 'fail') return level;
    if (missingYears.length > 0) return { ...level, status: 'no-data', reason: { code: 'yearly-missing', figures } };
    if (level.status !== 'pass') return level;
    return { ...level, reason: { code: 'fell-every-year', figures: { ...figures, from: ctx.startYear } } };
  },
  doc: {
    wording: ['持续下降', '逐年下降'],
    summary: {
      zh: '自规划起始年起每年均低于上年，且低于基期数值；任何一年持平或回升即未达标（力争目标为预警），与“每年”规则缺一年即未达标相同；缺任何一年数值判为无数据，不跳过。max_rise 可容许小幅回升（0 表示容许持平）。数值已为0且保持0视为下降。',
      en: 'Lower than the year before in every year from the plan start, and below the baseline; a flat or higher year is a miss (at-risk when aspirational), as a missed year of an every-year rule is; a missing year is no-data, never skipped. max_rise tolerates a small rise (0 tolerates a flat year). A value that stays at 0 counts as falling.',
    },
    example: '{ kind: steady_fall }',
  },
};
