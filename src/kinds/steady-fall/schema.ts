// zod schema of the `steady_fall` check: the single source of truth for its rule-file shape and type.
import { z } from 'zod';
import { trendFields } from '../shared-fields.js';

export const steadyFallCheck = z
  .object({
    kind: z.literal('steady_fall'),
    ...trendFields,
    max_rise: z
      .number()
      .min(0)
      .optional()
      .describe('Largest year-on-year rise still tolerated, in the indicator unit (0 tolerates a flat year; default: none, every year must be lower than the year before)'),
  })
  .strict()
  .describe('持续下降 / 逐年下降: below the baseline, and lower than the year before in every year from the plan start');
