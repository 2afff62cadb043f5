// at_most: 下降到X以下 / 控制在X以内 / 降至X (value ≤ X, or ≤ X + tolerance for 左右).
import { add, atMost as atMostDecimal } from '../../core/decimal.js';
import { judgeLevel, withinWarningMargin } from '../../core/judge.js';
import type { KindModule } from '../types.js';

export const atMost: KindModule<'at_most'> = {
  kind: 'at_most',
  evaluate(check, ctx) {
    const tolerance = check.approximate ? (check.tolerance ?? ctx.settings.tolerance) : (check.tolerance ?? 0);
    const boundary = add(check.target, tolerance);
    return judgeLevel(
      ctx,
      ctx.data.series(ctx.indicator!, ctx.dims),
      { meets: (v) => atMostDecimal(v, boundary), near: (v) => withinWarningMargin(ctx, v, boundary, 'down') },
      { code: 'at_most', figures: { target: check.target, tolerance, unit: ctx.unit } },
    );
  },
  doc: {
    wording: ['下降到X以下', '控制在X以下/以内', '降至X以下', '控制在X'],
    summary: {
      zh: '数值不高于目标值（“以下”“以内”含本数）。',
      en: 'Value at or below the target (以下 and 以内 include the number).',
    },
    example: '{ kind: at_most, target: 12 }',
  },
};
