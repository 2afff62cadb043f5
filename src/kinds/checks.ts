// The union of every kind's check schema (each lives in its kind's folder): rule files and types come from it.
import { z } from 'zod';
import { atLeastCheck } from './at-least/schema.js';
import { atMostCheck } from './at-most/schema.js';
import { approxCheck } from './approx/schema.js';
import { trendUpCheck } from './trend-up/schema.js';
import { trendDownCheck } from './trend-down/schema.js';
import { steadyRiseCheck } from './steady-rise/schema.js';
import { changeFromBaselineCheck } from './change-from-baseline/schema.js';
import { annualChangeCheck } from './annual-change/schema.js';
import { compareCheck } from './compare/schema.js';
import { eachUnitCheck } from './each-unit/schema.js';
import { gapCheck } from './gap/schema.js';
import { qualitativeCheck } from './qualitative/schema.js';
import type { unitCheck } from './each-unit/schema.js';

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
