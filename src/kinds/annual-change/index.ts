// annual_change: 每年降低0.5个百分点以上 (each_year: every year's change from the year before meets the amount)
// or 年均降低0.5个百分点 (average: the average yearly change from the baseline meets it).
import { atLeast, multiply, reportPrecision, roundTo, subtract } from '../../core/decimal.js';
import { missStatus, noCurrentValue, noData, seriesUpTo } from '../../core/judge.js';
import type { Coded, Status, Verdict } from '../../core/types.js';
import type { CheckOf } from '../checks.js';
import type { KindContext, KindModule } from '../types.js';

type Check = CheckOf<'annual_change'>;

/** The change in the good direction: a fall of 0.3 is +0.3 for a "down" target. */
const gain = (check: Check, from: number, to: number) => (check.direction === 'down' ? subtract(from, to) : subtract(to, from));

export const annualChange: KindModule<'annual_change'> = {
  kind: 'annual_change',
  evaluate(check, ctx) {
    const reading = check.reading ?? 'each_year';
    const target: Coded = { code: 'annual_change', figures: { direction: check.direction, amount: check.amount, reading, unit: ctx.unit } };
    const series = ctx.data.series(ctx.indicator!, ctx.dims);
    return reading === 'average' ? judgeAverage(check, ctx, series, target) : judgeEachYear(check, ctx, series, target);
  },
  doc: {
    wording: ['每年降低X个百分点以上 (reading: each_year)', '每年提高X', '年均降低X (reading: average)'],
    summary: {
      zh: '每年（each_year，默认）：规划首年起每一年较上年的变化都达到规定幅度，某年或其上年缺数值即为该年无数据，不跳过；未达到的年份始终算未达到。年均（average）：评估年较基期的年均变化达到规定幅度。显示值为评估年的变化量。',
      en: "each_year (default): every year from the plan's first year changes from the year before by at least the amount; a year without its own or the previous year's value is no-data for that year, never skipped, and a missed year stays missed. average: the average yearly change from the baseline year to Y meets the amount. The value shown is the change in Y.",
    },
    example: '{ kind: annual_change, direction: down, amount: 0.5 }',
  },
};

function judgeEachYear(check: Check, ctx: KindContext, series: ReadonlyMap<number, number>, target: Coded): Verdict {
  const points = seriesUpTo(series, ctx);
  const missedYears: number[] = [];
  const missingYears: number[] = [];
  const changes: Array<[number, number]> = [];
  for (let year = ctx.startYear; year <= ctx.year; year++) {
    const now = series.get(year);
    const before = series.get(year - 1);
    // A change needs both years: a gap is never a pass.
    if (now === undefined || before === undefined) {
      missingYears.push(year);
      continue;
    }
    const change = subtract(now, before);
    changes.push([year, change]);
    if (!atLeast(gain(check, before, now), check.amount)) missedYears.push(year);
  }
  const current = changes.find(([year]) => year === ctx.year);
  const figures = { value: current?.[1] ?? null, valueYear: current ? ctx.year : null, year: ctx.year, missedYears, missingYears, amount: check.amount, aspirational: ctx.aspirational };
  const verdict = (status: Status, code: string): Verdict => ({
    status,
    reason: { code, figures },
    target,
    value: current?.[1] ?? null,
    valueYear: current ? ctx.year : null,
    projected: null,
    series: points,
  });
  if (missedYears.length > 0) return verdict(missStatus(ctx), 'annual-change-missed');
  if (changes.length === 0) return noData(ctx, target, 'no-annual-change');
  if (missingYears.length > 0) return verdict('no-data', 'annual-change-missing');
  return verdict('pass', 'annual-change-met');
}

function judgeAverage(check: Check, ctx: KindContext, series: ReadonlyMap<number, number>, target: Coded): Verdict {
  const points = seriesUpTo(series, ctx);
  const base = series.get(ctx.baselineYear);
  if (base === undefined) return noData(ctx, target, 'no-baseline', { baselineYear: ctx.baselineYear });
  const now = series.get(ctx.year);
  if (now === undefined) return noCurrentValue(ctx, target, points);
  const years = ctx.year - ctx.baselineYear;
  // Compared as totals, exactly: the average meets the amount when the whole change meets amount × years.
  const met = atLeast(gain(check, base, now), multiply(check.amount, years));
  const averageChange = roundTo(subtract(now, base) / years, reportPrecision([now, base]) + 1);
  const status: Status = met ? 'pass' : ctx.year < ctx.deadline ? 'at-risk' : missStatus(ctx);
  const code = met ? 'annual-change-average-met' : ctx.year < ctx.deadline ? 'annual-change-average-behind' : 'annual-change-average-missed';
  return {
    status,
    reason: { code, figures: { value: averageChange, valueYear: ctx.year, year: ctx.year, baselineYear: ctx.baselineYear, averageChange, amount: check.amount, deadline: ctx.deadline, aspirational: ctx.aspirational } },
    target,
    value: averageChange,
    valueYear: ctx.year,
    projected: null,
    series: points,
  };
}
