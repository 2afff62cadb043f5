// approx: 保持在X左右 (|value − X| ≤ tolerance, both sides).
import { add, atLeast, atMost, subtract } from '../../core/decimal.js';
import { judgeLevel } from '../../core/judge.js';
import type { KindModule } from '../types.js';

export const approx: KindModule<'approx'> = {
  kind: 'approx',
  evaluate(check, ctx) {
    const tolerance = check.tolerance ?? ctx.settings.tolerance;
    const low = subtract(check.target, tolerance);
    const high = add(check.target, tolerance);
    // The tolerance band is itself the allowance, so no warning margin inside it; drifting out is caught by the projection.
    return judgeLevel(
      ctx,
      ctx.data.series(ctx.indicator!, ctx.dims),
      { meets: (v) => atLeast(v, low) && atMost(v, high) },
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
