// steady_rise: 稳中有升 — above the baseline, and no year-on-year fall larger than max_dip.
import { above, subtract } from '../../evaluate/decimal.js';
import { seriesUpTo } from '../../evaluate/judge.js';
import { judgeTrend } from '../trend.js';
import type { KindModule } from '../types.js';

export const steadyRise: KindModule<'steady_rise'> = {
  kind: 'steady_rise',
  evaluate(check, ctx) {
    const series = ctx.data.series(ctx.indicator!, ctx.dims);
    const verdict = judgeTrend(ctx, series, 'up', check.min_change ?? 0, 'steady_rise');
    if (verdict.status !== 'pass') return verdict;
    const maxDip = check.max_dip ?? ctx.settings.tolerance;
    const points = seriesUpTo(series, ctx);
    const dips = points.slice(1).filter(([, v], i) => above(subtract(points[i]![1], v), maxDip)).map(([year]) => year);
    // A rise with a sharp fall on the way is what the plans call 波动较大: warn, do not pass.
    if (dips.length > 0) return { ...verdict, status: 'at-risk', reason: { code: 'unsteady', figures: { ...verdict.reason.figures, dipYears: dips, maxDip } } };
    return verdict;
  },
  doc: {
    wording: ['稳中有升'],
    summary: {
      zh: '高于基期数值，且任何一年较上年下降不超过容差（默认1个单位）；升中有大幅回落判为预警。',
      en: 'Above the baseline, with no year-on-year fall beyond max_dip (default 1 unit); a rise with a sharp dip is at-risk.',
    },
    example: '{ kind: steady_rise, max_dip: 1 }',
  },
};
