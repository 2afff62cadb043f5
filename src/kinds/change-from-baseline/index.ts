// change_from_baseline: 以2020年为基数下降18% — at most (or at least) the baseline value scaled by the percent.
import { add, atLeast, atMost, multiply, percentOf, subtract } from '../../core/decimal.js';
import { judgeLevel, noData, withinWarningMargin } from '../../core/judge.js';
import type { KindModule } from '../types.js';

export const changeFromBaseline: KindModule<'change_from_baseline'> = {
  kind: 'change_from_baseline',
  evaluate(check, ctx) {
    const baselineYear = check.baseline_year ?? ctx.baselineYear;
    const series = ctx.data.series(ctx.indicator!, ctx.dims);
    const baseValue = series.get(baselineYear);
    const figures = { direction: check.direction, percent: check.percent, baselineYear, unit: ctx.unit };
    if (baseValue === undefined) {
      return noData(ctx, { code: 'change_from_baseline', figures: { ...figures, target: null } }, 'no-baseline', { baselineYear });
    }
    const factor = check.direction === 'down' ? subtract(1, percentOf(check.percent)) : add(1, percentOf(check.percent));
    // Exact in decimals: 50 × 1.1 is 55, not 55.000000000000007.
    const target = multiply(baseValue, factor);
    const meets = check.direction === 'down' ? (v: number) => atMost(v, target) : (v: number) => atLeast(v, target);
    return judgeLevel(
      ctx,
      series,
      { meets, near: (v) => withinWarningMargin(ctx, v, target, check.direction) },
      { code: 'change_from_baseline', figures: { ...figures, baseValue, target } },
    );
  },
  doc: {
    wording: ['以2020年为基数下降18%'],
    summary: {
      zh: '以基期数值为基数的相对变化：下降18%即终期值不高于基期值×0.82。',
      en: 'A relative change from the baseline value: a fall of 18 % means at most 0.82 × the baseline value.',
    },
    example: '{ kind: change_from_baseline, direction: down, percent: 18 }',
  },
};
