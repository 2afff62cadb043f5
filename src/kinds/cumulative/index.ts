// cumulative: “十四五”期间累计达X — the yearly figures summed from the period's first year, judged against the total.
import { add, atLeast, below, reportPrecision, roundTo } from '../../core/decimal.js';
import { missStatus, noData, withinWarningMargin } from '../../core/judge.js';
import type { Coded, Status, Verdict } from '../../core/types.js';
import type { KindModule } from '../types.js';

export const cumulative: KindModule<'cumulative'> = {
  kind: 'cumulative',
  evaluate(check, ctx) {
    const from = check.from ?? ctx.startYear;
    // Years after the deadline are outside the period.
    const lastYear = Math.min(ctx.year, ctx.deadline);
    const target: Coded = { code: 'cumulative', figures: { target: check.target, from, to: ctx.deadline, unit: ctx.unit } };
    const series = ctx.data.series(ctx.indicator!, ctx.dims);
    const years: number[] = [];
    for (let y = from; y <= lastYear; y += 1) years.push(y);
    const points = years.filter((y) => series.has(y)).map((y): [number, number] => [y, series.get(y)!]);
    if (points.length === 0) return noData(ctx, target);
    const missingYears = years.filter((y) => !series.has(y));
    // Summed as decimals: 0.1 + 0.2 is 0.3, so a total exactly on the target is reached.
    const total = points.reduce((sum, [, v]) => add(sum, v), 0);
    const figures = { total, from, to: lastYear, deadline: ctx.deadline, year: ctx.year, missingYears, aspirational: ctx.aspirational };
    const verdict = (status: Status, code: string, extra: Coded['figures'] = {}, projected: number | null = null): Verdict => ({
      status,
      reason: { code, figures: { ...figures, ...extra } },
      target,
      value: total,
      valueYear: lastYear,
      projected,
      series: points,
    });
    // Yearly figures are not negative, so a total reached with years missing is reached all the same.
    if (atLeast(total, check.target)) return verdict('pass', 'cumulative-met');
    // A year without a figure is never counted as zero: the total is unknown, shown as a partial sum.
    if (missingYears.length > 0) return { ...verdict('no-data', 'cumulative-missing-years'), value: null };
    if (ctx.year >= ctx.deadline) return verdict(missStatus(ctx), 'cumulative-missed-final');
    const digits = reportPrecision(points.map(([, v]) => v));
    const pace = roundTo(total / years.length, digits);
    const projected = roundTo(total + (total / years.length) * (ctx.deadline - lastYear), digits);
    const extra = { pace, projected };
    if (below(projected, check.target)) return verdict(missStatus(ctx), 'cumulative-behind-pace', extra, projected);
    if (withinWarningMargin(ctx, projected, check.target, 'up')) return verdict('at-risk', 'cumulative-pace-near', extra, projected);
    return verdict('pass', 'cumulative-on-pace', extra, projected);
  },
  doc: {
    wording: ['“十四五”期间累计达X', '“十四五”期间…达X万人次', '到2025年累计X'],
    summary: {
      zh: '数据按年填报当年数（年度数，不是累计数）；从期初年份（默认规划起始年2021年）起逐年相加，与目标总数比较。累计已达目标即达标；未到期限时，按已过年份的年均进度推算期末累计，推算达到目标为达标（在预警幅度内为预警），达不到为未达标。任一年缺数不按0计：累计未达目标时判为无数据，原因中列出缺数年份和已有年份的合计。',
      en: 'The data gives each year its own figure (an annual figure, not a running total); the figures are summed from the first year of the period (default: the plan start year, 2021) and compared with the total. A total already reached passes. Before the deadline the total is projected at the average pace of the years so far: reaching the target passes (within the warning margin: at-risk), falling short fails. A year without a figure is never counted as zero: unless the total is already reached, the rule is no-data and the reason names the missing years and the partial sum.',
    },
    example: '{ kind: cumulative, target: 40000 }',
  },
};
