// zod schema of the `trend_down` check: the single source of truth for its rule-file shape and type.
import { z } from 'zod';
import { trendFields } from '../shared-fields.js';

export const trendDownCheck = z.object({ kind: z.literal('trend_down'), ...trendFields }).strict().describe('明显下降 / 逐步减少: value below the baseline-year value');
