// gap: 城乡区域差距明显缩小 / 男女收入差距明显缩小 — the difference between two groups, judged like a trend.
import { subtract } from '../../evaluate/decimal.js';
import { judgeTrend } from '../trend.js';
import type { KindModule } from '../types.js';

export const gap: KindModule<'gap'> = {
  kind: 'gap',
  evaluate(check, ctx) {
    const [first, second] = check.groups;
    const a = ctx.data.series(ctx.indicator!, { ...ctx.dims, [check.dimension]: first });
    const b = ctx.data.series(ctx.indicator!, { ...ctx.dims, [check.dimension]: second });
    const gapSeries = new Map<number, number>();
    for (const [year, v] of a) {
      const w = b.get(year);
      if (w !== undefined) gapSeries.set(year, Math.abs(subtract(v, w)));
    }
    const verdict = judgeTrend(ctx, gapSeries, check.direction === 'narrow' ? 'down' : 'up', check.min_change ?? 0, check.direction === 'narrow' ? 'gap_narrow' : 'gap_widen', null);
    const groups = `${first}/${second}`;
    return {
      ...verdict,
      target: { ...verdict.target, figures: { ...verdict.target.figures, groups } },
      reason: { ...verdict.reason, figures: { ...verdict.reason.figures, groups } },
    };
  },
  doc: {
    wording: ['城乡区域差距明显缩小', '男女收入差距明显缩小'],
    summary: {
      zh: '两组（如农村与城镇）数值之差的绝对值，与基期相比缩小（可设定最小缩小幅度 min_change）；两组数据须分别提供。',
      en: 'The absolute difference between two groups (e.g. rural and urban) is smaller than in the baseline year (optionally by at least min_change); both groups must be in the data.',
    },
    example: '{ kind: gap, dimension: area, groups: [农村, 城镇], direction: narrow }',
  },
};
