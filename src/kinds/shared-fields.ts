// Fields several check schemas share.
import { z } from 'zod';

export const note = z.string().optional().describe('Why the check reads the plan this way');

export const trendFields = {
  min_change: z.number().min(0).optional().describe('Smallest change from the baseline that counts, in the indicator unit (default: any change)'),
  note,
};
