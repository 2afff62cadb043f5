// annual_change: 每年降低0.5个百分点以上 — every year's change from the year before meets the amount.
import { missStatus, noData, seriesUpTo } from '../../evaluate/judge.js';
import type { Status, Verdict } from '../../evaluate/types.js';
import type { KindModule } from '../types.js';

export const annualChange: KindModule<'annual_change'> = {
  kind: 'annual_change',
  evaluate(check, ctx) {
    const target = { code: 'annual_change', figures: { direction: check.direction, amount: check.amount, unit: ctx.unit } };
    const points = seriesUpTo(ctx.data.series(ctx.indicator!, ctx.dims), ctx);
    // Only consecutive years give an annual change; a gap year is not guessed at.
    const changes = points.slice(1).flatMap(([year, v], i) => {
      const [prevYear, prev] = points[i]!;
      return year === prevYear + 1 ? [[year, v - prev] as const] : [];
    });
    const last = changes[changes.length - 1];
    if (!last) return noData(ctx, target, 'no-annual-change');
    const good = (change: number) => (check.direction === 'down' ? -change >= check.amount : change >= check.amount);
    const missedYears = changes.filter(([, c]) => !good(c)).map(([y]) => y);
    const [firstYear, firstValue] = points[0]!;
    const [lastYear, lastValue] = points[points.length - 1]!;
    const averageChange = (lastValue - firstValue) / (lastYear - firstYear);
    const figures = { value: last[1], valueYear: last[0], year: ctx.year, missedYears, averageChange, amount: check.amount, aspirational: ctx.aspirational };
    const verdict = (status: Status, code: string): Verdict => ({
      status,
      reason: { code, figures },
      target,
      value: last[1],
      valueYear: last[0],
      projected: null,
      series: points,
    });
    if (missedYears.length === 0) return verdict(last[0] < ctx.year ? 'at-risk' : 'pass', last[0] < ctx.year ? 'stale-value' : 'annual-change-met');
    // A missed year with an average pace that still meets the amount is a warning before the deadline.
    if (ctx.year < ctx.deadline && good(averageChange)) return verdict('at-risk', 'annual-change-average-meets');
    return verdict(missStatus(ctx), 'annual-change-missed');
  },
  doc: {
    wording: ['每年降低X个百分点以上', '每年提高X'],
    summary: {
      zh: '每一年较上年的变化都达到规定幅度；有年份未达到但年均变化达到的，终期前判为预警。显示值为最近一年的变化量。',
      en: 'Each year changes from the year before by at least the amount; a missed year whose average pace still meets it is at-risk before the deadline. The value shown is the latest annual change.',
    },
    example: '{ kind: annual_change, direction: down, amount: 0.5 }',
  },
};
