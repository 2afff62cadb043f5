import { describe, expect, it } from 'vitest';
import type { CellText } from '../../../../src/load/data/xlsx/cell-text.js';
import { SheetCells, isDateFormat } from '../../../../src/load/data/xlsx/sheet-cells.js';

function read(xml: string, pieceSize = 7, formats: Record<number, string> = {}, date1904 = false): Array<[number, Array<string | undefined>]> {
  const rows: Array<[number, Array<string | undefined>]> = [];
  const context = { sharedStrings: ['指标', { richText: [{ text: '住院' }, { text: '分娩率' }] }], numberFormat: (s: number) => formats[s], date1904 };
  const cells = new SheetCells(context, (line, row) => rows.push([line, Array.from(row, (c: CellText | undefined) => (c === undefined ? undefined : c.formula ? `(${c.formula})` : c.text))]));
  for (let at = 0; at < xml.length; at += pieceSize) cells.push(xml.slice(at, at + pieceSize));
  cells.end();
  return rows;
}

describe('SheetCells', () => {
  it('reads shared, inline, rich and escaped strings, numbers and booleans, whatever the piece boundaries', () => {
    const xml = `<worksheet><sheetData>
      <row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><r><t>A&amp;</t></r><r><t xml:space="preserve">B </t></r><rPh><t>ピ</t></rPh></is></c></row>
      <row r="3" spans="1:3"><c r="A3" t="s"><v>1</v></c><c r="B3"><v>0.955</v></c><c r="C3" t="b"><v>1</v></c><c r="D3" s="1"/></row>
      <row r="4"/>
    </sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>`;
    for (const size of [1, 7, 64, xml.length]) {
      expect(read(xml, size)).toEqual([
        [1, ['指标', undefined, 'A&B ']],
        [3, ['住院分娩率', '0.955', 'TRUE']],
      ]);
    }
  });

  it('reads prefixed elements, cells and rows without references, percentages and dates by their format (1904 system)', () => {
    const xml = `<x:worksheet><x:sheetData><x:row><x:c s="2"><x:v>0.95</x:v></x:c><x:c s="3"><x:v>43831</x:v></x:c><x:c s="4"><x:v>43830</x:v></x:c></x:row><x:row><x:c><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    expect(read(xml, 5, { 2: '0%', 3: 'yyyy"年"', 4: 'yyyy-mm-dd' }, true)).toEqual([
      [1, ['95%', '2024', '2024-01-01']],
      [2, ['7']],
    ]);
  });

  it('gives formulas their saved result and flags a missing or an error result', () => {
    const xml = `<sheetData><row r="2"><c r="A2"><f>B2*2</f><v>4</v></c><c r="B2"><f>1/0</f></c><c r="C2" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="D2" t="str"><f>T(1)</f><v>达标</v></c><c r="E2" t="e"><v>#N/A</v></c></row></sheetData>`;
    expect(read(xml)).toEqual([[2, ['4', '(no-result)', '(error-result)', '达标', '#N/A']]]);
  });

  it('skips a cell beyond Excel\'s last column instead of making a huge row', () => {
    expect(read('<row r="1"><c r="XFE1"><v>1</v></c><c r="B1"><v>2</v></c></row>')).toEqual([[1, [undefined, '2']]]);
  });

  it('knows date formats from others', () => {
    expect(isDateFormat('yyyy-mm-dd')).toBe(true);
    expect(isDateFormat('[$-F800]dddd')).toBe(true);
    expect(isDateFormat('0.0%')).toBe(false);
    expect(isDateFormat('"年"0')).toBe(false);
    expect(isDateFormat('[Red]0.00')).toBe(false);
  });
});
