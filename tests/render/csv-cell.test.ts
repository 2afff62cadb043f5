// CSV cells that a spreadsheet would run as formulas are neutralised; numbers stay numbers.
import { describe, expect, it } from 'vitest';
import { csvCell, csvDocument, csvLine } from '../../src/render/csv-cell.js';

describe('CSV cells a spreadsheet would run as formulas', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+1+2', "'+1+2"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
  ])('%j is neutralised with a leading apostrophe', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it.each([['-3.5'], ['-12'], ['-1e5'], ['0'], ['12.25']])('the number %s stays a number', (number) => {
    expect(csvCell(number)).toBe(number);
    expect(csvCell(Number(number))).toBe(String(Number(number)));
  });

  it('a text that only contains a formula character later is left alone', () => {
    expect(csvCell('达标=是')).toBe('达标=是');
    expect(csvCell('a-b')).toBe('a-b');
  });

  it('quotes cells with a delimiter, a quote or a line break, and writes CRLF lines with an optional BOM', () => {
    expect(csvLine(['a,b', 'say "hi"', 'x\ny', null, 7])).toBe('"a,b","say ""hi""","x\ny",,7');
    expect(csvDocument(['a', 'b'], true)).toBe('\uFEFFa\r\nb\r\n');
  });
});
