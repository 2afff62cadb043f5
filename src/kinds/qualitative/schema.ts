// zod schema of the `qualitative` check: the single source of truth for its rule-file shape and type.
import { z } from 'zod';
import { note } from '../shared-fields.js';

/** What the monitoring group must see to record 达标 / 部分达标 / 未达标: Chinese first, English too, both required. */
const BOTH = '评估标准须同时有中文和英文 / criterion needs both languages: { zh: 达标：… 部分达标：… 未达标：…, en: Met: … Partly met: … Not met: … }';
export const qualitativeCriterion = z
  .object(
    {
      zh: z.string({ error: BOTH }).min(1, BOTH).describe('达标 / 部分达标 / 未达标 各需看到什么（中文，监测组据此记录评估结论）'),
      en: z.string({ error: BOTH }).min(1, BOTH).describe('The same criterion in English'),
    },
    // A plain string (the earlier format) gets the same explanation.
    { error: BOTH },
  )
  .strict()
  .describe('What the monitoring group must see to record met / partly met / not met, in Chinese and English');

export const qualitativeCheck = z
  .object({
    kind: z.literal('qualitative'),
    // Optional in the format (a county's own rule may lack one); the bundled plans give one for every goal (tests/plans).
    criterion: qualitativeCriterion.optional(),
    note,
  })
  .strict();
