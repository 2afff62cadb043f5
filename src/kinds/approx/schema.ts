// zod schema of the `approx` check: the single source of truth for its rule-file shape and type.
import { z } from 'zod';
import { note } from '../shared-fields.js';

export const approxCheck = z
  .object({
    kind: z.literal('approx'),
    target: z.number().describe('保持在X左右: |value − target| ≤ tolerance'),
    tolerance: z.number().min(0).optional().describe('Default from settings (1)'),
    note,
  })
  .strict();
