// zod schema of the `trend_up` check: the single source of truth for its rule-file shape and type.
import { z } from 'zod';
import { trendFields } from '../shared-fields.js';

export const trendUpCheck = z.object({ kind: z.literal('trend_up'), ...trendFields }).strict().describe('逐步提高 / 有所提高 / 不断增加: value above the baseline-year value');
