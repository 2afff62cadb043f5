// The context a rule is judged in: the data and the rule's years and settings. It lives in core, which the kinds
// import and which imports no kind.
import type { Assessment } from '../model/data.js';
import type { ValueRange } from './value-range.js';
import type { ResolvedSettings } from './settings.js';
import type { Series } from './types.js';

/** Read access to the indexed data; built once per run by evaluate/data-index.ts. */
export interface DataIndex {
  series(indicator: string, dims?: Readonly<Record<string, string>>): Series;
  /** Unit names reported for a dimension of an indicator, plus those the dimension declares. */
  unitsOf(indicator: string, dimension: string): string[];
  /** Only the unit names the data reports for a dimension of an indicator. */
  reportedUnitsOf(indicator: string, dimension: string): string[];
  /** Latest assessment at or before the year, keyed by rule id or indicator id. */
  assessment(key: string, year: number): { assessment: Assessment; year: number } | null;
  indicatorName(id: string): string;
  indicatorNameEn(id: string): string;
  /** The file name the county's list of this dimension's units should have (乡镇名单.csv) when none was given; else null. */
  missingUnitList(dimension: string): string | null;
  /** Chinese and English names of a dimension, for target wording (乡镇, township). */
  dimensionNames(id: string): { zh: string; en: string };
}

/** What every kind and the shared judge know about the rule being judged; kinds get a KindContext, which adds the
 * registry (src/kinds/types.ts). */
export interface JudgeContext {
  ruleId: string;
  indicator: string | null;
  unit: string;
  /** The evaluation year. */
  year: number;
  deadline: number;
  baselineYear: number;
  startYear: number;
  everyYear: boolean;
  aspirational: boolean;
  /** Years a value stays current (the indicator's max_age; 0: only the year's own value counts). */
  maxAge: number;
  /** The indicator's valid range, for warning margins and clamping projections. */
  range: ValueRange;
  settings: ResolvedSettings;
  /** The cut of the indicator being judged; {} is the county total. */
  dims: Readonly<Record<string, string>>;
  data: DataIndex;
}
