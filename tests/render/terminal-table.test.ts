import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellWidth, fitColumns, joinToFit, renderTerminalTable } from '../../src/render/terminal-table.js';
import stringWidth from 'string-width';
import { displayWidth } from '../helpers/run-cli.js';

describe('renderTerminalTable (cli-table3)', () => {
  it('aligns CJK and ASCII cells, cuts long cells with … and keeps one line per row', () => {
    const text = renderTerminalTable(['编号', '指标'], [['W-HEALTH-1', '孕产妇死亡率很长很长'], ['C-1', 'line\nbreak']], [12, 11]);
    expect(text.split('\n')).toEqual(['编号        指标', 'W-HEALTH-1  孕产妇死…', 'C-1         line break']);
  });

  it('keeps colour codes of a cell that fits, and closes them', () => {
    const text = renderTerminalTable(['s'], [['\u001b[32m✓ 达标\u001b[39m']], [8]);
    expect(text).toContain('\u001b[32m✓ 达标\u001b[39m');
  });

  it('never draws a row wider than its column widths', () => {
    const piece = fc.constantFrom('a', '孕', '产', 'W-', '≥', '（', '%', ' ', '𠀀');
    fc.assert(
      fc.property(fc.array(fc.array(piece, { maxLength: 30 }).map((p) => p.join('')), { minLength: 3, maxLength: 3 }), fc.array(fc.integer({ min: 3, max: 20 }), { minLength: 3, maxLength: 3 }), (cells, widths) => {
        const out = renderTerminalTable(['a', 'b', 'c'], [cells], widths);
        for (const line of out.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(widths.reduce((x, y) => x + y, 0));
      }),
      { numRuns: 300 },
    );
  });
});

describe('fitColumns', () => {
  const columns = [
    { want: 15, min: 15 },
    { want: 40, min: 11, share: 3 },
    { want: 30, min: 13, share: 2 },
    { want: 12, min: 11 },
    { want: 9, min: 9 },
  ];

  it('gives every column what it wants when the terminal is wide enough', () => {
    expect(fitColumns(columns, 200)).toEqual([15, 40, 30, 12, 9]);
  });

  it('fits the width exactly by taking room from the shared columns first', () => {
    const widths = fitColumns(columns, 80);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(80);
    expect(widths[0]).toBe(15);
    expect(widths[4]).toBe(9);
    expect(widths[1]! + widths[2]!).toBe(80 - 15 - 12 - 9);
  });

  it('never goes under a column’s min, and never over the width while the mins fit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 59, max: 240 }), (width) => {
        const widths = fitColumns(columns, width);
        widths.forEach((w, i) => expect(w).toBeGreaterThanOrEqual(Math.min(columns[i]!.min, columns[i]!.want)));
        expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(width);
      }),
    );
  });
});

describe('joinToFit', () => {
  it('breaks a summary into lines no wider than the terminal', () => {
    const parts = ['✓ pass 129', '! at-risk 40', '✗ fail 14', '? no-data 4', '… not-assessed 71'];
    const lines = joinToFit('2024: 258 rules: ', parts, 80);
    expect(lines).toEqual(['2024: 258 rules: ✓ pass 129 · ! at-risk 40 · ✗ fail 14 · ? no-data 4', '  … not-assessed 71']);
    expect(joinToFit('2024年 共258项：', ['✓ 达标 129', '! 预警 40'], 80)).toEqual(['2024年 共258项：✓ 达标 129 · ! 预警 40']);
  });

  it('measures as string-width (what cli-table3 aligns by) does, colour codes and emoji included', () => {
    const piece = fc.constantFrom('a', ' ', '孕', '、', '（', '≥', '‰', '✓', '✗', '…', '\u0301', '\u0007', '𠀀', '😀', '\u001b[32m', '\u001b[39m', 'é', '！', '\ufe0f', '✔', '☕');
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }).map((p) => p.join('')), (text) => {
      expect(cellWidth(text)).toBe(stringWidth(text));
    }), { numRuns: 1000 });
  });

  it('measures CJK as two columns', () => {
    expect(cellWidth('孕产妇死亡率')).toBe(12);
    expect(cellWidth('\u001b[32m✓ 达标\u001b[39m')).toBe(6);
  });
});
