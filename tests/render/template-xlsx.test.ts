import { describe, expect, it } from 'vitest';
import { sheetNames, valueRange } from '../../src/render/template-xlsx.js';

describe('template workbook', () => {
  it('makes lead units into valid, distinct sheet names (31 characters, no : \\ / ? * [ ])', () => {
    const long = '自治县某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某局';
    const names = sheetNames(['自治县卫生健康局', 'A/B:C', long, long, '填报说明']);
    expect(names[0]).toBe('自治县卫生健康局');
    expect(names[1]).toBe('A_B_C');
    expect(names[2]).toHaveLength(31);
    expect(names[3]).not.toBe(names[2]);
    expect(names[3]!.length).toBeLessThanOrEqual(31);
    expect(names[4]).not.toBe('填报说明');
  });

  it('validates values by the unit: percentages 0–100, per mille 0–1000, counts from 0 up', () => {
    expect(valueRange('%')).toEqual({ min: 0, max: 100 });
    expect(valueRange('‰')).toEqual({ min: 0, max: 1000 });
    expect(valueRange('/10万')).toEqual({ min: 0, max: 100_000 });
    expect(valueRange('人')).toEqual({ min: 0 });
  });
});
