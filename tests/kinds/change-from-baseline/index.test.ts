import { describe, expect, it } from 'vitest';
import { judge } from '../../helpers/kind-context.js';

describe('change_from_baseline (以2020年为基数下降18%)', () => {
  const check = { kind: 'change_from_baseline', direction: 'down', percent: 18 } as const;
  it('exactly 0.82 × the baseline passes at the deadline', () => {
    const verdict = judge(check, { 2020: 50, 2025: 41 }, { year: 2025, unit: '/10万' });
    expect(verdict.status).toBe('pass');
    expect(verdict.target.figures.target).toBeCloseTo(41);
  });
  it('a smaller fall fails at the deadline', () => {
    expect(judge(check, { 2020: 50, 2025: 42 }, { year: 2025 }).status).toBe('fail');
  });
  it('on course before the deadline is at-risk when not yet there', () => {
    expect(judge(check, { 2020: 50, 2021: 48, 2022: 46, 2023: 44 }, {}).status).toBe('at-risk');
  });
  it('no baseline value is no-data', () => {
    const verdict = judge(check, { 2021: 48, 2022: 46 }, {});
    expect(verdict.status).toBe('no-data');
    expect(verdict.reason.code).toBe('no-baseline');
  });
  it('a rise by a percent works the other way', () => {
    expect(judge({ kind: 'change_from_baseline', direction: 'up', percent: 10 }, { 2020: 50, 2025: 55 }, { year: 2025 }).status).toBe('pass');
  });
});
