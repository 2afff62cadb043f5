// at_least: 达到X以上 / 不少于X / 达到X左右 (value ≥ X, or ≥ X − tolerance for 左右).
import { atLeast as atLeastDecimal, subtract } from '../../core/decimal.js';
import { judgeLevel, withinWarningMargin } from '../../core/judge.js';
import type { KindModule } from '../types.js';

export const atLeast: KindModule<'at_least'> = {
  kind: 'at_least',
  evaluate(check, ctx) {
    const tolerance = check.approximate ? (check.tolerance ?? ctx.settings.tolerance) : (check.tolerance ?? 0);
    const boundary = subtract(check.target, tolerance);
    return judgeLevel(
      ctx,
      ctx.data.series(ctx.indicator!, ctx.dims),
      { meets: (v) => atLeastDecimal(v, boundary), near: (v) => withinWarningMargin(ctx, v, boundary, 'up') },
      { code: 'at_least', figures: { target: check.target, tolerance, unit: ctx.unit } },
    );
  },
  doc: {
    wording: ['达到X以上', '达到X', '提高到X', '不少于X', '至少X', '达到X左右 (approximate: true)'],
    summary: {
      zh: '数值不低于目标值（“以上”含本数）；“左右”允许低于目标一个容差。',
      en: 'Value at or above the target (以上 includes the number); 左右 allows a tolerance below it.',
    },
    example: '{ kind: at_least, target: 70 }',
  },
};
