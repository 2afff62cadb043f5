// approx: 保持在X左右 (|value − X| ≤ tolerance, both sides).
import { judgeLevel, nearBoundary } from '../evaluate/judge.js';
import { approxCheck } from './checks.js';
import type { KindModule } from './types.js';

export const approx: KindModule<'approx'> = {
  kind: 'approx',
  schema: approxCheck,
  evaluate(check, ctx) {
    const tolerance = check.tolerance ?? ctx.settings.tolerance;
    const low = check.target - tolerance;
    const high = check.target + tolerance;
    const margin = ctx.settings.warning_margin;
    return judgeLevel(
      ctx,
      ctx.data.series(ctx.indicator!, ctx.dims),
      { meets: (v) => v >= low && v <= high, near: (v) => nearBoundary(v, low, margin) || nearBoundary(v, high, margin) },
      { code: 'approx', figures: { target: check.target, tolerance, unit: ctx.unit } },
    );
  },
  doc: {
    wording: ['保持在X左右'],
    summary: {
      zh: '数值在目标值上下一个容差之内（默认1个单位，即百分比指标的1个百分点）。',
      en: 'Value within a tolerance either side of the target (default 1 unit, i.e. 1 percentage point).',
    },
    example: '{ kind: approx, target: 40, tolerance: 1 }',
  },
};
