// zod schema of the results JSON written by `plancheck evaluate --format json` (src/render/json.ts; docs/results.md).
import { z } from 'zod';
import { STATUSES } from './status.js';

/** A message as data: the same Coded shape as the evaluator's, figures kept as they came. */
const coded = z.object({
  code: z.string(),
  figures: z.record(z.string(), z.unknown()),
});

const projection = z.object({
  method: z.enum(['linear', 'cagr']),
  fromYear: z.number().int(),
  toYear: z.number().int(),
  points: z.number().int(),
  value: z.number(),
  rate: z.number(),
});

const unitBreakdown = z.object({
  dimension: z.string(),
  rollup: z.union([z.literal('all'), z.object({ share: z.number() })]),
  counts: z.record(z.string(), z.number()),
  units: z.array(
    z.object({
      unit: z.string(),
      status: z.enum(STATUSES),
      value: z.number().nullable(),
      valueYear: z.number().int().nullable(),
      reason: coded,
    }),
  ),
});

/** One rule's result. Unknown keys are dropped, not rejected: a newer file with added fields still reads. */
export const resultEntrySchema = z.object({
  rule: z.string().min(1),
  plan: z.string().min(1),
  domain: z.string(),
  number: z.string(),
  section: z.enum(['goal', 'measure']),
  kind: z.string().min(1),
  text: z.string(),
  indicator: z.string().nullable(),
  indicatorName: z.string().nullable(),
  /** Absent in files written before English names were carried. */
  indicatorNameEn: z.string().nullable().optional(),
  unit: z.string(),
  year: z.number().int(),
  deadline: z.number().int(),
  everyYear: z.boolean(),
  aspirational: z.boolean(),
  status: z.enum(STATUSES),
  value: z.number().nullable(),
  valueYear: z.number().int().nullable(),
  /** The target in words, in the file's language. */
  target: z.string(),
  /** The target as code + figures; diff re-words it in the language asked for. */
  targetCode: coded,
  /** A qualitative goal's criterion in the file's language; null for numeric targets (absent in older files). */
  criterion: z.string().nullable().optional(),
  projected: z.number().nullable(),
  projection: projection.nullable(),
  reason: coded.extend({ text: z.string() }),
  lead: z.array(z.string()),
  responsible: z.array(z.string()),
  units: unitBreakdown.nullable(),
  series: z.array(z.tuple([z.number().int(), z.number()])),
});

export const resultsFileSchema = z.object({
  schemaVersion: z.number().int().positive(),
  year: z.number().int(),
  lang: z.enum(['zh', 'en']),
  inputs: z.object({ plans: z.array(z.string()), data: z.array(z.string()) }),
  /** The data was the bundled sample (invented figures); absent in files written before it was recorded. */
  sample: z.boolean().optional(),
  summary: z.record(z.string(), z.number()),
  results: z.array(resultEntrySchema),
});

export type ResultsFile = z.infer<typeof resultsFileSchema>;
export type ResultEntry = z.infer<typeof resultEntrySchema>;
