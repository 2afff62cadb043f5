// Indicators: what is measured, in which unit; rules refer to them by id.
import { z } from 'zod';

export const derivationSchema = z
  .object({
    numerator: z.string().describe('Indicator id of the numerator'),
    denominator: z.string().describe('Indicator id of the denominator'),
    factor: z.number().positive().default(1).describe('Multiplier, e.g. 1000 for "per 1,000 population"'),
  })
  .strict();

export const indicatorSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9_]*$/, 'lower-case id: letters, digits and _'),
    name: z.string().min(1).describe('Chinese name as in the plan'),
    name_en: z.string().min(1).describe('English name'),
    unit: z.string().describe('Unit of the values: %, ‰, /10万, 年, 岁, 个, 次, 张, 人, or "" for a plain number'),
    aliases: z.array(z.string()).optional().describe('Other names data files may use'),
    dimensions: z.array(z.string()).optional().describe('Dimension columns the indicator is reported by, e.g. township, area'),
    derivation: derivationSchema.optional(),
    note: z.string().optional(),
  })
  .strict();

export type Indicator = z.infer<typeof indicatorSchema>;

export const dimensionSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9_]*$/),
    name: z.string(),
    name_en: z.string(),
    values: z.array(z.string()).default([]).describe('The units of the dimension, e.g. 城镇, 农村; empty when they come from a county list file (list_file)'),
    list_file: z
      .array(z.string().min(1))
      .min(1)
      .optional()
      .describe('The units are the county’s own list, kept as a data file of one of these names (without .csv) beside the data, e.g. [乡镇名单, township-list]: one name a row, an optional code'),
    aliases: z
      .record(z.string(), z.array(z.string()))
      .optional()
      .describe('Other names the data may use for a unit, by unit, e.g. { 城镇: [城市] }; a county list gives them in its 曾用名 column (a 乡 that became a 镇)'),
    note: z.string().optional(),
  })
  .strict();

export type Dimension = z.infer<typeof dimensionSchema>;
