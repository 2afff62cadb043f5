// zod schema of the `annual_change` check: the single source of truth for its rule-file shape and type.
import { z } from 'zod';
import { note } from '../shared-fields.js';

export const annualChangeCheck = z
  .object({
    kind: z.literal('annual_change'),
    direction: z.enum(['down', 'up']),
    amount: z.number().positive().describe('每年降低0.5个百分点以上 → direction down, amount 0.5 (in the indicator unit)'),
    note,
  })
  .strict();
