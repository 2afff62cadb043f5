import { describe, expect, it } from 'vitest';
import type { Status } from '../../../src/core/types.js';
import { seriesChart, unitsChart } from '../../../src/render/report/charts.js';
import { renderReportHtml } from '../../../src/render/report/index.js';
import type { ReportInput } from '../../../src/render/report/types.js';
import type { ResultEntry } from '../../../src/schema/results.js';
import { entry } from '../../diff/make-results.js';

const HOSTILE = '<script>alert("x")</script>&';

function numeric(rule: string, status: Status, over: Partial<ResultEntry> = {}): ResultEntry {
  return {
    ...entry({ rule, status, value: 10.41, kind: 'at_most', target: { code: 'at_most', figures: { target: 12, tolerance: 0, unit: '/10万' } } }),
    unit: '/10万',
    series: [
      [2020, 17.04],
      [2021, 13.42],
      [2022, 14.26],
      [2023, 10.07],
      [2024, 10.41],
    ],
    projected: 8.06,
    reason: { code: 'met-on-track', figures: { projected: 8.06 }, text: 'reason' },
    ...over,
  };
}

function input(results: ResultEntry[], over: Partial<ReportInput> = {}): ReportInput {
  const summary = { pass: 0, 'at-risk': 0, fail: 0, 'no-data': 0, 'not-assessed': 0, total: results.length } as Record<string, number>;
  for (const r of results) summary[r.status]! += 1;
  return {
    lang: 'zh',
    results: { schemaVersion: 1, year: 2024, lang: 'zh', inputs: { plans: ['plans'], data: ['data'] }, summary, results },
    diff: null,
    plans: [],
    indicatorNamesEn: {},
    sources: { plans: ['plans'], data: ['data'], firstYear: 2020, lastYear: 2024 },
    generatedOn: '2025-03-01',
    sample: false,
    dataNotes: { read: 10, used: 9, unused: [{ file: 'data/x.csv', line: 3, reason: HOSTILE }], warnings: [] },
    ...over,
  };
}

describe('renderReportHtml', () => {
  it('escapes the plan’s words, unit names, lead units and data notes', () => {
    const perUnit = numeric('D-2', 'fail', {
      kind: 'each_unit',
      text: HOSTILE,
      lead: [HOSTILE],
      series: [],
      units: { dimension: 'township', rollup: 'all', counts: { pass: 1, 'at-risk': 0, fail: 1, 'no-data': 0, 'not-assessed': 0 }, units: [
        { unit: HOSTILE, status: 'fail', value: 80, valueYear: 2024, reason: { code: 'x', figures: {} } },
        { unit: '示例乡镇01', status: 'pass', value: 97, valueYear: 2024, reason: { code: 'x', figures: {} } },
      ] },
      targetCode: { code: 'each_unit', figures: { innerCode: 'at_least', target: 95, unit: '%', dimension: 'township', dimensionName: '乡镇' } },
    });
    const html = renderReportHtml(input([numeric('D-1', 'pass', { indicatorName: HOSTILE }), perUnit]));
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;');
  });

  it('gives the same bytes for the same input, chart ids included', () => {
    const results = [numeric('D-1', 'pass'), numeric('D-2', 'at-risk')];
    expect(renderReportHtml(input(results))).toBe(renderReportHtml(input(results)));
    const ids = [...renderReportHtml(input(results)).matchAll(/id="(c[0-9a-z]+-c\d+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(2);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('carries the sample banner only for the bundled sample, and the draft mark on the narrative', () => {
    const results = [numeric('D-1', 'pass')];
    expect(renderReportHtml(input(results, { sample: true }))).toContain('id="sample-label"');
    const real = renderReportHtml(input(results));
    expect(real).not.toContain('id="sample-label"');
    expect(real).toContain('仅为草稿');
    expect(real).toContain('2024年，全县演示为10.41/10万');
  });
});

describe('charts', () => {
  it('draws the series, the target line, the deadline and the projection dashed, in the status colour', () => {
    const svg = seriesChart(numeric('D-1', 'fail'), 'zh', 'title')!;
    expect(svg).toMatch(/^<svg role="img" aria-label="title"/);
    expect(svg).toContain('>目标 12<');
    expect(svg).toContain('>2025<');
    expect(svg).toMatch(/stroke="#c62828"[^>]*stroke-dasharray/);
    expect(svg).not.toContain('ecmeta_');
  });

  it('draws a band for a 左右 target and the baseline for a direction target', () => {
    const approx = seriesChart(numeric('D-1', 'pass', { kind: 'approx', targetCode: { code: 'approx', figures: { target: 12, tolerance: 1, unit: '%' } } }), 'en', 't')!;
    expect(approx).toContain('>target 12<');
    expect(approx).toMatch(/fill="rgb\(46,125,50\)" fill-opacity="0.12"/);
    const trend = seriesChart(numeric('D-1', 'pass', { kind: 'trend_down', targetCode: { code: 'trend_down', figures: { baselineYear: 2020, baseValue: 17.04, unit: '%' } } }), 'zh', 't')!;
    expect(trend).toContain('>基期 17.04<');
  });

  it('draws per-unit targets as bars sorted by value, coloured by each unit’s status, with the threshold', () => {
    const units = ['甲', '乙', '丙'].map((unit, i) => ({ unit, status: (i === 0 ? 'fail' : 'pass') as Status, value: [80, 99, 96][i]!, valueYear: 2024, reason: { code: 'x', figures: {} } }));
    const svg = unitsChart(
      numeric('D-2', 'fail', { units: { dimension: 'township', rollup: 'all', counts: { pass: 2, 'at-risk': 0, fail: 1, 'no-data': 0, 'not-assessed': 0 }, units }, targetCode: { code: 'each_unit', figures: { innerCode: 'at_least', target: 95 } } }),
      'zh',
      't',
    )!;
    expect(svg).toContain('>目标 95<');
    // Category labels from the bottom up: lowest value first.
    const labels = [...svg.matchAll(/>(甲|乙|丙)</g)].map((m) => m[1]);
    expect(labels).toEqual(['甲', '丙', '乙']);
    expect(svg).toContain('fill="#c62828"');
  });
});
