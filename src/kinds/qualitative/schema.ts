// zod schema of the `qualitative` check: the single source of truth for its rule-file shape and type.
import { z } from 'zod';
import { note } from '../shared-fields.js';

export const qualitativeCheck = z
  .object({
    kind: z.literal('qualitative'),
    criterion: z.string().optional().describe('What an assessor looks for, in plain words'),
    note,
  })
  .strict();
