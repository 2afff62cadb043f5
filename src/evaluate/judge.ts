// The shared judgement of a level against a deadline: every numeric kind computes a series and a
// criterion, and this one function turns them into pass / at-risk / fail with a coded reason.
import type { KindContext } from '../kinds/types.js';
import { projectToDeadline } from './projection.js';
import type { Coded, Series, Status, Verdict } from './types.js';

export interface Criterion {
  meets(value: number): boolean;
  /** True when a value that meets is still within the warning margin of the boundary. */
  near?(value: number): boolean;
}

/** Points of the series from the baseline year up to the evaluation year, in year order. */
export function seriesUpTo(series: Series, ctx: KindContext, fromYear = ctx.baselineYear): Array<[number, number]> {
  return [...series.entries()]
    .filter(([year]) => year >= fromYear && year <= ctx.year)
    .sort((a, b) => a[0] - b[0]);
}

export function noData(ctx: KindContext, target: Coded, code = 'no-value', figures: Coded['figures'] = {}): Verdict {
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

/** A binding miss is fail; an aspirational one (力争) is at-risk. */
export function missStatus(ctx: KindContext): Status {
  return ctx.aspirational ? 'at-risk' : 'fail';
}

export function judgeLevel(ctx: KindContext, series: Series, criterion: Criterion, target: Coded): Verdict {
  const points = seriesUpTo(series, ctx);
  const latest = points[points.length - 1];
  if (!latest) return noData(ctx, target);
  const [valueYear, value] = latest;
  const base = { target, value, valueYear, projected: null, series: points };
  const figures = { value, valueYear, year: ctx.year, deadline: ctx.deadline, aspirational: ctx.aspirational };
  const verdict = (status: Status, code: string, extra: Coded['figures'] = {}): Verdict => ({
    ...base,
    status,
    reason: { code, figures: { ...figures, ...extra } },
  });
  const met = criterion.meets(value);

  if (ctx.everyYear) {
    const missedYears = points.filter(([y, v]) => y >= ctx.startYear && !criterion.meets(v)).map(([y]) => y);
    if (missedYears.length > 0) return verdict(missStatus(ctx), 'every-year-missed', { missedYears });
    if (valueYear < ctx.year) return verdict('at-risk', 'stale-value');
    if (criterion.near?.(value)) return verdict('at-risk', 'met-near-boundary');
    return verdict('pass', 'every-year-met');
  }

  if (ctx.year >= ctx.deadline) {
    if (valueYear < ctx.deadline) return { ...noData(ctx, target, 'value-before-deadline', { valueYear, deadline: ctx.deadline }), series: points };
    return met ? verdict('pass', 'met-final') : verdict(missStatus(ctx), 'missed-final');
  }

  const projection = projectToDeadline(points, ctx.deadline, ctx.settings.projection) ?? undefined;
  const withProjection = (v: Verdict): Verdict =>
    projection ? { ...v, projection, projected: projection.value, reason: { ...v.reason, figures: { ...v.reason.figures, projected: projection.value } } } : v;

  if (met) {
    if (projection && !criterion.meets(projection.value)) return withProjection(verdict('at-risk', 'met-projection-misses'));
    if (criterion.near?.(value)) return withProjection(verdict('at-risk', 'met-near-boundary'));
    return withProjection(verdict('pass', projection ? 'met-on-track' : 'met-no-projection'));
  }
  if (!projection) return verdict(missStatus(ctx), 'missed-no-projection', { points: points.length });
  if (criterion.meets(projection.value)) return withProjection(verdict('at-risk', 'missed-projection-meets'));
  return withProjection(verdict(missStatus(ctx), 'missed-projection-misses'));
}

/** Within the warning margin: |value − boundary| ≤ margin × |boundary|. */
export function nearBoundary(value: number, boundary: number, margin: number): boolean {
  return Math.abs(value - boundary) <= margin * Math.abs(boundary);
}
