import { describe, expect, it } from 'vitest';
import { judge } from '../../helpers/kind-context.js';

describe('annual_change (每年降低0.5个百分点以上)', () => {
  const check = { kind: 'annual_change', direction: 'down', amount: 0.5 } as const;
  it('every year down by at least 0.5 passes, exactly 0.5 included', () => {
    const verdict = judge(check, { 2020: 50, 2021: 49.5, 2022: 48.8, 2023: 48.3 }, {});
    expect(verdict.status).toBe('pass');
    expect(verdict.value).toBeCloseTo(-0.5);
  });
  it('one slow year stays missed even when the average meets (binding → fail, 力争 → at-risk)', () => {
    const verdict = judge(check, { 2020: 50, 2021: 48.5, 2022: 48.3, 2023: 47.5 }, {});
    expect(verdict.status).toBe('fail');
    expect(verdict.reason.figures.missedYears).toEqual([2022]);
    expect(judge(check, { 2020: 50, 2021: 48.5, 2022: 48.3, 2023: 47.5 }, { aspirational: true }).status).toBe('at-risk');
  });
  it('slow years with a slow average fail', () => {
    expect(judge(check, { 2020: 50, 2021: 49.9, 2022: 49.8, 2023: 49.7 }, {}).status).toBe('fail');
  });
  it('no consecutive years is no-data', () => {
    expect(judge(check, { 2020: 50, 2022: 48 }, {}).status).toBe('no-data');
  });
});
