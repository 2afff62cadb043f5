// A rule: one checkable target of a plan, quoted verbatim with its number and responsible units.
import { z } from 'zod';
import { checkSchema } from '../kinds/checks.js';
import { settingsSchema } from './settings.js';

export const ruleSchema = z
  .object({
    id: z.string().regex(/^[A-Z][A-Z0-9-]*[A-Za-z0-9]$/, 'upper-case id such as W-HEALTH-3a or C-HEALTH-M8'),
    number: z.string().min(1).describe('The item number exactly as printed in the plan, e.g. "3"'),
    section: z.enum(['goal', 'measure']).describe('goal: an item of 主要目标; measure: a number stated in 策略措施'),
    text: z.string().min(1).describe('The target sentence quoted verbatim from the plan text'),
    indicator: z.string().optional().describe('Indicator id; required for every kind but qualitative'),
    check: checkSchema,
    deadline: z.number().int().optional().describe('Year by which the target must be met (default: the plan deadline, 2025)'),
    every_year: z.boolean().optional().describe('每年…: the check must hold in every year, not only at the deadline'),
    aspirational: z.boolean().optional().describe('力争/努力/一般: a miss is at-risk, never fail'),
    lead: z.array(z.string()).describe('牵头单位 as printed, one unit per entry, normalised to full names (自治县卫生健康局)'),
    responsible: z.array(z.string()).describe('责任单位, one unit per entry, normalised like lead'),
    flags: z.array(z.string()).optional().describe('Uncertain readings kept as printed, e.g. garbles of the web extraction'),
    note: z.string().optional(),
    settings: settingsSchema.optional(),
  })
  .strict()
  .superRefine((rule, ctx) => {
    if (rule.check.kind !== 'qualitative' && !rule.indicator) {
      ctx.addIssue({ code: 'custom', path: ['indicator'], message: `a ${rule.check.kind} rule needs an indicator` });
    }
  });

export type Rule = z.infer<typeof ruleSchema>;
