// steady_rise: 稳中有升 — above the baseline, and no year-on-year fall larger than max_dip.
import { above, subtract } from '../../core/decimal.js';
import { missStatus, seriesUpTo } from '../../core/judge.js';
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
    // A rise with a sharp fall on the way is what the plans call 波动较大: warn before the deadline, a miss at it.
    const status = ctx.year >= ctx.deadline ? missStatus(ctx) : 'at-risk';
    if (dips.length > 0) return { ...verdict, status, reason: { code: 'unsteady', figures: { ...verdict.reason.figures, dipYears: dips, maxDip } } };
    return verdict;
  },
  doc: {
    wording: ['稳中有升'],
    summary: {
      zh: '高于基期数值，且任何一年较上年下降不超过容差（默认1个单位）；升中有大幅回落在终期前判为预警，终期判为未达标。',
      en: 'Above the baseline, with no year-on-year fall beyond max_dip (default 1 unit); a rise with a sharp dip is at-risk before the deadline and a miss at it.',
    },
    example: '{ kind: steady_rise, max_dip: 1 }',
  },
};
