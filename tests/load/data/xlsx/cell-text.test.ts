import { describe, expect, it } from 'vitest';
import { cellText, isPercentFormat } from '../../../../src/load/data/xlsx/cell-text.js';

describe('cellText', () => {
  it('reads a percentage-formatted number as the percentage it shows', () => {
    expect(cellText(0.95, '0%').text).toBe('95%');
    expect(cellText(0.955, '0.0%').text).toBe('95.5%');
    expect(cellText(0.95, '0.00').text).toBe('0.95');
    expect(cellText(95, 'General').text).toBe('95');
  });

  it('tells a percent format from a quoted or escaped % sign', () => {
    expect(isPercentFormat('0.0%')).toBe(true);
    expect(isPercentFormat('0"%"')).toBe(false);
    expect(isPercentFormat('0\\%')).toBe(false);
    expect(isPercentFormat(undefined)).toBe(false);
  });

  it('keeps the 15 significant digits Excel shows, so float noise from formulas disappears', () => {
    expect(cellText(0.1 + 0.2, undefined).text).toBe('0.3');
    expect(cellText(12.345678901234567, undefined).text).toBe('12.3456789012346');
    expect(cellText(-0, undefined).text).toBe('0');
  });

  it('gives a formula its saved result, and flags a missing or an error result', () => {
    expect(cellText({ formula: 'B2*100', result: 97.5 }, undefined)).toEqual({ text: '97.5' });
    expect(cellText({ formula: 'B2', result: 0.9 }, '0%')).toEqual({ text: '90%' });
    expect(cellText({ formula: 'B2' }, undefined)).toEqual({ text: '', formula: 'no-result' });
    expect(cellText({ formula: 'B2/0', result: Number.NaN }, undefined)).toEqual({ text: '', formula: 'error-result' });
  });

  it('reads text, rich text, booleans, error values and dates as they show', () => {
    expect(cellText('９５．５', undefined).text).toBe('９５．５');
    expect(cellText({ richText: [{ text: '草海' }, { text: '镇' }] }, undefined).text).toBe('草海镇');
    expect(cellText(true, undefined).text).toBe('TRUE');
    expect(cellText({ error: '#N/A' }, undefined).text).toBe('#N/A');
    expect(cellText(new Date(Date.UTC(2024, 0, 1)), 'yyyy"年"').text).toBe('2024');
    expect(cellText(new Date(Date.UTC(2024, 5, 30)), 'yyyy-mm-dd').text).toBe('2024-06-30');
    expect(cellText(null, undefined).text).toBe('');
  });
});
