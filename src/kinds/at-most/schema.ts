// zod schema of the `at_most` check: the single source of truth for its rule-file shape and type.
import { z } from 'zod';
import { note } from '../shared-fields.js';

export const atMostCheck = z
  .object({
    kind: z.literal('at_most'),
    target: z.number().describe('下降到/控制在/降至X以下、以内: value ≤ target (以下 includes the number)'),
    tolerance: z.number().min(0).optional(),
    approximate: z.boolean().optional().describe('true for 控制在X左右'),
    note,
  })
  .strict();
