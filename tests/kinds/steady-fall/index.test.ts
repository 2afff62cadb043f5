import { describe, expect, it } from 'vitest';
import { describeReason } from '../../../src/i18n/reasons.js';
import { describeTarget } from '../../../src/i18n/targets.js';
import { evaluateCheck } from '../../../src/kinds/registry.js';
import { contextFor, judge, observations } from '../../helpers/kind-context.js';

const perHundredThousand = { unit: '/10万' };

describe('steady_fall (持续下降: lower than the year before in every year)', () => {
  it('a fall in every year passes, and says so', () => {
    const verdict = judge({ kind: 'steady_fall' }, { 2020: 6.8, 2021: 6.1, 2022: 5.9, 2023: 5.5 }, perHundredThousand);
    expect(verdict.status).toBe('pass');
    expect(verdict.reason.code).toBe('fell-every-year');
    expect(describeReason({ reason: verdict.reason, target: verdict.target, unit: '/10万' }, 'zh')).toBe('2021—2023年每年均低于上年，2023年为5.5/10万，达到逐年下降，低于2020年(6.8/10万)。');
    expect(describeTarget(verdict.target, 'en')).toBe('falling every year, below 2020 (6.8/10万)');
    expect(describeTarget(judge({ kind: 'steady_fall', min_change: 1 }, { 2020: 6.8, 2021: 6.1 }).target, 'zh')).toBe('逐年下降，低于2020年(6.8%)，至少1个百分点');
  });

  it('a year that rose fails at once, even when the latest value is far below 2020 (later falls cannot mend it)', () => {
    const verdict = judge({ kind: 'steady_fall' }, { 2020: 6.8, 2021: 6.1, 2022: 6.4, 2023: 4 }, perHundredThousand);
    expect(verdict.status).toBe('fail');
    expect(verdict.reason.code).toBe('not-falling');
    expect(verdict.reason.figures.riseYears).toEqual([2022]);
    expect(describeReason({ reason: verdict.reason, target: verdict.target, unit: '/10万' }, 'zh')).toContain('2022年未低于上年');
  });

  it('names every year that did not fall, in both languages', () => {
    const verdict = judge({ kind: 'steady_fall' }, { 2020: 6.8, 2021: 6.1, 2022: 6.4, 2023: 5.5, 2024: 6.7 }, { ...perHundredThousand, year: 2024 });
    const text = (lang: 'zh' | 'en') => describeReason({ reason: verdict.reason, target: verdict.target, unit: '/10万' }, lang);
    expect(text('zh')).toBe('2022、2024年未低于上年，未做到逐年下降；2024年为6.7/10万，目标逐年下降，低于2020年(6.8/10万)。');
    expect(text('en')).toBe('Not lower than the year before in 2022, 2024, so not falling year on year; 6.7/10万 in 2024, target falling every year, below 2020 (6.8/10万).');
  });

  it('at the deadline too a year that rose is a miss (fail; at-risk when aspirational)', () => {
    const series = { 2020: 6.8, 2021: 6.1, 2022: 6.4, 2023: 5.5, 2024: 5, 2025: 4.5 };
    const verdict = judge({ kind: 'steady_fall' }, series, { ...perHundredThousand, year: 2025 });
    expect([verdict.status, verdict.reason.code]).toEqual(['fail', 'not-falling']);
    expect(judge({ kind: 'steady_fall' }, series, { ...perHundredThousand, year: 2025, aspirational: true }).status).toBe('at-risk');
  });

  it('a flat year is not a fall', () => {
    const verdict = judge({ kind: 'steady_fall' }, { 2020: 6.8, 2021: 6.1, 2022: 6.1, 2023: 5.5 }, perHundredThousand);
    expect([verdict.status, verdict.reason.code]).toEqual(['fail', 'not-falling']);
    expect(verdict.reason.figures.riseYears).toEqual([2022]);
  });

  it('a value that stays at zero has nothing left to fall and holds', () => {
    const verdict = judge({ kind: 'steady_fall' }, { 2020: 2, 2021: 1, 2022: 0, 2023: 0 }, perHundredThousand);
    expect([verdict.status, verdict.reason.code]).toEqual(['pass', 'fell-every-year']);
  });

  it('a gap year is no-data, never a pass over it, even when the years either side fell', () => {
    const verdict = judge({ kind: 'steady_fall' }, { 2020: 6.8, 2021: 6.1, 2023: 5.5 }, perHundredThousand);
    expect([verdict.status, verdict.reason.code]).toEqual(['no-data', 'yearly-missing']);
    expect(verdict.reason.figures.missingYears).toEqual([2022]);
    expect(describeReason({ reason: verdict.reason, target: verdict.target, unit: '/10万' }, 'en')).toContain('No value for 2022');
  });

  it('a missing evaluation year is no-data, not judged on the year before', () => {
    const verdict = judge({ kind: 'steady_fall' }, { 2020: 6.8, 2021: 6.1, 2022: 5.9 }, { ...perHundredThousand, year: 2023 });
    expect([verdict.status, verdict.reason.code]).toEqual(['no-data', 'yearly-missing']);
    expect(verdict.reason.figures.missingYears).toEqual([2023]);
  });

  it('a rise stays a miss whatever the gaps, with the missing years named', () => {
    const verdict = judge({ kind: 'steady_fall' }, { 2020: 6.8, 2021: 7, 2023: 5.5 }, perHundredThousand);
    expect([verdict.status, verdict.reason.code]).toEqual(['fail', 'not-falling']);
    expect(verdict.reason.figures.riseYears).toEqual([2021]);
    expect(verdict.reason.figures.missingYears).toEqual([2022]);
  });

  it('an aspirational rule (力争) that rose is at-risk, not fail', () => {
    expect(judge({ kind: 'steady_fall' }, { 2020: 6.8, 2021: 7, 2022: 6, 2023: 5 }, { ...perHundredThousand, aspirational: true }).status).toBe('at-risk');
  });

  it('a fall every year that has only just passed below 2020 is at-risk within the warning margin, as trend_down is', () => {
    const verdict = judge({ kind: 'steady_fall' }, { 2020: 6.8, 2021: 6.78, 2022: 6.76, 2023: 6.75 }, perHundredThousand);
    expect([verdict.status, verdict.reason.code]).toEqual(['at-risk', 'met-near-boundary']);
  });

  it('without a baseline value it is no-data (no-baseline)', () => {
    const verdict = judge({ kind: 'steady_fall' }, { 2021: 6.1, 2022: 5.9 }, { ...perHundredThousand, year: 2022 });
    expect([verdict.status, verdict.reason.code]).toEqual(['no-data', 'no-baseline']);
  });

  describe('exact decimals at the max_rise boundary', () => {
    // 6.4 − 6.1 is 0.3000000000000007 in binary floating point: a rise of exactly 0.3 is within max_rise 0.3.
    it('a rise of exactly max_rise is tolerated', () => {
      const verdict = judge({ kind: 'steady_fall', max_rise: 0.3 }, { 2020: 6.8, 2021: 6.1, 2022: 6.4, 2023: 5.5 }, perHundredThousand);
      expect([verdict.status, verdict.reason.code]).toEqual(['pass', 'fell-every-year']);
    });

    it('a rise one hundredth beyond max_rise is not', () => {
      const verdict = judge({ kind: 'steady_fall', max_rise: 0.3 }, { 2020: 6.8, 2021: 6.1, 2022: 6.41, 2023: 5.5 }, perHundredThousand);
      expect([verdict.status, verdict.reason.code]).toEqual(['fail', 'not-falling']);
      expect(describeReason({ reason: verdict.reason, target: verdict.target, unit: '/10万' }, 'zh')).toContain('回升超过0.3');
    });

    it('max_rise 0 tolerates a flat year but not the smallest rise', () => {
      expect(judge({ kind: 'steady_fall', max_rise: 0 }, { 2020: 0.3, 2021: 0.2, 2022: 0.2, 2023: 0.1 }, perHundredThousand).status).toBe('pass');
      const verdict = judge({ kind: 'steady_fall', max_rise: 0 }, { 2020: 0.3, 2021: 0.1, 2022: 0.3, 2023: 0.2 }, perHundredThousand);
      expect([verdict.status, verdict.reason.code]).toEqual(['fail', 'not-falling']);
    });

    it('0.3 followed by a computed 0.1 + 0.2 is flat, not a rise of 4e-17', () => {
      const verdict = judge({ kind: 'steady_fall', max_rise: 0 }, { 2020: 1, 2021: 0.3, 2022: 0.1 + 0.2, 2023: 0.2 }, perHundredThousand);
      expect([verdict.status, verdict.reason.code]).toEqual(['pass', 'fell-every-year']);
    });
  });

  it('applies per township inside each_unit: the township that rose is the one named', () => {
    const rows = [
      ...observations('x', { 2020: 5, 2021: 4, 2022: 3 }, { township: '草海镇' }),
      ...observations('x', { 2020: 5, 2021: 4, 2022: 4.5 }, { township: '雪山镇' }),
    ];
    const ctx = contextFor(rows, { ...perHundredThousand, year: 2022, dimensions: [{ id: 'township', values: ['草海镇', '雪山镇'] }] });
    const verdict = evaluateCheck({ kind: 'each_unit', dimension: 'township', check: { kind: 'steady_fall' } }, ctx);
    expect(verdict.status).toBe('fail');
    expect(verdict.units?.units.map((u) => [u.unit, u.status, u.reason.code])).toEqual([
      ['草海镇', 'pass', 'fell-every-year'],
      ['雪山镇', 'fail', 'not-falling'],
    ]);
  });
});
