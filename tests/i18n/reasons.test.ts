import { describe, expect, it } from 'vitest';
import { describeReason, REASON_CODES } from '../../src/i18n/reasons.js';

const figures = { value: 1, valueYear: 2024, year: 2024, deadline: 2025, projected: 2, baselineYear: 2020, missedYears: [2022], dipYears: [2022], maxDip: 1, averageChange: -0.4, other: 'ref', dimension: 'township', units: 3, pass: 1, atRisk: 1, fail: 1, noData: 0, failing: ['甲镇'], from: 2021, to: 2024, total: 36500, pace: 9125, missingYears: [], dimensionName: '乡镇（街道）', dimensionNameEn: 'township', listFile: '乡镇名单.csv', sites: 3, below: 1, missingCount: 1, belowSites: ['甲校'], belowValues: [0], missingSites: ['乙校'] };

describe('reason sentences', () => {
  it.each(REASON_CODES)('%s reads as a sentence in Chinese and in English, never as the bare code', (code) => {
    for (const lang of ['zh', 'en'] as const) {
      const sentence = describeReason({ reason: { code, figures }, target: { code: 'at_least', figures: { target: 70, unit: '%' } }, unit: '%' }, lang);
      expect(sentence).not.toBe(code);
      expect(sentence).not.toContain('undefined');
    }
  });
});
