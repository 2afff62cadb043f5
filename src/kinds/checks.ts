// The union of every kind's check schema (each lives in its kind's folder): rule files and types come from it.
import { z } from 'zod';
import { compareCheck } from './compare/schema.js';
import { cumulativeCheck } from './cumulative/schema.js';
import { eachSiteCheck } from './each-site/schema.js';
import { eachUnitCheck, unitCheck } from './each-unit/schema.js';
import { gapCheck } from './gap/schema.js';
import { qualitativeCheck } from './qualitative/schema.js';

// The kinds each_unit may apply per unit come first; then the kinds that read more than one series.
export const checkSchema = z.discriminatedUnion('kind', [...unitCheck.options, compareCheck, cumulativeCheck, eachSiteCheck, eachUnitCheck, gapCheck, qualitativeCheck]);

export type Check = z.infer<typeof checkSchema>;
export type UnitCheck = z.infer<typeof unitCheck>;
export type RuleKind = Check['kind'];
export type CheckOf<K extends RuleKind> = Extract<Check, { kind: K }>;
