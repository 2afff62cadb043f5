// zod schemas of every check kind: the single source of truth for rule files and their types.
// Evaluation lives in one file per kind beside this one; the registry ties the two together.
import { z } from 'zod';

const note = z.string().optional().describe('Why the check reads the plan this way');

export const atLeastCheck = z
  .object({
    kind: z.literal('at_least'),
    target: z.number().describe('达到X以上 / 不少于X / 达到X: value ≥ target (以上 includes the number)'),
    tolerance: z.number().min(0).optional().describe('达到X左右: value ≥ target − tolerance; omitted tolerance on a 左右 rule uses the settings default'),
    approximate: z.boolean().optional().describe('true for 达到X左右 (uses tolerance, default 1)'),
    note,
  })
  .strict();

export const atMostCheck = z
  .object({
    kind: z.literal('at_most'),
    target: z.number().describe('下降到/控制在/降至X以下、以内: value ≤ target (以下 includes the number)'),
    tolerance: z.number().min(0).optional(),
    approximate: z.boolean().optional().describe('true for 控制在X左右'),
    note,
  })
  .strict();

export const approxCheck = z
  .object({
    kind: z.literal('approx'),
    target: z.number().describe('保持在X左右: |value − target| ≤ tolerance'),
    tolerance: z.number().min(0).optional().describe('Default from settings (1)'),
    note,
  })
  .strict();

const trendFields = {
  min_change: z.number().min(0).optional().describe('Smallest change from the baseline that counts, in the indicator unit (default: any change)'),
  note,
};

export const trendUpCheck = z.object({ kind: z.literal('trend_up'), ...trendFields }).strict().describe('逐步提高 / 有所提高 / 不断增加: value above the baseline-year value');
export const trendDownCheck = z.object({ kind: z.literal('trend_down'), ...trendFields }).strict().describe('持续下降 / 明显下降 / 逐步减少: value below the baseline-year value');
export const steadyRiseCheck = z
  .object({
    kind: z.literal('steady_rise'),
    ...trendFields,
    max_dip: z.number().min(0).optional().describe('Largest year-on-year fall still "steady" (default: settings tolerance)'),
  })
  .strict()
  .describe('稳中有升: above the baseline and no year-on-year fall larger than max_dip');

export const changeFromBaselineCheck = z
  .object({
    kind: z.literal('change_from_baseline'),
    direction: z.enum(['down', 'up']),
    percent: z.number().positive().describe('以2020年为基数下降18% → direction down, percent 18'),
    baseline_year: z.number().int().optional().describe('Default: the plan baseline year'),
    note,
  })
  .strict();

export const annualChangeCheck = z
  .object({
    kind: z.literal('annual_change'),
    direction: z.enum(['down', 'up']),
    amount: z.number().positive().describe('每年降低0.5个百分点以上 → direction down, amount 0.5 (in the indicator unit)'),
    note,
  })
  .strict();

export const compareCheck = z
  .object({
    kind: z.literal('compare'),
    op: z.enum(['at_least', 'at_most', 'approx']).describe('at_least: value ≥ other (不少于, 达到…平均水平); approx: within tolerance (相适应)'),
    other: z.string().describe('Indicator id of the series compared with, in the same year (e.g. a provincial average)'),
    tolerance: z.number().min(0).optional(),
    note,
  })
  .strict();

/** Checks that each_unit may apply per unit. */
export const unitCheck = z.discriminatedUnion('kind', [
  atLeastCheck,
  atMostCheck,
  approxCheck,
  trendUpCheck,
  trendDownCheck,
  steadyRiseCheck,
  changeFromBaselineCheck,
  annualChangeCheck,
]);

export const eachUnitCheck = z
  .object({
    kind: z.literal('each_unit'),
    dimension: z.string().describe('Dimension column whose units are checked one by one, e.g. township'),
    check: unitCheck,
    units: z
      .union([z.literal('reported'), z.array(z.string()).min(1)])
      .optional()
      .describe('Which units are checked: every declared unit (default), only these, or "reported" — the units the data reports (for targets on a subset defined by the data, e.g. townships over 30,000 people)'),
    rollup: z
      .union([z.literal('all'), z.object({ share: z.number().gt(0).max(1) }).strict()])
      .optional()
      .describe('all units must pass (default), or a share of units, e.g. { share: 0.9 }'),
    note,
  })
  .strict();

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

export const qualitativeCheck = z
  .object({
    kind: z.literal('qualitative'),
    criterion: z.string().optional().describe('What an assessor looks for, in plain words'),
    note,
  })
  .strict();

export const checkSchema = z.discriminatedUnion('kind', [
  atLeastCheck,
  atMostCheck,
  approxCheck,
  trendUpCheck,
  trendDownCheck,
  steadyRiseCheck,
  changeFromBaselineCheck,
  annualChangeCheck,
  compareCheck,
  eachUnitCheck,
  gapCheck,
  qualitativeCheck,
]);

export type Check = z.infer<typeof checkSchema>;
export type UnitCheck = z.infer<typeof unitCheck>;
export type RuleKind = Check['kind'];
export type CheckOf<K extends RuleKind> = Extract<Check, { kind: K }>;
