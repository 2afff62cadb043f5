// zod schema of the `at_least` check: the single source of truth for its rule-file shape and type.
import { z } from 'zod';
import { note } from '../shared-fields.js';

export const atLeastCheck = z
  .object({
    kind: z.literal('at_least'),
    target: z.number().describe('达到X以上 / 不少于X / 达到X: value ≥ target (以上 includes the number)'),
    tolerance: z.number().min(0).optional().describe('达到X左右: value ≥ target − tolerance; omitted tolerance on a 左右 rule uses the settings default'),
    approximate: z.boolean().optional().describe('true for 达到X左右 (uses tolerance, default 1)'),
    note,
  })
  .strict();
