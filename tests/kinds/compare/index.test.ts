import { describe, expect, it } from 'vitest';
import { contextFor, observations } from '../../helpers/kind-context.js';
import { evaluateCheck } from '../../../src/kinds/registry.js';

describe('compare (达到全省平均水平, 不少于女党员比例)', () => {
  const check = { kind: 'compare', op: 'at_least', other: 'ref' } as const;
  const run = (own: Record<number, number>, ref: Record<number, number>, year = 2025) =>
    evaluateCheck(check, contextFor(observations('x', own), { year, unit: '岁', extra: observations('ref', ref) }));

  it('equal to the reference passes at the deadline and shows both values', () => {
    const verdict = run({ 2020: 76, 2025: 78.2 }, { 2020: 77, 2025: 78.2 });
    expect(verdict.status).toBe('pass');
    expect(verdict.value).toBe(78.2);
    expect(verdict.reason.figures.otherValue).toBe(78.2);
  });
  it('below the reference fails at the deadline', () => {
    expect(run({ 2025: 77 }, { 2025: 78.2 }).status).toBe('fail');
  });
  it('closing the gap before the deadline is at-risk', () => {
    expect(run({ 2020: 74, 2021: 75, 2022: 76, 2023: 77 }, { 2020: 78, 2021: 78, 2022: 78, 2023: 78 }, 2023).status).toBe('at-risk');
  });
  it('no reference series is no-data and says so', () => {
    const verdict = run({ 2025: 77 }, {});
    expect(verdict.status).toBe('no-data');
    expect(verdict.reason.code).toBe('no-reference');
  });
  it('a reference missing for the year is no-data, not a comparison with an older reference', () => {
    const verdict = run({ 2024: 76, 2025: 77 }, { 2024: 78 });
    expect(verdict.status).toBe('no-data');
    expect(verdict.reason).toMatchObject({ code: 'no-reference', figures: { year: 2025 } });
  });
  it('without its own value for the year it is no-data, showing the latest own value (not the difference)', () => {
    const verdict = run({ 2023: 76 }, { 2023: 78, 2025: 79 });
    expect(verdict.status).toBe('no-data');
    expect(verdict.reason).toMatchObject({ code: 'no-current-value', figures: { latestYear: 2023, latestValue: 76 } });
  });
});
