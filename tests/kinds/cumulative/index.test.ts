import { describe, expect, it } from 'vitest';
import { judge } from '../../helpers/kind-context.js';
import { describeReason } from '../../../src/i18n/reasons.js';
import { describeTarget } from '../../../src/i18n/targets.js';
import type { Verdict } from '../../../src/core/types.js';

// “十四五”期间…达4万人次: yearly figures summed from 2021 against a five-year total.
const check = { kind: 'cumulative', target: 40000 } as const;
const say = (verdict: Verdict, lang: 'zh' | 'en') => describeReason({ reason: verdict.reason, target: verdict.target, unit: '次' }, lang);

describe('cumulative (“十四五”期间累计)', () => {
  it('sums the yearly figures from the period start, so a single year is never judged against the five-year total', () => {
    const verdict = judge(check, { 2021: 8200, 2022: 8900, 2023: 9700 }, { year: 2023, unit: '次' });
    expect(verdict.value).toBe(26800);
    expect(verdict.status).toBe('pass');
    expect(verdict.reason.code).toBe('cumulative-on-pace');
    // 26800 over 3 years is 8933.3 a year; 2 more years give 44666.7 (the inputs' decimals plus one).
    expect(verdict.projected).toBe(44666.7);
    expect(say(verdict, 'zh')).toBe('2021—2023年累计26800 次（年均8933.3 次），按此进度2025年累计可达44666.7 次。');
    expect(say(verdict, 'en')).toContain('2021–2023 total 26800 次');
  });

  it('the baseline year before the period is not counted', () => {
    expect(judge(check, { 2020: 50000, 2021: 100, 2022: 100 }, { year: 2022, unit: '次' }).value).toBe(200);
  });

  it('behind pace fails before the deadline; an aspirational rule is at-risk', () => {
    const verdict = judge(check, { 2021: 5000, 2022: 5000, 2023: 5000 }, { year: 2023, unit: '次' });
    expect(verdict.status).toBe('fail');
    expect(verdict.reason.code).toBe('cumulative-behind-pace');
    expect(verdict.projected).toBe(25000);
    expect(say(verdict, 'zh')).toContain('按此进度2025年累计仅为25000 次');
    expect(judge(check, { 2021: 5000, 2022: 5000, 2023: 5000 }, { year: 2023, unit: '次', aspirational: true }).status).toBe('at-risk');
  });

  it('a projection only just above the total is at-risk (warning margin) for a non-count unit', () => {
    const verdict = judge({ kind: 'cumulative', target: 100 }, { 2021: 20, 2022: 20, 2023: 20.2 }, { year: 2023, unit: '万元' });
    expect(verdict.status).toBe('at-risk');
    expect(verdict.reason.code).toBe('cumulative-pace-near');
  });

  it('at the deadline the five-year total decides', () => {
    const met = judge(check, { 2021: 8000, 2022: 8000, 2023: 8000, 2024: 8000, 2025: 8000 }, { year: 2025, unit: '次' });
    expect([met.status, met.reason.code, met.value]).toEqual(['pass', 'cumulative-met', 40000]);
    const missed = judge(check, { 2021: 8000, 2022: 8000, 2023: 8000, 2024: 8000, 2025: 7999 }, { year: 2025, unit: '次' });
    expect([missed.status, missed.reason.code, missed.value]).toEqual(['fail', 'cumulative-missed-final', 39999]);
    expect(say(missed, 'en')).toBe('2021–2025 total 39999 次 misses 2021–2025 total ≥ 40000 次.');
  });

  it('years after the deadline are outside the period', () => {
    const verdict = judge(check, { 2021: 8000, 2022: 8000, 2023: 8000, 2024: 8000, 2025: 7000, 2026: 9000 }, { year: 2026, unit: '次' });
    expect([verdict.status, verdict.value, verdict.valueYear]).toEqual(['fail', 39000, 2025]);
  });

  it('a year without a figure is never zero: no-data, with the missing year and the partial sum in the reason', () => {
    const verdict = judge(check, { 2021: 8200, 2023: 9700 }, { year: 2023, unit: '次' });
    expect(verdict.status).toBe('no-data');
    expect(verdict.reason.code).toBe('cumulative-missing-years');
    expect(verdict.reason.figures.missingYears).toEqual([2022]);
    expect(verdict.value).toBeNull();
    expect(say(verdict, 'zh')).toBe('2022年没有数值（缺数不按0计），无法算出累计数；其余年份合计17900 次，尚未达到2021—2025年累计 ≥ 40000 次。');
    expect(say(verdict, 'en')).toContain('No value for 2022');
  });

  it('a total already reached passes even with a year missing, and says the year was not counted', () => {
    const verdict = judge(check, { 2021: 30000, 2023: 12000 }, { year: 2023, unit: '次' });
    expect([verdict.status, verdict.reason.code, verdict.value]).toEqual(['pass', 'cumulative-met', 42000]);
    expect(say(verdict, 'zh')).toContain('（2022年缺数，未计入）');
  });

  it('no figure in the period is no-data', () => {
    expect(judge(check, { 2020: 9000 }, { year: 2023, unit: '次' }).status).toBe('no-data');
  });

  it('a later period start (from) is honoured and named in the target', () => {
    const verdict = judge({ kind: 'cumulative', target: 100, from: 2023 }, { 2021: 1000, 2022: 1000, 2023: 30, 2024: 30 }, { year: 2024, unit: '人' });
    expect(verdict.value).toBe(60);
    expect(describeTarget(verdict.target, 'zh')).toBe('2023—2025年累计 ≥ 100 人');
    expect(describeTarget(verdict.target, 'en')).toBe('2023–2025 total ≥ 100 人');
  });
});
