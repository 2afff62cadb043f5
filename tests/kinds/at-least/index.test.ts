import { describe, expect, it } from 'vitest';
import { judge, type ContextOptions, type SeriesSpec } from '../../helpers/kind-context.js';

// Each row: series, options, expected status and reason code.
const cases: Array<[string, SeriesSpec, ContextOptions, string, string]> = [
  ['exactly the target at the deadline passes (以上 includes the number)', { 2020: 60, 2025: 70 }, { year: 2025 }, 'pass', 'met-final'],
  ['just below at the deadline fails', { 2020: 60, 2025: 69.99 }, { year: 2025 }, 'fail', 'missed-final'],
  ['aspirational miss at the deadline is at-risk', { 2020: 60, 2025: 69 }, { year: 2025, aspirational: true }, 'at-risk', 'missed-final'],
  ['deadline evaluation with only an earlier value is no-data', { 2020: 60, 2024: 75 }, { year: 2025 }, 'no-data', 'no-current-value'],
  ['an earlier value is never judged as current (2020 = 75, evaluated in 2023)', { 2020: 75 }, { year: 2023 }, 'no-data', 'no-current-value'],
  ['no value at all is no-data', {}, {}, 'no-data', 'no-value'],
  ['met and rising before the deadline passes', { 2020: 72, 2021: 74, 2022: 76, 2023: 78 }, {}, 'pass', 'met-on-track'],
  ['met but falling below by the deadline is at-risk', { 2020: 80, 2021: 77, 2022: 74, 2023: 71 }, {}, 'at-risk', 'met-projection-misses'],
  ['met within the 2% warning margin is at-risk', { 2020: 70.5, 2021: 70.6, 2022: 70.8, 2023: 71 }, {}, 'at-risk', 'met-near-boundary'],
  ['missed but the trend reaches it is at-risk', { 2020: 60, 2021: 63, 2022: 66, 2023: 68 }, {}, 'at-risk', 'missed-projection-meets'],
  ['missed and the trend misses too fails', { 2020: 60, 2021: 60.5, 2022: 61, 2023: 61.2 }, {}, 'fail', 'missed-projection-misses'],
  ['missed with a single point cannot be projected and fails', { 2023: 50 }, {}, 'fail', 'missed-no-projection'],
  ['met with a single point passes without projection', { 2023: 90 }, {}, 'pass', 'met-no-projection'],
];

describe('at_least', () => {
  it.each(cases)('%s', (_name, series, options, status, code) => {
    const verdict = judge({ kind: 'at_least', target: 70 }, series, options);
    expect(verdict.status).toBe(status);
    expect(verdict.reason.code).toBe(code);
  });

  it('达到X左右 accepts a value within the tolerance below the target', () => {
    const verdict = judge({ kind: 'at_least', target: 35, approximate: true }, { 2020: 30, 2025: 34.2 }, { year: 2025 });
    expect(verdict.status).toBe('pass');
    expect(judge({ kind: 'at_least', target: 35, approximate: true }, { 2020: 30, 2025: 33.9 }, { year: 2025 }).status).toBe('fail');
  });

  it('reports the value, its year and the projection', () => {
    const verdict = judge({ kind: 'at_least', target: 70 }, { 2020: 60, 2021: 63, 2022: 66 }, { year: 2022 });
    expect(verdict.value).toBe(66);
    expect(verdict.valueYear).toBe(2022);
    expect(verdict.projected).toBeCloseTo(75);
  });

  it('every_year: a miss in any year fails, even if the latest year meets', () => {
    const verdict = judge({ kind: 'at_least', target: 2 }, { 2021: 2, 2022: 1, 2023: 3 }, { everyYear: true, unit: '次' });
    expect(verdict.status).toBe('fail');
    expect(verdict.reason.figures.missedYears).toEqual([2022]);
    expect(judge({ kind: 'at_least', target: 2 }, { 2021: 2, 2022: 2, 2023: 3 }, { everyYear: true, settings: { warning_margin: 0 } }).status).toBe('pass');
  });
});
