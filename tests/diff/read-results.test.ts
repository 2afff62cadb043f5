import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from '../../src/diff/json-position.js';
import { lineColumnAt, parseResultsText } from '../../src/diff/read-results.js';
import { resultsFile } from './make-results.js';

const valid = resultsFile(2024, [{ rule: 'R-1', status: 'pass', value: 1 }]);

describe('parseResultsText', () => {
  it('reads a results file, dropping fields it does not know', () => {
    const text = JSON.stringify({ ...valid, addedLater: true, results: [{ ...valid.results[0], alsoNew: 1 }] });
    const parsed = parseResultsText(text);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.results.results[0]!.rule).toBe('R-1');
      expect('alsoNew' in parsed.results.results[0]!).toBe(false);
    }
  });

  it('accepts a leading BOM', () => {
    expect(parseResultsText('\uFEFF' + JSON.stringify(valid)).ok).toBe(true);
  });

  it('names the line and column of a JSON syntax error', () => {
    const parsed = parseResultsText('{\n  "schemaVersion": 1,\n  "year": 2023\n  "results": []\n}\n');
    expect(parsed).toEqual({ ok: false, message: expect.objectContaining({ en: expect.stringMatching(/^not valid JSON: line 4, column 3: /) }) });
    expect(parsed).toEqual({ ok: false, message: expect.objectContaining({ zh: expect.stringMatching(/^不是有效的 JSON（第 4 行第 3 列）；/) }) });
  });

  it('says so for an empty file and for text that is not JSON', () => {
    expect(parseResultsText('')).toEqual({ ok: false, message: expect.objectContaining({ en: expect.stringMatching(/empty/) }) });
    expect(parseResultsText('hello')).toEqual({ ok: false, message: expect.objectContaining({ en: expect.stringMatching(/line 1, column 1/) }) });
  });

  it('names the path of a wrong-shaped field', () => {
    const text = JSON.stringify({ ...valid, results: [{ ...valid.results[0], status: 'great' }] });
    expect(parseResultsText(text)).toEqual({ ok: false, message: expect.objectContaining({ en: expect.stringContaining('$.results[0].status') }) });
    expect(parseResultsText(text)).toEqual({ ok: false, message: expect.objectContaining({ zh: expect.stringContaining('$.results[0].status：取值无效') }) });
    expect(parseResultsText('[]')).toEqual({ ok: false, message: expect.objectContaining({ en: expect.stringMatching(/^not a plancheck results file/) }) });
  });

  it('mentions a newer schemaVersion when the shape does not fit', () => {
    const parsed = parseResultsText(JSON.stringify({ schemaVersion: 9, year: 2024, rows: [] }));
    expect(parsed).toEqual({ ok: false, message: expect.objectContaining({ en: expect.stringContaining('schemaVersion 9 is newer') }) });
  });

  it('refuses a rule that appears twice', () => {
    const text = JSON.stringify({ ...valid, results: [valid.results[0], valid.results[0]] });
    expect(parseResultsText(text)).toEqual({ ok: false, message: expect.objectContaining({ en: expect.stringContaining('R-1 appears twice') }) });
  });
});

describe('jsonErrorOffset', () => {
  it.each([
    ['{"a": 1}', null],
    ['[1, 2,, 3]', 6],
    ['{"a": x}', 6],
    ['{"a": 1} x', 9],
    ['{"a": "x\\q"}', 9],
    ['{"a": [1, 2', 11],
    ['{"a": tru}', 6],
    ['-', 0],
    ['{"a": 1, }', 9],
    ['{"a" 1}', 5],
    ['[{"a": [1, {"b": [true, null]}]}, "x"]', null],
    ['[{"a": [1, {"b": [true, nul]}]}]', 24],
  ])('%s → %s', (text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
  });

  it('finds the end of 200,000 unclosed brackets without running out of stack', () => {
    expect(jsonErrorOffset('['.repeat(200_000))).toBe(200_000);
    expect(jsonErrorOffset('{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000))).toBeNull();
  });
});

describe('lineColumnAt', () => {
  it('counts lines and columns from 1', () => {
    expect(lineColumnAt('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumnAt('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
