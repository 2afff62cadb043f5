// The shared judgement of a level against a deadline: every numeric kind computes a series and a
// criterion, and this one function turns them into pass / at-risk / fail / no-data with a coded reason.
// Data age: year Y is judged on Y's own value (or one within the indicator's max_age); an older value is only shown.
import type { JudgeContext } from './context.js';
import { clampTo, type ValueRange } from './value-range.js';
import { compareDecimals, multiply, reportPrecision, roundTo, subtract } from './decimal.js';
import { projectToDeadline } from './projection.js';
import type { Coded, Projection, Series, Status, Verdict } from './types.js';

export interface Criterion {
  meets(value: number): boolean;
  /** True when a value that meets is still within the warning margin of the boundary. */
  near?(value: number): boolean;
}

/**
 * Points of the series from the baseline year up to the evaluation year, in year order (series are made in year
 * order, so sorting is only a fallback).
 */
export function seriesUpTo(series: Series, ctx: Pick<JudgeContext, 'baselineYear' | 'year'>, fromYear = ctx.baselineYear): Array<[number, number]> {
  const points: Array<[number, number]> = [];
  let inOrder = true;
  // forEach, not an iterator: runs for every rule, unit and year, mostly before V8 optimises anything, and the
  // baseline interpreter allocates a result object for each step of an iterator (or array destructuring).
  series.forEach((value, year) => {
    if (year < fromYear || year > ctx.year) return;
    if (points.length > 0 && year < points[points.length - 1]![0]) inOrder = false;
    points.push([year, value]);
  });
  return inOrder ? points : points.sort((a, b) => a[0] - b[0]);
}

/** The point that stands for `year`: its own value, else the latest within the indicator's max_age. */
export function pointFor(points: ReadonlyArray<readonly [number, number]>, year: number, maxAge: number): [number, number] | undefined {
  for (let i = points.length - 1; i >= 0; i--) {
    const point = points[i]!;
    if (point[0] > year) continue;
    return year - point[0] <= maxAge ? [point[0], point[1]] : undefined;
  }
  return undefined;
}

export function noData(ctx: JudgeContext, target: Coded, code = 'no-value', figures: Coded['figures'] = {}): Verdict {
  return {
    status: 'no-data',
    reason: { code, figures: { year: ctx.year, ...figures } },
    target,
    value: null,
    valueYear: null,
    projected: null,
    series: [],
  };
}

/** No value for Y (nor within max_age): no-data, with the latest earlier value shown for information. */
export function noCurrentValue(ctx: JudgeContext, target: Coded, points: Array<[number, number]>): Verdict {
  const latest = points[points.length - 1];
  if (!latest) return noData(ctx, target);
  return { ...noData(ctx, target, 'no-current-value', { latestYear: latest[0], latestValue: latest[1], maxAge: ctx.maxAge }), series: points };
}

/** A binding miss is fail; an aspirational one (力争) is at-risk. */
export function missStatus(ctx: Pick<JudgeContext, 'aspirational'>): Status {
  return ctx.aspirational ? 'at-risk' : 'fail';
}

/** The projection to the deadline, rounded to the inputs' precision plus one and clamped to the indicator's range. */
export function projectionFor(points: Array<[number, number]>, ctx: JudgeContext, range: ValueRange | null): Projection | undefined {
  const raw = projectToDeadline(points, ctx.deadline, ctx.settings.projection);
  if (!raw) return undefined;
  const digits = reportPrecision(points.map((point) => point[1]));
  const rounded = roundTo(raw.value, digits);
  const clamped = range ? clampTo(rounded, range) : { value: rounded, bound: null };
  const projection: Projection = { ...raw, value: clamped.value, rate: roundTo(raw.rate, raw.method === 'cagr' ? 4 : digits + 1) };
  return clamped.bound === null ? projection : { ...projection, clampedFrom: rounded };
}

/**
 * Judges the series of a level. `range` is the indicator's range for clamping projections; kinds that
 * judge a derived series (a difference) pass null.
 */
