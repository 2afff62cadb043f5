// zod schema of the `each_site` check: the single source of truth for its rule-file shape and type.
import { z } from 'zod';
import { note } from '../shared-fields.js';

export const eachSiteCheck = z
  .object({
    kind: z.literal('each_site'),
    target: z.number().describe('每所学校/每个机构至少X: every site’s value of the year must be ≥ target (≤ with op: at_most)'),
    op: z.enum(['at_least', 'at_most']).optional().describe('at_least (default): a minimum every site must reach; at_most: a ceiling no site may pass'),
    dimension: z.string().default('site').describe('The data column naming the site (default site: 机构/学校), one row per site and year; its names are not a declared list'),
    note,
  })
  .strict();
