// Target wording: everything the check demands is in the words, min_change and the 每年/年均 reading included.
import { describe, expect, it } from 'vitest';
import { describeTarget } from '../../src/i18n/targets.js';

describe('target wording', () => {
  it('a trend with min_change says how much change it needs', () => {
    const target = { code: 'trend_up', figures: { baselineYear: 2020, baseValue: 50, minChange: 1, unit: '%' } };
    expect(describeTarget(target, 'zh')).toBe('高于2020年(50%)，至少1个百分点');
    expect(describeTarget(target, 'en')).toBe('above 2020 (50%) by ≥ 1 pp');
    expect(describeTarget({ ...target, figures: { ...target.figures, minChange: 0 } }, 'zh')).toBe('高于2020年(50%)');
  });

  it('每年 and 年均 read differently', () => {
    const eachYear = { code: 'annual_change', figures: { direction: 'down', amount: 0.5, reading: 'each_year', unit: '%' } };
    const average = { code: 'annual_change', figures: { ...eachYear.figures, reading: 'average' } };
    expect(describeTarget(eachYear, 'zh')).toBe('每年降低≥0.5个百分点');
    expect(describeTarget(average, 'zh')).toBe('年均降低≥0.5个百分点');
    expect(describeTarget(eachYear, 'en')).toBe('fall ≥ 0.5 pp every year');
    expect(describeTarget(average, 'en')).toBe('fall ≥ 0.5 pp a year on average');
  });
});