export function judgeLevel(ctx: JudgeContext, series: Series, criterion: Criterion, target: Coded, range: ValueRange | null = ctx.range): Verdict {
  const points = seriesUpTo(series, ctx);
  if (ctx.everyYear) return judgeEveryYear(ctx, points, criterion, target);
  const current = pointFor(points, ctx.year, ctx.maxAge);
  if (!current) return noCurrentValue(ctx, target, points);
  const valueYear = current[0];
  const value = current[1];
  const judged = points.filter((point) => point[0] <= valueYear);
  const figures = { value, valueYear, year: ctx.year, deadline: ctx.deadline, aspirational: ctx.aspirational };
  /** The verdict, with the projection and its figures when one is given: built once, as it runs for every rule and year. */
  const verdict = (status: Status, code: string, extra: Coded['figures'] = {}, projected?: Projection): Verdict => {
    const reasonFigures: Coded['figures'] = { ...figures, ...extra };
    if (projected) {
      reasonFigures.projected = projected.value;
      if (projected.clampedFrom !== undefined) reasonFigures.clampedFrom = projected.clampedFrom;
    }
    const result: Verdict = { target, value, valueYear, projected: projected ? projected.value : null, series: judged, status, reason: { code, figures: reasonFigures } };
    if (projected) result.projection = projected;
    return result;
  };
  const met = criterion.meets(value);

  // At the final evaluation a target is met or missed; the margin and the projection no longer matter.
  if (ctx.year >= ctx.deadline) return met ? verdict('pass', 'met-final') : verdict(missStatus(ctx), 'missed-final');

  const projection = projectionFor(judged, ctx, range);
  if (met) {
    if (projection && !criterion.meets(projection.value)) return verdict('at-risk', 'met-projection-misses', {}, projection);
    if (criterion.near?.(value)) return verdict('at-risk', 'met-near-boundary', {}, projection);
    return verdict('pass', projection ? 'met-on-track' : 'met-no-projection', {}, projection);
  }
  if (!projection) return verdict(missStatus(ctx), 'missed-no-projection', { points: judged.length });
  if (criterion.meets(projection.value)) return verdict('at-risk', 'missed-projection-meets', {}, projection);
  return verdict(missStatus(ctx), 'missed-projection-misses', {}, projection);
}

/** 每年…: every year from the plan's first year to Y must hold; a year without a value is no-data, never skipped. */
function judgeEveryYear(ctx: JudgeContext, points: Array<[number, number]>, criterion: Criterion, target: Coded): Verdict {
  const missedYears: number[] = [];
  const missingYears: number[] = [];
  for (let year = ctx.startYear; year <= ctx.year; year++) {
    const point = pointFor(points, year, ctx.maxAge);
    if (!point) missingYears.push(year);
    else if (!criterion.meets(point[1])) missedYears.push(year);
  }
  const current = pointFor(points, ctx.year, ctx.maxAge);
  const figures = { value: current?.[1] ?? null, valueYear: current?.[0] ?? null, year: ctx.year, deadline: ctx.deadline, aspirational: ctx.aspirational };
  const verdict = (status: Status, code: string, extra: Coded['figures'] = {}): Verdict => ({
    status,
    reason: { code, figures: { ...figures, ...extra } },
    target,
    value: current?.[1] ?? null,
    valueYear: current?.[0] ?? null,
    projected: null,
    series: points,
  });
  // A missed year stays missed, whatever the years after it show.
  if (missedYears.length > 0) return verdict(missStatus(ctx), 'every-year-missed', { missedYears, missingYears });
  if (missingYears.length > 0) {
    const latest = points[points.length - 1];
    return verdict('no-data', 'every-year-missing', { missingYears, latestYear: latest?.[0] ?? null, latestValue: latest?.[1] ?? null });
  }
  if (ctx.year < ctx.deadline && current && criterion.near?.(current[1])) return verdict('at-risk', 'met-near-boundary');
  return verdict('pass', 'every-year-met');
}

// Counts move in whole steps: 1 家 against "至少1家" is met, not "nearly missed".
const COUNT_UNITS = new Set(['个', '次', '人', '人次', '家', '名', '张', '所', '户', '场', '项', '针次']);

/**
 * Within the warning margin: |value − boundary| ≤ margin × |boundary|, where better values lie in
 * `better` direction. The margin is capped at a quarter of the room left in the indicator's range, so a
 * 98 % target is not "near" at 99.5 %, and a target at the top (or bottom) of the range, once met, is met.
 * A zero margin is never near.
 */
export function withinWarningMargin(ctx: JudgeContext, value: number, boundary: number, better: 'up' | 'down'): boolean {
  if (COUNT_UNITS.has(ctx.unit)) return false;
  let margin = multiply(ctx.settings.warning_margin, Math.abs(boundary));
  const limit = better === 'up' ? ctx.range.max : ctx.range.min;
  if (limit !== null) margin = Math.min(margin, Math.max(0, better === 'up' ? limit - boundary : boundary - limit) / 4);
  if (!(margin > 0)) return false;
  return compareDecimals(Math.abs(subtract(value, boundary)), roundTo(margin, 10)) <= 0;
}
