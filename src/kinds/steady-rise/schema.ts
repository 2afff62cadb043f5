// zod schema of the `steady_rise` check: the single source of truth for its rule-file shape and type.
import { z } from 'zod';
import { trendFields } from '../shared-fields.js';

export const steadyRiseCheck = z
  .object({
    kind: z.literal('steady_rise'),
    ...trendFields,
    max_dip: z.number().min(0).optional().describe('Largest year-on-year fall still "steady" (default: settings tolerance)'),
  })
  .strict()
  .describe('稳中有升: above the baseline and no year-on-year fall larger than max_dip');
