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

// Counts move in whole steps: 1 家 against "至少1家" is met, not "nearly missed".
const COUNT_UNITS = new Set(['个', '次', '人', '人次', '家', '名', '张', '所', '户', '场', '项', '针次']);
const SCALE_MAX: Record<string, number> = { '%': 100, '‰': 1000 };

/**
 * Within the warning margin: |value − boundary| ≤ margin × |boundary|, where better values lie in
 * `better` direction. For rates the margin is capped at a quarter of the room left on the scale, so a
 * 98 % target is not "near" at 99.5 % and a 100 % target met is simply met.
 */
export function withinWarningMargin(ctx: KindContext, value: number, boundary: number, better: 'up' | 'down'): boolean {
  if (COUNT_UNITS.has(ctx.unit)) return false;
  let margin = ctx.settings.warning_margin * Math.abs(boundary);
  const max = SCALE_MAX[ctx.unit];
  if (max !== undefined) margin = Math.min(margin, (better === 'up' ? max - boundary : boundary) / 4);
  return Math.abs(value - boundary) <= margin;
}
