// The shared judgement: data age, every-year rules, the warning margin and clamped projections.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contextFor, judge, observations } from '../helpers/kind-context.js';
import { evaluateCheck } from '../../src/kinds/registry.js';

describe('warning margin', () => {
  it('100 % against ≥ 100 % is met, not at-risk (no room left at the top of the scale)', () => {
    const verdict = judge({ kind: 'at_least', target: 100 }, { 2020: 100, 2021: 100, 2022: 100, 2023: 100 }, { year: 2023 });
    expect(verdict.status).toBe('pass');
  });
  it('0 against ≤ 0 is met, not at-risk (bottom of the scale)', () => {
    expect(judge({ kind: 'at_most', target: 0 }, { 2020: 0, 2021: 0, 2022: 0, 2023: 0 }, { year: 2023 }).status).toBe('pass');
  });
  it('a zero warning margin is never near, even exactly on the boundary', () => {
    const verdict = judge({ kind: 'at_least', target: 70 }, { 2020: 70, 2021: 70, 2022: 70, 2023: 70 }, { year: 2023, settings: { warning_margin: 0 } });
    expect(verdict.status).toBe('pass');
  });
  it('before the deadline a value just on the boundary is at-risk', () => {
    expect(judge({ kind: 'at_least', target: 70 }, { 2020: 70, 2021: 70, 2022: 70, 2023: 70 }, { year: 2023 }).status).toBe('at-risk');
  });
  it('at the deadline the margin no longer warns: met is 达标', () => {
    expect(judge({ kind: 'at_least', target: 70 }, { 2024: 70, 2025: 70 }, { year: 2025 }).status).toBe('pass');
  });
  it('every_year: exactly 70 % in the final year is met, not at-risk', () => {
    const series = { 2021: 75, 2022: 75, 2023: 75, 2024: 75, 2025: 70 };
    const verdict = judge({ kind: 'at_least', target: 70 }, series, { year: 2025, everyYear: true });
    expect(verdict.status).toBe('pass');
    expect(verdict.reason.code).toBe('every-year-met');
  });
  it('at the deadline a 力争 miss is at-risk, a binding miss fail', () => {
    expect(judge({ kind: 'at_least', target: 70 }, { 2025: 69.9 }, { year: 2025, aspirational: true }).status).toBe('at-risk');
    expect(judge({ kind: 'at_least', target: 70 }, { 2025: 69.9 }, { year: 2025 }).status).toBe('fail');
  });
});

describe('data age', () => {
  it('a value from an earlier year is shown, never judged: no-data with the latest value', () => {
    const verdict = judge({ kind: 'at_least', target: 70 }, { 2020: 75 }, { year: 2023 });
    expect(verdict.status).toBe('no-data');
    expect(verdict.reason.code).toBe('no-current-value');
    expect(verdict.reason.figures).toMatchObject({ latestYear: 2020, latestValue: 75 });
    expect(verdict.value).toBeNull();
  });
  it('an indicator with max_age judges a value within that age, with its year', () => {
    const verdict = judge({ kind: 'at_least', target: 70 }, { 2020: 75 }, { year: 2023, maxAge: 5 });
    expect(verdict.status).toBe('pass');
    expect(verdict.valueYear).toBe(2020);
    expect(judge({ kind: 'at_least', target: 70 }, { 2020: 75 }, { year: 2023, maxAge: 2 }).status).toBe('no-data');
  });
  it('every_year with an old value in the final year is no-data, as for deadline rules', () => {
    const verdict = judge({ kind: 'at_least', target: 70 }, { 2021: 75, 2022: 75, 2023: 75, 2024: 75 }, { year: 2025, everyYear: true });
    expect(verdict.status).toBe('no-data');
    expect(verdict.reason.figures.missingYears).toEqual([2025]);
  });
  it('every_year checks each year: a year with no value is not skipped', () => {
    const verdict = judge({ kind: 'at_least', target: 70 }, { 2021: 75, 2023: 75 }, { year: 2023, everyYear: true });
    expect(verdict.status).toBe('no-data');
    expect(verdict.reason.figures.missingYears).toEqual([2022]);
  });
  it('every_year: a missed year stays missed (binding fail, 力争 at-risk), even with years missing', () => {
    const series = { 2021: 65, 2023: 75 };
    expect(judge({ kind: 'at_least', target: 70 }, series, { year: 2023, everyYear: true }).status).toBe('fail');
    expect(judge({ kind: 'at_least', target: 70 }, series, { year: 2023, everyYear: true, aspirational: true }).status).toBe('at-risk');
  });
});

