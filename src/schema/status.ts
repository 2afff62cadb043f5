// The five verdicts, in one place that the results schema and the evaluator both read (plain data, no zod).
export const STATUSES = ['pass', 'at-risk', 'fail', 'no-data', 'not-assessed'] as const;
export type Status = (typeof STATUSES)[number];
