// Shared judgement for the direction kinds: the value compared with the baseline-year value.
import { above, atLeast, subtract } from '../core/decimal.js';
import { judgeLevel, noData, withinWarningMargin } from '../core/judge.js';
import type { ValueRange } from '../core/value-range.js';
import type { Coded, Series, Verdict } from '../core/types.js';
import type { KindContext } from './types.js';

export function judgeTrend(
  ctx: KindContext,
  series: Series,
  direction: 'up' | 'down',
  minChange: number,
  targetCode: string,
  range: ValueRange | null = ctx.range,
): Verdict {
  const baseValue = series.get(ctx.baselineYear);
  const target: Coded = { code: targetCode, figures: { baselineYear: ctx.baselineYear, baseValue: baseValue ?? null, minChange, unit: ctx.unit } };
  if (baseValue === undefined) return noData(ctx, target, 'no-baseline', { baselineYear: ctx.baselineYear });
  // Any change beyond the baseline; with min_change, a change of at least that much (50 → 51 meets min_change 1).
  const change = (v: number) => (direction === 'up' ? subtract(v, baseValue) : subtract(baseValue, v));
  const meets = (v: number) => above(change(v), 0) && atLeast(change(v), minChange);
  // Barely past the baseline is within the warning margin, as for a numeric target.
  const near = (v: number) => withinWarningMargin(ctx, v, baseValue, direction);
  const verdict = judgeLevel(ctx, series, { meets, near }, target, range);
  if (verdict.valueYear === ctx.baselineYear && verdict.status !== 'no-data') {
    // Only the baseline itself: no direction can be seen yet.
    return noData(ctx, target, 'only-baseline', { baselineYear: ctx.baselineYear });
  }
  return { ...verdict, reason: { ...verdict.reason, figures: { ...verdict.reason.figures, baseValue, baselineYear: ctx.baselineYear } } };
}