describe('annual_change over gaps', () => {
  const check = { kind: 'annual_change', direction: 'down', amount: 0.2 } as const;
  it('a missing year is never a pass (2020 = 97.6, 2021 missing, 2022 = 98.3, 2023 = 97.3)', () => {
    const verdict = judge(check, { 2020: 97.6, 2022: 98.3, 2023: 97.3 }, { year: 2023 });
    expect(verdict.status).toBe('no-data');
    expect(verdict.reason.code).toBe('annual-change-missing');
    expect(verdict.reason.figures.missingYears).toEqual([2021, 2022]);
  });
  it('the average reading compares the average change from the baseline', () => {
    const average = { ...check, reading: 'average' } as const;
    expect(judge(average, { 2020: 97.6, 2022: 98.3, 2023: 96.9 }, { year: 2023 }).status).toBe('pass');
    expect(judge(average, { 2020: 97.6, 2023: 97.1 }, { year: 2023 }).status).toBe('at-risk');
    expect(judge(average, { 2020: 97.6, 2025: 96.7 }, { year: 2025 }).status).toBe('fail');
  });
});

describe('projections stay within the indicator range', () => {
  it('a rate projected past 100 % is clamped to 100, and the reason says so', () => {
    const verdict = judge({ kind: 'at_least', target: 95 }, { 2020: 90, 2021: 94, 2022: 98 }, { year: 2022 });
    expect(verdict.projected).toBe(100);
    expect(verdict.reason.figures.clampedFrom).toBe(110);
  });
});

describe('never 达标 unless the data for that year shows it (random series)', () => {
  const checks = [
    { kind: 'at_least', target: 70 },
    { kind: 'at_most', target: 30 },
    { kind: 'approx', target: 50, tolerance: 5 },
    { kind: 'trend_up' },
    { kind: 'trend_down' },
    { kind: 'steady_rise' },
    { kind: 'change_from_baseline', direction: 'down', percent: 10 },
    { kind: 'annual_change', direction: 'up', amount: 0.5 },
  ] as const;
  it('a year without its own value is never pass, for every numeric kind and every_year too', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.integer({ min: 2020, max: 2025 }).map(String), fc.integer({ min: 0, max: 1000 }).map((n) => n / 10)),
        fc.integer({ min: 2021, max: 2025 }),
        fc.constantFrom(...checks),
        fc.boolean(),
        (raw, year, check, everyYear) => {
          const series = Object.fromEntries(Object.entries(raw).filter(([y]) => Number(y) !== year));
          return judge(check, series, { year, everyYear }).status !== 'pass';
        },
      ),
    );
  });
});

describe('row order', () => {
  const row = (year: number, value: number, line: number) => ({ ...observations('x', { [year]: value })[0]!, source: { file: 'test.csv', line } });

  it('rows in any year order make the same series, judged in year order', () => {
    const years: Array<[number, number]> = [[2020, 60], [2021, 62], [2022, 64], [2023, 66]];
    const inOrder = years.map(([y, v], i) => row(y, v, i + 2));
    const shuffled = [inOrder[2]!, inOrder[0]!, inOrder[3]!, inOrder[1]!];
    const check = { kind: 'at_least', target: 70 } as const;
    const expected = evaluateCheck(check, contextFor(inOrder));
    const verdict = evaluateCheck(check, contextFor(shuffled));
    expect(verdict).toEqual(expected);
    expect(verdict.series).toEqual(years);
    expect(verdict.projected).toBe(expected.projected);
  });

  it('a later row of the same year replaces the earlier one, wherever the year comes', () => {
    const rows = [row(2022, 64, 2), row(2020, 60, 3), row(2022, 71, 4)];
    const verdict = evaluateCheck({ kind: 'at_least', target: 70 }, contextFor(rows, { year: 2022 }));
    expect(verdict.value).toBe(71);
    expect(verdict.series).toEqual([[2020, 60], [2022, 71]]);
  });
});
