// Builds results-file objects for the diff tests: a rule result with defaults, and a file around them.
import type { Status } from '../../src/core/types.js';
import type { ResultEntry, ResultsFile } from '../../src/schema/results.js';

export interface EntrySpec {
  rule: string;
  status: Status;
  value?: number | null;
  projected?: number | null;
  kind?: string;
  target?: { code: string; figures: Record<string, unknown> };
  plan?: string;
  domain?: string;
  lead?: string[];
}

export function entry(spec: EntrySpec, year = 2024): ResultEntry {
  const kind = spec.kind ?? 'at_least';
  const value = spec.value ?? null;
  return {
    rule: spec.rule,
    plan: spec.plan ?? 'demo-2021-2025',
    domain: spec.domain ?? 'health',
    number: '1',
    section: 'goal',
    kind,
    text: `${spec.rule} text`,
    indicator: kind === 'qualitative' ? null : 'demo',
    indicatorName: kind === 'qualitative' ? null : '演示',
    unit: '%',
    year,
    deadline: 2025,
    everyYear: false,
    aspirational: false,
    status: spec.status,
    value,
    valueYear: value === null ? null : year,
    target: '',
    targetCode: spec.target ?? { code: kind, figures: { target: 90, unit: '%' } },
    projected: spec.projected ?? null,
    projection: null,
    reason: { code: 'x', figures: {}, text: '' },
    lead: spec.lead ?? ['自治县卫生健康局'],
    responsible: [],
    units: null,
    series: value === null ? [] : [[year, value]],
  };
}

export function resultsFile(year: number, specs: EntrySpec[], schemaVersion = 1): ResultsFile {
  const results = specs.map((s) => entry(s, year));
  return { schemaVersion, year, lang: 'zh', inputs: { plans: ['plans'], data: ['data'] }, summary: { total: results.length }, results };
}
