// trend_down: 明显下降 / 逐步降低 (持续下降, year on year, is steady_fall) — below the baseline-year value.
import { judgeTrend } from '../trend.js';
import type { KindModule } from '../types.js';

export const trendDown: KindModule<'trend_down'> = {
  kind: 'trend_down',
  evaluate: (check, ctx) => judgeTrend(ctx, ctx.data.series(ctx.indicator!, ctx.dims), 'down', check.min_change ?? 0, 'trend_down'),
  doc: {
    wording: ['明显下降', '逐步降低', '有所减少'],
    summary: {
      zh: '评估年数值低于基期（2020年）数值。',
      en: 'Value in the evaluation year below the baseline-year (2020) value.',
    },
    example: '{ kind: trend_down }',
  },
};
