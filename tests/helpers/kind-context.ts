// Builds a KindContext over in-memory series, so kind tests read as tables of years and values.
import { buildDataIndex } from '../../src/evaluate/data-index.js';
import type { Check } from '../../src/kinds/checks.js';
import { evaluateCheck } from '../../src/kinds/registry.js';
import type { KindContext } from '../../src/kinds/types.js';
import type { Assessment, Observation } from '../../src/model/data.js';
import { DEFAULT_SETTINGS } from '../../src/core/settings.js';
import type { Settings } from '../../src/schema/settings.js';
import type { Verdict } from '../../src/core/types.js';
import { rangeOf, type ValueRange } from '../../src/core/value-range.js';

export type SeriesSpec = Record<number, number>;

export function observations(indicator: string, series: SeriesSpec, dims: Record<string, string> = {}): Observation[] {
  return Object.entries(series).map(([year, value], i) => ({
    indicator,
    year: Number(year),
    value,
    assessment: null,
    dims,
    source: { file: 'test.csv', line: i + 2 },
  }));
}

export function assessmentRow(key: string, year: number, assessment: Assessment): Observation {
  return { indicator: key, year, value: null, assessment, dims: {}, source: { file: 'test.csv', line: 2 } };
}

export interface ContextOptions {
  year?: number;
  deadline?: number;
  everyYear?: boolean;
  aspirational?: boolean;
  settings?: Settings;
  unit?: string;
  maxAge?: number;
  range?: ValueRange;
  extra?: Observation[];
  dimensions?: Array<{ id: string; values: string[] }>;
}

export function contextFor(rows: Observation[], options: ContextOptions = {}): KindContext {
  const dimensions = new Map((options.dimensions ?? []).map((d) => [d.id, { ...d, name: d.id, name_en: d.id }]));
  return {
    ruleId: 'T-RULE-1',
    indicator: 'x',
    unit: options.unit ?? '%',
    year: options.year ?? 2023,
    deadline: options.deadline ?? 2025,
    baselineYear: 2020,
    startYear: 2021,
    everyYear: options.everyYear ?? false,
    aspirational: options.aspirational ?? false,
    maxAge: options.maxAge ?? 0,
    range: options.range ?? rangeOf({ unit: options.unit ?? '%' }),
    settings: { ...DEFAULT_SETTINGS, ...options.settings },
    dims: {},
    data: buildDataIndex([...rows, ...(options.extra ?? [])], { indicators: new Map(), dimensions }),
    evaluateCheck,
  };
}

/** Evaluates a check on the series of indicator "x". */
export function judge(check: Check, series: SeriesSpec, options: ContextOptions = {}): Verdict {
  return evaluateCheck(check, contextFor(observations('x', series), options));
}
