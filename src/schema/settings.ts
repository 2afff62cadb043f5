// Evaluation settings that a plan, a domain or a rule may set; the nearest one wins.
import { z } from 'zod';

export const settingsSchema = z
  .object({
    warning_margin: z
      .number()
      .min(0)
      .max(1)
      .optional()
      .describe('A met target within this fraction of the target value is at-risk (default 0.02, i.e. 2 %).'),
    tolerance: z
      .number()
      .min(0)
      .optional()
      .describe('Tolerance for 左右 targets, in the indicator unit (default 1, i.e. 1 percentage point for % indicators).'),
    projection: z
      .enum(['linear', 'cagr'])
      .optional()
      .describe('How a series is projected to the deadline: least-squares line (default) or compound annual growth.'),
  })
  .strict();

export type Settings = z.infer<typeof settingsSchema>;
// The defaults and their layering live in core/settings.ts, which evaluation imports without zod.
