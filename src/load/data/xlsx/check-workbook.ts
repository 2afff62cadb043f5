// Before exceljs reads a workbook: is it a zip at all, does every part decompress within the limits, which sheets
// does it hold (names, visibility) and which cells of each are merged.
import type { Finding } from '../diagnostic-sink.js';
import type { XlsxLimits } from './limits.js';
import { SAVE_AS_XLSX } from './unsupported.js';
import { readMergedRanges, readSheetList, type MergedRange, type SheetInfo } from './workbook-map.js';
import { inflateEntry, readZipIndex } from './zip.js';

export interface CheckedWorkbook {
  sheets: SheetInfo[];
  merges: Map<string, MergedRange[]>;
}

const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export function checkWorkbook(file: string, bytes: Buffer, limits: XlsxLimits): { ok: true; workbook: CheckedWorkbook } | { ok: false; finding: Finding } {
  const fail = (problem: string, found: string, expected = 'an .xlsx workbook as Excel or WPS saves it') => ({ ok: false as const, finding: { severity: 'error' as const, code: 'bad-workbook', file, problem: `${problem}; the workbook is not read`, found, expected } });
  if (bytes.length === 0) return fail('file is empty', 'no content', SAVE_AS_XLSX);
  if (bytes.subarray(0, 8).equals(OLE2)) {
    return fail('file is password-protected, or an old .xls workbook renamed to .xlsx', 'an encrypted or .xls file', `${SAVE_AS_XLSX}, without a password`);
  }
  if (bytes.length < 30 || bytes.readUInt32LE(0) !== 0x04034b50) return fail('file is not an .xlsx workbook (it does not start as a zip container does)', 'not a zip file', SAVE_AS_XLSX);
  const index = readZipIndex(bytes);
  if (!index.ok) return fail(index.problem, index.found);
  const { entries } = index;
  let total = 0;
  const parts = new Map<string, Buffer>();
  const merges = new Map<string, MergedRange[]>();
  // Every part is decompressed once here, so that a damaged or oversized one is found before exceljs streams it.
  for (const entry of entries.values()) {
    if (entry.name.endsWith('/')) continue;
    const inflated = inflateEntry(bytes, entry, Math.min(limits.partBytes, limits.totalBytes - total));
    if (!inflated.ok) return fail(inflated.problem, inflated.found);
    total += inflated.bytes.length;
    if (/^xl\/(?:workbook\.xml|_rels\/workbook\.xml\.rels)$/.test(entry.name)) parts.set(entry.name, inflated.bytes);
    else if (entry.name.startsWith('xl/worksheets/')) merges.set(entry.name, readMergedRanges(inflated.bytes));
  }
  const workbookXml = parts.get('xl/workbook.xml');
  const relsXml = parts.get('xl/_rels/workbook.xml.rels');
  if (workbookXml === undefined || relsXml === undefined) return fail('file is a zip archive but not a workbook (it has no xl/workbook.xml)', 'a zip without a workbook', SAVE_AS_XLSX);
  const sheets = readSheetList(workbookXml.toString('utf8'), relsXml.toString('utf8'));
  return { ok: true, workbook: { sheets, merges } };
}
