// Before exceljs reads a workbook: is it a zip at all, does every part decompress within the limits, which sheets
// does it hold (names, visibility) and which cells of each are merged.
import type { Bilingual, Text } from '../../../i18n/bilingual.js';
import { workbookText } from '../../../i18n/diagnostics/workbooks.js';
import { crc32 } from 'node:zlib';
import type { Finding } from '../diagnostic-sink.js';
import type { XlsxLimits } from './limits.js';
import { SAVE_AS_XLSX } from './unsupported.js';
import { SheetScan, isCompleteSheet, readMergedRanges, readSheetList, type MergedRange, type SheetInfo } from './workbook-map.js';
import { compressedData, inflateEntry, readZipIndex, scanEntry, writeZip, type ZipPart } from './zip.js';

export interface CheckedWorkbook {
  sheets: SheetInfo[];
  merges: Map<string, MergedRange[]>;
  /** Whether the sheet's part is in the file. */
  has(sheet: SheetInfo): boolean;
  /** Whether the sheet's XML is cut off (no closing tag): a streaming parser would end quietly, losing rows. */
  cutOff(sheet: SheetInfo): boolean;
  /**
   * A zip of what exceljs's streaming reader needs, in the order it needs it (relationships, workbook, styles and
   * shared strings before any sheet: it misreads sheets that come first), the given sheets as sheet1.xml, sheet2.xml….
   */
  zipFor(sheets: readonly SheetInfo[]): Buffer;
}

const EMPTY_STRINGS = Buffer.from('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>');

const WHOLE_PART = 64 * 1024 * 1024;
const KEPT_PARTS = 128 * 1024 * 1024;
const READ_BY_EXCELJS = new Set(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/sharedStrings.xml']);

const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export async function checkWorkbook(file: string, bytes: Buffer, limits: XlsxLimits): Promise<{ ok: true; workbook: CheckedWorkbook } | { ok: false; finding: Finding }> {
  const fail = (problem: Bilingual, found: Text, expected: Bilingual = workbookText.asSaved) => ({ ok: false as const, finding: { severity: 'error' as const, code: 'bad-workbook', file, problem: workbookText.notRead(problem), found, expected } });
  // The container's own problems (zip.ts) are in English; one Chinese sentence covers them.
  const damaged = (en: string, found: string) => fail(workbookText.damaged(en), found);
  if (bytes.length === 0) return fail(workbookText.empty, workbookText.noContent, SAVE_AS_XLSX);
  if (bytes.subarray(0, 8).equals(OLE2)) return fail(workbookText.encrypted, workbookText.encryptedFound, workbookText.saveAsXlsxNoPassword);
  if (bytes.length < 30 || bytes.readUInt32LE(0) !== 0x04034b50) return fail(workbookText.notZip, workbookText.notZipFound, SAVE_AS_XLSX);
  const index = readZipIndex(bytes);
  if (!index.ok) return damaged(index.problem, index.found);
  const { entries } = index;
  let total = 0;
  const merges = new Map<string, MergedRange[]>();
  const cutOff = new Set<string>();
  // Parts up to this size are decompressed at once (faster) and, if exceljs reads them, kept so that it reads them
  // without decompressing again; larger ones are scanned as they decompress, never held whole.
  let kept = 0;
  const inflatedParts = new Map<string, Buffer>();
  for (const entry of entries.values()) {
    if (entry.name.endsWith('/')) continue;
    const limit = Math.min(limits.partBytes, limits.totalBytes - total);
    const isSheet = /^xl\/worksheets\/[^/]+\.xml$/.test(entry.name);
    if (entry.size <= WHOLE_PART && entry.size <= limit) {
      const inflated = inflateEntry(bytes, entry, entry.size);
      if (!inflated.ok) return damaged(inflated.problem, inflated.found);
      total += inflated.bytes.length;
      if (isSheet) {
        merges.set(entry.name, readMergedRanges(inflated.bytes));
        if (!isCompleteSheet(inflated.bytes)) cutOff.add(entry.name);
      }
      if ((isSheet || READ_BY_EXCELJS.has(entry.name)) && kept + entry.size <= KEPT_PARTS) {
        kept += entry.size;
        inflatedParts.set(entry.name, inflated.bytes);
      }
      continue;
    }
    const sheet = isSheet ? new SheetScan() : undefined;
    const scanned = await scanEntry(bytes, entry, limit, sheet && ((piece) => sheet.push(piece)));
    if (!scanned.ok) return damaged(scanned.problem, scanned.found);
    total += scanned.size;
    if (sheet !== undefined) {
      merges.set(entry.name, sheet.mergedRanges());
      if (!sheet.complete()) cutOff.add(entry.name);
    }
  }
  const workbookXml = inflatedParts.get('xl/workbook.xml');
  const relsXml = inflatedParts.get('xl/_rels/workbook.xml.rels');
  if (workbookXml === undefined || relsXml === undefined) return fail(workbookText.zipNotWorkbook, workbookText.zipNotWorkbookFound, SAVE_AS_XLSX);
  const sheets = readSheetList(workbookXml.toString('utf8'), relsXml.toString('utf8'));
  const part = (name: string, as = name): ZipPart | undefined => {
    const entry = entries.get(name);
    if (entry === undefined) return undefined;
    const inflated = inflatedParts.get(name);
    if (inflated !== undefined) return { name: as, method: 0, crc: entry.crc, size: inflated.length, data: inflated };
    const data = compressedData(bytes, entry);
    return data && { name: as, method: entry.method, crc: entry.crc, size: entry.size, data };
  };
  const zipFor = (chosen: readonly SheetInfo[]): Buffer => {
    const strings = part('xl/sharedStrings.xml') ?? { name: 'xl/sharedStrings.xml', method: 0, crc: crc32(EMPTY_STRINGS), size: EMPTY_STRINGS.length, data: EMPTY_STRINGS };
    const head = [part('xl/_rels/workbook.xml.rels'), part('xl/workbook.xml'), part('xl/styles.xml'), strings];
    const body = chosen.map((sheet, i) => part(sheet.part, `xl/worksheets/sheet${i + 1}.xml`));
    return writeZip([...head, ...body].filter((p): p is ZipPart => p !== undefined));
  };
  return { ok: true, workbook: { sheets, merges, has: (sheet) => entries.has(sheet.part), cutOff: (sheet) => cutOff.has(sheet.part), zipFor } };
}
