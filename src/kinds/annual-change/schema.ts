// zod schema of the `annual_change` check: the single source of truth for its rule-file shape and type.
import { z } from 'zod';
import { note } from '../shared-fields.js';

export const annualChangeCheck = z
  .object({
    kind: z.literal('annual_change'),
    direction: z.enum(['down', 'up']),
    amount: z.number().positive().describe('每年降低0.5个百分点以上 → direction down, amount 0.5 (in the indicator unit)'),
    reading: z
      .enum(['each_year', 'average'])
      .optional()
      .describe('each_year (每年…, default): every year from the plan start changes from the year before by the amount; average (年均…): the average yearly change from the baseline year does'),
    note,
  })
  .strict();
