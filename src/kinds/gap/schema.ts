// zod schema of the `gap` check: the single source of truth for its rule-file shape and type.
import { z } from 'zod';
import { note } from '../shared-fields.js';

export const gapCheck = z
  .object({
    kind: z.literal('gap'),
    dimension: z.string().describe('e.g. area (城镇/农村) or sex'),
    groups: z.tuple([z.string(), z.string()]).describe('The two units whose difference is judged, e.g. [农村, 城镇]'),
    direction: z.enum(['narrow', 'widen']).default('narrow'),
    min_change: z.number().min(0).optional().describe('Smallest fall of the gap that counts as 明显缩小 (indicator unit)'),
    note,
  })
  .strict();
