// zod schema of the `compare` check: the single source of truth for its rule-file shape and type.
import { z } from 'zod';
import { note } from '../shared-fields.js';

export const compareCheck = z
  .object({
    kind: z.literal('compare'),
    op: z.enum(['at_least', 'at_most', 'approx']).describe('at_least: value ≥ other (不少于, 达到…平均水平); approx: within tolerance (相适应)'),
    other: z.string().describe('Indicator id of the series compared with, in the same year (e.g. a provincial average)'),
    tolerance: z.number().min(0).optional(),
    note,
  })
  .strict();
