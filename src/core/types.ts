// Result types of an evaluation: what every renderer and the JSON output read.
import type { Status } from '../schema/status.js';

export { STATUSES, type Status } from '../schema/status.js';

/** year → value, in the indicator's unit. */
export type Series = ReadonlyMap<number, number>;

/** A message as data: a code plus the figures it needs; i18n turns it into words. */
export interface Coded {
  code: string;
  figures: Record<string, number | string | boolean | null | number[] | string[]>;
}

export interface Projection {
  method: 'linear' | 'cagr';
  fromYear: number;
  toYear: number;
  points: number;
  /** Value projected at the deadline. */
  value: number;
  /** Change per year (linear) or growth rate per year (cagr). */
  rate: number;
  /** The projection before it was clamped to the indicator's range (absent when it was inside). */
  clampedFrom?: number;
}

/** The outcome one kind computes for one series (or one unit). */
export interface Verdict {
  status: Status;
  reason: Coded;
  target: Coded;
  value: number | null;
  valueYear: number | null;
  projected: number | null;
  projection?: Projection;
  /** The series the verdict was judged on, for explain and history. */
  series: Array<[number, number]>;
  units?: UnitBreakdown;
}

export interface UnitOutcome {
  unit: string;
  status: Status;
  value: number | null;
  valueYear: number | null;
  reason: Coded;
}

export interface UnitBreakdown {
  dimension: string;
  rollup: 'all' | { share: number };
  counts: Record<Status, number>;
  units: UnitOutcome[];
}

export interface RuleResult extends Verdict {
  rule: string;
  plan: string;
  domain: string;
  number: string;
  section: 'goal' | 'measure';
  kind: string;
  text: string;
  indicator: string | null;
  indicatorName: string | null;
  /** The indicator's English name, for English output. */
  indicatorNameEn: string | null;
  unit: string;
  year: number;
  deadline: number;
  everyYear: boolean;
  aspirational: boolean;
  lead: string[];
  responsible: string[];
}
