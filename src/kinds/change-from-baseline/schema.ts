// zod schema of the `change_from_baseline` check: the single source of truth for its rule-file shape and type.
import { z } from 'zod';
import { note } from '../shared-fields.js';

export const changeFromBaselineCheck = z
  .object({
    kind: z.literal('change_from_baseline'),
    direction: z.enum(['down', 'up']),
    percent: z.number().positive().describe('以2020年为基数下降18% → direction down, percent 18'),
    baseline_year: z.number().int().optional().describe('Default: the plan baseline year'),
    note,
  })
  .strict();
