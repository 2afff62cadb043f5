import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildHistory, sparkValues, yearsOfData } from '../../src/diff/history.js';
import { sparkline } from '../../src/diff/sparkline.js';
import { buildDataIndex } from '../../src/evaluate/data-index.js';
import { loadPlans } from '../../src/load/plans.js';
import { assessmentRow, observations } from '../helpers/kind-context.js';

const { model, diagnostics } = loadPlans([path.join(import.meta.dirname, '../fixtures/diff/plans')]);
const rows = [
  ...observations('demo_mortality', { 2020: 5.0, 2021: 4.6, 2022: 4.0, 2023: 3.4, 2024: 3.8 }),
  ...observations('demo_myopia', { 2020: 40, 2021: 39, 2022: 38 }),
  assessmentRow('D-HEALTH-2', 2023, 'met'),
];
const rule = (id: string) => model.rules.find((r) => r.rule.id === id)!;

describe('sparkline', () => {
  it('scales from the lowest to the highest value', () => {
    expect(sparkline([1, 2, 3, 4, 5, 6, 7, 8])).toBe('▁▂▃▄▅▆▇█');
    expect(sparkline([5, null, 1])).toBe('█·▁');
  });

  it('draws equal values mid-height and nothing but gaps for no values', () => {
    expect(sparkline([2, 2])).toBe('▄▄');
    expect(sparkline([null, null])).toBe('··');
    expect(sparkline([])).toBe('');
  });
});

describe('yearsOfData', () => {
  it('spans the earliest to the latest year, gaps included', () => {
    expect(yearsOfData([...observations('x', { 2019: 1, 2022: 2 })])).toEqual([2019, 2020, 2021, 2022]);
    expect(yearsOfData([])).toEqual([]);
  });
});

describe('buildHistory', () => {
  const data = buildDataIndex(rows, model);
  const years = yearsOfData(rows);
  const history = buildHistory([rule('D-HEALTH-1'), rule('D-HEALTH-2'), rule('D-HEALTH-3'), rule('D-EDU-1')], model, data, years);

  it('loads the fixture plans cleanly', () => {
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('gives each year the status evaluate would have given, and the first year met', () => {
    const mortality = history.rules[0]!;
    expect(history.years).toEqual([2020, 2021, 2022, 2023, 2024]);
    // 2020 is the baseline year: not judged, so never "first met" there.
    expect(mortality.points.map((p) => p.status)).toEqual(['not-assessed', 'at-risk', 'at-risk', 'pass', 'at-risk']);
    expect(mortality.firstMet).toBe(2023);
    expect(mortality.sparkline).toBe('█▆▄▁▃');
  });

  it('takes a qualitative assessment for the year it was made, not the years after', () => {
    const qualitative = history.rules[1]!;
    expect(qualitative.points.map((p) => p.status)).toEqual(['not-assessed', 'not-assessed', 'not-assessed', 'pass', 'not-assessed']);
    expect(qualitative.points[4]).toMatchObject({ status: 'not-assessed' });
    expect(qualitative.firstMet).toBe(2023);
    expect(qualitative.sparkline).toBe('·····');
  });

  it('draws a trend rule’s baseline value, and leaves years without their own value blank', () => {
    const myopia = history.rules[2]!;
    expect(myopia.points[0]!.status).toBe('not-assessed');
    expect(myopia.points.slice(1).map((p) => p.status)).toEqual(['pass', 'pass', 'no-data', 'no-data']);
    expect(myopia.sparkline).toBe('█▅▁··');
    expect(history.rules[3]!.firstMet).toBeNull();
  });

  it('never reports a year as first met unless the target was met in it', () => {
    // Below the target in 2020 (the baseline) and no later values: nothing was ever met.
    const below = buildHistory([rule('D-HEALTH-1')], model, buildDataIndex(observations('demo_mortality', { 2020: 9 }), model), [2020, 2021]);
    expect(below.rules[0]!.points.map((p) => p.status)).toEqual(['not-assessed', 'no-data']);
    expect(below.rules[0]!.firstMet).toBeNull();
  });

  it('does not draw a compare rule’s difference series as its values', () => {
    const points = [{ year: 2020, status: 'no-data' as const, value: null, valueYear: null, projected: null }];
    expect(sparkValues(points, 'compare', [[2020, -2]])).toEqual([null]);
    expect(sparkValues(points, 'trend_up', [[2020, 5]])).toEqual([5]);
  });
});
