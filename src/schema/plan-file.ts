// The three kinds of YAML file under plans/: a plan header, a set of rules, indicator definitions.
import { z } from 'zod';
import { dimensionSchema, indicatorSchema } from './indicator.js';
import { ruleSchema } from './rule.js';
import { settingsSchema } from './settings.js';

export const domainSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9_-]*$/),
    number: z.string().describe('As printed, e.g. (一)'),
    name: z.string().describe('e.g. 妇女与健康'),
    name_en: z.string(),
    settings: settingsSchema.optional(),
  })
  .strict();

export const planSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    name: z.string(),
    name_en: z.string(),
    document: z.string().optional().describe('e.g. 威府发〔2023〕4号'),
    order: z.number().int().optional().describe('Position in the published document; plans are reported in this order (lower first)'),
    baseline_year: z.number().int(),
    start_year: z.number().int(),
    deadline: z.number().int(),
    domains: z.array(domainSchema).min(1),
    settings: settingsSchema.optional(),
  })
  .strict();

export const planFileSchema = z.object({ type: z.literal('plan'), plan: planSchema }).strict();

export const rulesFileSchema = z
  .object({
    type: z.literal('rules'),
    plan: z.string().describe('Plan id'),
    domain: z.string().describe('Domain id within the plan'),
    note: z.string().optional(),
    rules: z.array(ruleSchema),
  })
  .strict();

export const indicatorsFileSchema = z
  .object({
    type: z.literal('indicators'),
    note: z.string().optional(),
    indicators: z.array(indicatorSchema).optional(),
    dimensions: z.array(dimensionSchema).optional(),
  })
  .strict();

export const plancheckFileSchema = z.discriminatedUnion('type', [planFileSchema, rulesFileSchema, indicatorsFileSchema]);

export type Domain = z.infer<typeof domainSchema>;
export type Plan = z.infer<typeof planSchema>;
export type PlancheckFile = z.infer<typeof plancheckFileSchema>;
