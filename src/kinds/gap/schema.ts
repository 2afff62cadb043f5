// zod schema of the `gap` check: the single source of truth for its rule-file shape and type.
import { z } from 'zod';
import { note } from '../shared-fields.js';

export const gapCheck = z
  .object({
    kind: z.literal('gap'),
    dimension: z.string().describe('e.g. area (城镇/农村), sex, or township for gaps between areas of the county'),
    groups: z
      .union([z.array(z.string()).min(2), z.literal('listed')])
      .describe('The units compared, e.g. [农村, 城镇]; or "listed": every unit of the dimension (for township, the county’s own list)'),
    measure: z
      .enum(['largest_pair', 'against_total'])
      .optional()
      .describe('largest_pair (default): the largest difference between any two groups (for two groups, their difference); against_total: the largest difference of a group from the county total'),
    direction: z.enum(['narrow', 'widen']).default('narrow'),
    min_change: z.number().min(0).optional().describe('Smallest fall of the gap that counts as 明显缩小 (indicator unit)'),
    note,
  })
  .strict();
