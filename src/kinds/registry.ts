// Every rule kind by name; `satisfies` makes a kind without a module a compile error.
import { annualChange } from './annual-change.js';
import { approx } from './approx.js';
import { atLeast } from './at-least.js';
import { atMost } from './at-most.js';
import { changeFromBaseline } from './change-from-baseline.js';
import type { Check, RuleKind } from './checks.js';
import { compare } from './compare.js';
import { eachUnit, setUnitEvaluator } from './each-unit.js';
import { gap } from './gap.js';
import { qualitative } from './qualitative.js';
import { steadyRise } from './steady-rise.js';
import { trendDown } from './trend-down.js';
import { trendUp } from './trend-up.js';
import type { KindContext, KindModule } from './types.js';
import type { Verdict } from '../evaluate/types.js';

export const kinds = {
  at_least: atLeast,
  at_most: atMost,
  approx,
  trend_up: trendUp,
  trend_down: trendDown,
  steady_rise: steadyRise,
  change_from_baseline: changeFromBaseline,
  annual_change: annualChange,
  compare,
  each_unit: eachUnit,
  gap,
  qualitative,
} satisfies { [K in RuleKind]: KindModule<K> };

export function evaluateCheck(check: Check, ctx: KindContext): Verdict {
  const module = kinds[check.kind] as KindModule<typeof check.kind>;
  return module.evaluate(check as never, ctx);
}

setUnitEvaluator(evaluateCheck);
