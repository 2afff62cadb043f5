// Shared judgement for the direction kinds: the value compared with the baseline-year value.
import { judgeLevel, noData, withinWarningMargin } from '../evaluate/judge.js';
import type { Coded, Series, Verdict } from '../evaluate/types.js';
import type { KindContext } from './types.js';

export function judgeTrend(
  ctx: KindContext,
  series: Series,
  direction: 'up' | 'down',
  minChange: number,
  targetCode: string,
): Verdict {
  const baseValue = series.get(ctx.baselineYear);
  const target: Coded = { code: targetCode, figures: { baselineYear: ctx.baselineYear, baseValue: baseValue ?? null, minChange, unit: ctx.unit } };
  if (baseValue === undefined) return noData(ctx, target, 'no-baseline', { baselineYear: ctx.baselineYear });
  const meets = direction === 'up' ? (v: number) => v > baseValue + minChange : (v: number) => v < baseValue - minChange;
  // Barely past the baseline is within the warning margin, as for a numeric target.
  const near = (v: number) => withinWarningMargin(ctx, v, baseValue, direction);
  const verdict = judgeLevel(ctx, series, { meets, near }, target);
  if (verdict.valueYear === ctx.baselineYear && verdict.status !== 'no-data') {
    // Only the baseline itself: no direction can be seen yet.
    return noData(ctx, target, 'only-baseline', { baselineYear: ctx.baselineYear });
  }
  return { ...verdict, reason: { ...verdict.reason, figures: { ...verdict.reason.figures, baseValue, baselineYear: ctx.baselineYear } } };
}
