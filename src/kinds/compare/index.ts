// compare: 达到全省平均水平 / 不少于女党员比例 / 与…相适应 — against another series in the same year.
import { judgeLevel } from '../../evaluate/judge.js';
import type { KindModule } from '../types.js';

export const compare: KindModule<'compare'> = {
  kind: 'compare',
  evaluate(check, ctx) {
    const own = ctx.data.series(ctx.indicator!, ctx.dims);
    const other = ctx.data.series(check.other, ctx.dims);
    const tolerance = check.tolerance ?? (check.op === 'approx' ? ctx.settings.tolerance : 0);
    // Judge the difference own − other, so that projection and margins work on one series.
    const difference = new Map<number, number>();
    for (const [year, v] of own) {
      const o = other.get(year);
      if (o !== undefined) difference.set(year, v - o);
    }
    const meets =
      check.op === 'at_least' ? (d: number) => d >= -tolerance : check.op === 'at_most' ? (d: number) => d <= tolerance : (d: number) => Math.abs(d) <= tolerance;
    const latestYear = Math.max(-Infinity, ...[...difference.keys()].filter((y) => y <= ctx.year));
    const scale = Math.abs(other.get(latestYear) ?? 0);
    // The warning margin is a share of the reference value: 0.5 above a 78-year average is "near".
    const boundary = check.op === 'at_least' ? -tolerance : tolerance;
    const near = (d: number) => check.op !== 'approx' && Math.abs(d - boundary) <= ctx.settings.warning_margin * scale;
    const verdict = judgeLevel(
      ctx,
      difference,
      { meets, near },
      { code: 'compare', figures: { op: check.op, other: check.other, otherName: ctx.data.indicatorName(check.other), tolerance, unit: ctx.unit } },
    );
    if (verdict.valueYear === null) {
      const ownOnly = own.size > 0 && other.size === 0;
      return ownOnly ? { ...verdict, reason: { code: 'no-reference', figures: { other: check.other, year: ctx.year } } } : verdict;
    }
    const ownValue = own.get(verdict.valueYear)!;
    const otherValue = other.get(verdict.valueYear)!;
    // The projection is of the difference; shown as the own value it implies against the latest reference.
    const projected = verdict.projected === null ? null : verdict.projected + otherValue;
    return {
      ...verdict,
      value: ownValue,
      projected,
      target: { ...verdict.target, figures: { ...verdict.target.figures, otherValue } },
      reason: { ...verdict.reason, figures: { ...verdict.reason.figures, value: ownValue, otherValue, difference: ownValue - otherValue, ...(projected === null ? {} : { projected }) } },
    };
  },
  doc: {
    wording: ['达到全省平均水平', '不少于本地区女党员占党员总数的比例', '与女职工比例相适应'],
    summary: {
      zh: '与同一年另一项数据（如全省平均、女党员比例）比较；参照数据须在数据文件中提供。',
      en: 'Compared with another series in the same year (a provincial average, the share of women party members); the reference series comes from the data.',
    },
    example: '{ kind: compare, op: at_least, other: female_life_expectancy_province }',
  },
};
