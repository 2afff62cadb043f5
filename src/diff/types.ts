// Types of a year-over-year comparison and of a rule's history; every diff and history renderer reads these.
import type { Coded, Status } from '../core/types.js';

/** Version of the diff and history JSON; bumped only by a rename or removal (docs/results.md). */
export const DIFF_SCHEMA_VERSION = 1;
export const HISTORY_SCHEMA_VERSION = 1;

/**
 * How a rule's status moved between the two results.
 * regressed/improved follow the severity order fail < at-risk < pass; a pass that became
 * no-data or not-assessed is a regression too (the evidence for a met target is gone).
 */
export const CHANGE_KINDS = ['regressed', 'improved', 'data-lost', 'data-gained', 'data-changed', 'new', 'removed', 'unchanged'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** Whether a value moved towards the target (better) or away from it (worse). */
export type Direction = 'better' | 'worse' | 'same';

/** One side of a rule's comparison: what the results file said about it. */
export interface RuleSide {
  year: number;
  status: Status;
  value: number | null;
  valueYear: number | null;
  projected: number | null;
  deadline: number;
  target: Coded;
}

export interface Movement {
  /** new − old, rounded to 12 significant digits; null when either side has no number. */
  delta: number | null;
  /** null when the rule kind has no better direction (qualitative) or a side has no number. */
  direction: Direction | null;
}

export interface RuleDiff {
  rule: string;
  plan: string;
  domain: string;
  number: string;
  kind: string;
  indicator: string | null;
  indicatorName: string | null;
  indicatorNameEn: string | null;
  /** The plan sentence: a qualitative goal is shown by its own words. */
  text: string;
  unit: string;
  change: ChangeKind;
  from: RuleSide | null;
  to: RuleSide | null;
  value: Movement;
  /** The change in the value projected at the deadline. */
  projected: Movement;
}

/** Where one side came from: a results file, or an evaluation run on the spot. */
export interface DiffSource {
  source: string;
  year: number;
  schemaVersion: number;
}

export interface DiffReport {
  from: DiffSource;
  to: DiffSource;
  /** Things a reader should know before trusting the comparison (schemaVersion mismatch, differing rule sets…). */
  notes: Coded[];
  summary: Record<ChangeKind | 'total', number>;
  /** Every compared rule, regressions first, then improvements, the other changes, and unchanged last. */
  changes: RuleDiff[];
}

export interface HistoryPoint {
  year: number;
  status: Status;
  value: number | null;
  valueYear: number | null;
  projected: number | null;
}

export interface RuleHistory {
  rule: string;
  plan: string;
  domain: string;
  kind: string;
  indicator: string | null;
  indicatorName: string | null;
  indicatorNameEn: string | null;
  /** The plan sentence: a qualitative goal is shown by its own words. */
  text: string;
  unit: string;
  /** The target as evaluated in the latest year. */
  target: Coded;
  points: HistoryPoint[];
  /** ▁▂▃▄▅▆▇█ over the values observed each year; · for a year without its own value. */
  sparkline: string;
  /** The first year whose status is pass; null when never met. */
  firstMet: number | null;
}

export interface HistoryReport {
  years: number[];
  rules: RuleHistory[];
}
