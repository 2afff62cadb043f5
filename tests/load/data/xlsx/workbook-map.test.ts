import { describe, expect, it } from 'vitest';
import { decodeCell, decodeXml, readMergedRanges, readSheetList } from '../../../../src/load/data/xlsx/workbook-map.js';
import { readZipIndex, inflateEntry, writeZip } from '../../../../src/load/data/xlsx/zip.js';
import { crc32, deflateRawSync } from 'node:zlib';

describe('the workbook map', () => {
  it('lists sheets in workbook order with their state and part, relative or absolute targets, prefixed or not', () => {
    const workbook = `<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>
      <sheet name="A&amp;B 2024年" sheetId="3" r:id="rId2"/><sheet name="旧" sheetId="1" state="hidden" r:id="rId1"/>
      <x:sheet name="WPS" sheetId="4" state="veryHidden" r:id="rId3"/></sheets></workbook>`;
    const rels = `<Relationships><Relationship Id="rId1" Type="…/worksheet" Target="worksheets/sheet1.xml"/>
      <Relationship Id="rId2" Type="…/worksheet" Target="/xl/worksheets/sheet2.xml"/><Relationship Id="rId3" Target="worksheets/s3.xml"/></Relationships>`;
    expect(readSheetList(workbook, rels)).toEqual([
      { name: 'A&B 2024年', state: 'visible', part: 'xl/worksheets/sheet2.xml' },
      { name: '旧', state: 'hidden', part: 'xl/worksheets/sheet1.xml' },
      { name: 'WPS', state: 'veryHidden', part: 'xl/worksheets/s3.xml' },
    ]);
  });

  it('reads merged ranges from the end of a sheet and cell references in either order', () => {
    const xml = Buffer.from('<worksheet><sheetData/><mergeCells count="2"><mergeCell ref="A1:F1"/><mergeCell ref="$B$5:A3"/></mergeCells></worksheet>');
    expect(readMergedRanges(xml)).toEqual([
      { top: 1, left: 1, bottom: 1, right: 6 },
      { top: 3, left: 1, bottom: 5, right: 2 },
    ]);
    expect(decodeCell('AB12')).toEqual({ row: 12, column: 28 });
    expect(decodeCell('12AB')).toBeUndefined();
    expect(decodeXml('&lt;&#x4e00;&#20108;&quot;')).toBe('<一二"');
  });
});

describe('the zip reader', () => {
  it('reads back what it writes, and bounds inflation by the limit, not by the declared size', () => {
    const text = Buffer.from('x'.repeat(10_000));
    const zip = writeZip([
      { name: 'a.xml', method: 8, crc: crc32(text), size: text.length, data: deflateRawSync(text) },
      { name: 'lies.xml', method: 8, crc: 0, size: 10, data: deflateRawSync(text) },
    ]);
    const index = readZipIndex(zip);
    expect(index.ok).toBe(true);
    if (!index.ok) return;
    const a = inflateEntry(zip, index.entries.get('a.xml')!, 1_000_000);
    expect(a.ok && a.bytes.equals(text)).toBe(true);
    const lies = inflateEntry(zip, index.entries.get('lies.xml')!, 5_000);
    expect(lies).toMatchObject({ ok: false, found: 'more than 5 KiB' });
    expect(readZipIndex(zip.subarray(0, zip.length - 30))).toMatchObject({ ok: false });
  });
});
