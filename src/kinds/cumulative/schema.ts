// zod schema of the `cumulative` check: the single source of truth for its rule-file shape and type.
import { z } from 'zod';
import { note } from '../shared-fields.js';

export const cumulativeCheck = z
  .object({
    kind: z.literal('cumulative'),
    target: z.number().positive().describe('“十四五”期间累计达X: the total of the yearly values over the period must reach X (e.g. 40000 for 4万人次)'),
    from: z.number().int().optional().describe('First year of the period (default: the plan start year, 2021 for “十四五”); the data gives each year its own figure, not a running total'),
    note,
  })
  .strict();
