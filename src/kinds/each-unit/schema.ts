// zod schema of the `each_unit` check: the single source of truth for its rule-file shape and type.
import { z } from 'zod';
import { note } from '../shared-fields.js';
import { atLeastCheck } from '../at-least/schema.js';
import { atMostCheck } from '../at-most/schema.js';
import { approxCheck } from '../approx/schema.js';
import { trendUpCheck } from '../trend-up/schema.js';
import { trendDownCheck } from '../trend-down/schema.js';
import { steadyRiseCheck } from '../steady-rise/schema.js';
import { steadyFallCheck } from '../steady-fall/schema.js';
import { changeFromBaselineCheck } from '../change-from-baseline/schema.js';
import { annualChangeCheck } from '../annual-change/schema.js';

/** Checks that each_unit may apply per unit. */
export const unitCheck = z.discriminatedUnion('kind', [
  atLeastCheck,
  atMostCheck,
  approxCheck,
  trendUpCheck,
  trendDownCheck,
  steadyRiseCheck,
  steadyFallCheck,
  changeFromBaselineCheck,
  annualChangeCheck,
]);

export const eachUnitCheck = z
  .object({
    kind: z.literal('each_unit'),
    dimension: z.string().describe('Dimension column whose units are checked one by one, e.g. township'),
    check: unitCheck,
    units: z
      .union([z.literal('reported'), z.array(z.string()).min(1)])
      .optional()
      .describe('Which units are checked: every declared unit (default), only these, or "reported" — the units the data reports (for targets on a subset defined by the data, e.g. townships over 30,000 people)'),
    rollup: z
      .union([z.literal('all'), z.object({ share: z.number().gt(0).max(1) }).strict()])
      .optional()
      .describe('all units must pass (default), or a share of units, e.g. { share: 0.9 }'),
    note,
  })
  .strict();
