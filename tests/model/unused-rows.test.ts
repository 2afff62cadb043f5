import { describe, expect, it } from 'vitest';
import { UnusedRows } from '../../src/model/unused-rows.js';

describe('UnusedRows', () => {
  it('gives back every row with its file, line and reason, in order, past its first growth', () => {
    const rows = new UnusedRows();
    for (let line = 2; line < 1002; line++) rows.add(line % 2 ? 'b.csv' : 'a.csv', line, line % 3 ? 'unknown indicator "x"' : 'year outside the plan');
    expect(rows.length).toBe(1000);
    expect(rows.at(0)).toEqual({ file: 'a.csv', line: 2, reason: 'unknown indicator "x"' });
    expect(rows.at(1)).toEqual({ file: 'b.csv', line: 3, reason: 'year outside the plan' });
    expect(rows.at(999)).toEqual({ file: 'b.csv', line: 1001, reason: 'unknown indicator "x"' });
    expect([...rows].map((r) => r.line)).toEqual(Array.from({ length: 1000 }, (_, i) => i + 2));
    expect(rows.toArray(3)).toEqual([rows.at(0), rows.at(1), rows.at(2)]);
  });
});
