// Every rule kind by name; `satisfies` makes a kind without a module a compile error.
import { annualChange } from './annual-change/index.js';
import { approx } from './approx/index.js';
import { atLeast } from './at-least/index.js';
import { atMost } from './at-most/index.js';
import { changeFromBaseline } from './change-from-baseline/index.js';
import type { Check, RuleKind } from './checks.js';
import { compare } from './compare/index.js';
import { cumulative } from './cumulative/index.js';
import { eachSite } from './each-site/index.js';
import { eachUnit } from './each-unit/index.js';
import { gap } from './gap/index.js';
import { qualitative } from './qualitative/index.js';
import { steadyFall } from './steady-fall/index.js';
import { steadyRise } from './steady-rise/index.js';
import { trendDown } from './trend-down/index.js';
import { trendUp } from './trend-up/index.js';
import type { KindContext, KindModule } from './types.js';
import type { Verdict } from '../core/types.js';

export const kinds = {
  at_least: atLeast,
  at_most: atMost,
  approx,
  trend_up: trendUp,
  trend_down: trendDown,
  steady_rise: steadyRise,
  steady_fall: steadyFall,
  change_from_baseline: changeFromBaseline,
  annual_change: annualChange,
  compare,
  cumulative,
  each_unit: eachUnit,
  each_site: eachSite,
  gap,
  qualitative,
} satisfies { [K in RuleKind]: KindModule<K> };

export function evaluateCheck(check: Check, ctx: KindContext): Verdict {
  const module = kinds[check.kind] as KindModule<typeof check.kind>;
  return module.evaluate(check as never, ctx);
}

