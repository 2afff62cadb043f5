// compare: 达到全省平均水平 / 不少于女党员比例 / 与…相适应 — against another series in the same year.
import { add, atLeast, atMost, compareDecimals, multiply, subtract } from '../../core/decimal.js';
import { judgeLevel } from '../../core/judge.js';
import { clampTo } from '../../core/value-range.js';
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
      if (o !== undefined) difference.set(year, subtract(v, o));
    }
    const meets =
      check.op === 'at_least' ? (d: number) => atLeast(d, -tolerance) : check.op === 'at_most' ? (d: number) => atMost(d, tolerance) : (d: number) => atMost(Math.abs(d), tolerance);
    const latestYear = Math.max(-Infinity, ...[...difference.keys()].filter((y) => y <= ctx.year));
    const scale = Math.abs(other.get(latestYear) ?? 0);
    // The warning margin is a share of the reference value: 0.5 above a 78-year average is "near".
    const boundary = check.op === 'at_least' ? -tolerance : tolerance;
    const margin = multiply(ctx.settings.warning_margin, scale);
    const near = (d: number) => check.op !== 'approx' && margin > 0 && compareDecimals(Math.abs(subtract(d, boundary)), margin) <= 0;
    const verdict = judgeLevel(
      ctx,
      difference,
      { meets, near },
      { code: 'compare', figures: { op: check.op, other: check.other, otherName: ctx.data.indicatorName(check.other), otherNameEn: ctx.data.indicatorNameEn(check.other), tolerance, unit: ctx.unit } },
      null,
    );
    if (verdict.valueYear === null) {
      // The own value is there but the reference is not (at all, or for this year): say which is missing.
      const ownOnly = (own.size > 0 && other.size === 0) || (own.has(ctx.year) && !other.has(ctx.year));
      if (ownOnly) return { ...verdict, reason: { code: 'no-reference', figures: { other: check.other, year: ctx.year } } };
    }
    if (verdict.valueYear === null && verdict.reason.code !== 'no-current-value') return verdict;
    if (verdict.valueYear === null) {
      // The latest value shown for information is the own value, not the difference judged.
      const latestYear = verdict.reason.figures.latestYear as number;
      return { ...verdict, reason: { ...verdict.reason, figures: { ...verdict.reason.figures, latestValue: own.get(latestYear) ?? null } } };
    }
    const ownValue = own.get(verdict.valueYear)!;
    const otherValue = other.get(verdict.valueYear)!;
    // The projection is of the difference; shown as the own value it implies against the latest reference, within the range.
    const implied = verdict.projected === null ? null : clampTo(add(verdict.projected, otherValue), ctx.range);
    const projected = implied?.value ?? null;
    const clamped: Record<string, number> = implied && implied.bound !== null ? { clampedFrom: add(verdict.projected!, otherValue) } : {};
    return {
      ...verdict,
      value: ownValue,
      projected,
      target: { ...verdict.target, figures: { ...verdict.target.figures, otherValue } },
      reason: { ...verdict.reason, figures: { ...verdict.reason.figures, value: ownValue, otherValue, difference: subtract(ownValue, otherValue), ...(projected === null ? {} : { projected, ...clamped }) } },
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
