import { describe, expect, it } from 'vitest';
import { judge } from '../../helpers/kind-context.js';

describe('steady_rise (稳中有升)', () => {
  it('a steady rise passes', () => {
    expect(judge({ kind: 'steady_rise' }, { 2020: 20, 2021: 20.5, 2022: 21, 2023: 21.5 }, {}).status).toBe('pass');
  });

  it('a rise with a sharp dip on the way is at-risk (波动较大)', () => {
    const verdict = judge({ kind: 'steady_rise', max_dip: 1 }, { 2020: 20, 2021: 24, 2022: 21, 2023: 25 }, {});
    expect(verdict.status).toBe('at-risk');
    expect(verdict.reason.code).toBe('unsteady');
    expect(verdict.reason.figures.dipYears).toEqual([2022]);
  });

  it('at the deadline a sharp dip is a miss, not a warning (力争: at-risk)', () => {
    const series = { 2020: 20, 2021: 24, 2022: 21, 2023: 23, 2024: 24, 2025: 25 };
    expect(judge({ kind: 'steady_rise', max_dip: 1 }, series, { year: 2025 }).status).toBe('fail');
    expect(judge({ kind: 'steady_rise', max_dip: 1 }, series, { year: 2025, aspirational: true }).status).toBe('at-risk');
  });

  it('a small dip within max_dip still passes', () => {
    expect(judge({ kind: 'steady_rise', max_dip: 1 }, { 2020: 20, 2021: 22, 2022: 21.5, 2023: 23 }, {}).status).toBe('pass');
  });

  it('no rise by the deadline fails', () => {
    expect(judge({ kind: 'steady_rise' }, { 2020: 20, 2025: 19.5 }, { year: 2025 }).status).toBe('fail');
  });
});
