// The one shape every rule kind has: a folder with schema.ts (its zod schema) and index.ts (this module: evaluate and docs).
import type { Assessment } from '../model/data.js';
import type { ResolvedSettings } from '../evaluate/settings.js';
import type { CheckOf, RuleKind } from './checks.js';
import type { Series, Verdict } from '../evaluate/types.js';

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
  /** The file name the county's list of this dimension's units should have (乡镇名单.csv) when none was given; else null. */
  missingUnitList(dimension: string): string | null;
  /** Chinese and English names of a dimension, for target wording (乡镇, township). */
  dimensionNames(id: string): { zh: string; en: string };
}

export interface KindContext {
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
  settings: ResolvedSettings;
  /** The cut of the indicator being judged; {} is the county total. */
  dims: Readonly<Record<string, string>>;
  data: DataIndex;
}

export interface KindDoc {
  /** Plan wordings this kind encodes. */
  wording: string[];
  summary: { zh: string; en: string };
  example: string;
}

export interface KindModule<K extends RuleKind> {
  kind: K;
  evaluate(check: CheckOf<K>, ctx: KindContext): Verdict;
  doc: KindDoc;
}
