// trend_up: 逐步提高 / 有所提高 / 不断增加 — above the baseline-year value.
import { judgeTrend } from '../trend.js';
import type { KindModule } from '../types.js';

export const trendUp: KindModule<'trend_up'> = {
  kind: 'trend_up',
  evaluate: (check, ctx) => judgeTrend(ctx, ctx.data.series(ctx.indicator!, ctx.dims), 'up', check.min_change ?? 0, 'trend_up'),
  doc: {
    wording: ['逐步提高', '有所提高', '不断提高', '稳步提高', '进一步提高'],
    summary: {
      zh: '评估年数值高于基期（2020年）数值；基期前的预测用最小二乘直线。',
      en: 'Value in the evaluation year above the baseline-year (2020) value; projected to the deadline by least squares.',
    },
    example: '{ kind: trend_up }',
  },
};
