import { describe, expect, it } from 'vitest';
import { UnusedRows } from '../../src/model/unused-rows.js';

const unknown = () => ({ zh: '未知指标 "x"', en: 'unknown indicator "x"' });
const outside = () => ({ zh: '年份超出规划期', en: 'year outside the plan' });

describe('UnusedRows', () => {
  it('gives back every row with its file, line and reason, in order, past its first growth', () => {
    const rows = new UnusedRows();
    // A fresh reason object per row, as the loader makes them: each is stored once all the same.
    for (let line = 2; line < 1002; line++) rows.add(line % 2 ? 'b.csv' : 'a.csv', line, line % 3 ? unknown() : outside());
    expect(rows.length).toBe(1000);
    expect(rows.at(0)).toEqual({ file: 'a.csv', line: 2, reason: unknown() });
    expect(rows.at(1)).toEqual({ file: 'b.csv', line: 3, reason: outside() });
    expect(rows.at(999)).toEqual({ file: 'b.csv', line: 1001, reason: unknown() });
    expect(rows.at(0).reason).toBe(rows.at(2).reason);
    expect([...rows].map((r) => r.line)).toEqual(Array.from({ length: 1000 }, (_, i) => i + 2));
    expect(rows.toArray(3)).toEqual([rows.at(0), rows.at(1), rows.at(2)]);
  });

  it('keeps apart two reasons that share their English text but not their Chinese', () => {
    const rows = new UnusedRows();
    rows.add('a.csv', 2, { zh: '甲', en: 'same' });
    rows.add('a.csv', 3, { zh: '乙', en: 'same' });
    rows.add('a.csv', 4, { zh: '乙', en: 'same' });
    expect(rows.toArray().map((r) => r.reason.zh)).toEqual(['甲', '乙', '乙']);
  });
});
