// Read an .xlsx workbook: every visible sheet is a table read as a CSV file is, named `book.xlsx › sheet`.
// exceljs (large) is loaded here only, and this module only when a workbook is read.
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Readable } from 'node:stream';
import { SHEET_SEPARATOR } from '../../../model/location.js';
import type { Finding } from '../diagnostic-sink.js';
import type { LoadState } from '../load-state.js';
import { quote } from '../normalize-text.js';
import { cellText, type CellText, type CellValue } from './cell-text.js';
import { checkWorkbook } from './check-workbook.js';
import { XLSX_LIMITS, type XlsxLimits } from './limits.js';
import { SheetFeeder } from './sheet-feeder.js';
import type { SheetInfo } from './workbook-map.js';
import { size as sizeText } from './zip.js';

/** Sheets that explain how to fill the others in: skipped with a note, not read as data. */
const REBUILD = 'an .xlsx workbook as Excel or WPS saves it (open it and save it again)';
const INSTRUCTIONS = /^(?:填报说明|填表说明|说明|使用说明|instructions?|readme|notes?)$/i;

type WorkbookReaderClass = typeof import('exceljs').stream.xlsx.WorkbookReader;
let workbookReader: WorkbookReaderClass | undefined;

/**
 * Required at run time, outside the bundle (exceljs is CommonJS, many files, 23 MB), and only its streaming
 * reader: the whole library takes twice as long to load (writers, CSV, zip writers). exceljs is pinned (4.4.0).
 */
function loadWorkbookReader(): WorkbookReaderClass {
  return (workbookReader ??= createRequire(import.meta.url)('exceljs/lib/stream/xlsx/workbook-reader.js') as WorkbookReaderClass);
}

export async function loadWorkbook(state: LoadState, file: string, limits: XlsxLimits = XLSX_LIMITS): Promise<void> {
  const { sink } = state;
  const notes: Finding[] = [];
  const size = statSync(file).size;
  if (size > limits.fileBytes) {
    sink.add({ severity: 'error', code: 'workbook-too-large', file, problem: `workbook is ${sizeText(size)}, over the limit of ${sizeText(limits.fileBytes)}, and is not read`, found: sizeText(size), expected: `a workbook up to ${sizeText(limits.fileBytes)}; split it, or save its sheets as CSV files (no size limit)` });
    return;
  }
  const bytes = readFileSync(file);
  const checked = await checkWorkbook(file, bytes, limits);
  if (!checked.ok) return sink.add(checked.finding);
  const { sheets, merges } = checked.workbook;
  const toRead: SheetInfo[] = [];
  for (const sheet of sheets) {
    if (sheet.state !== 'visible') notes.push(skipped(file, `sheet ${quote(sheet.name)} is hidden and is not read`, 'a hidden sheet'));
    else if (INSTRUCTIONS.test(sheet.name.trim())) notes.push(skipped(file, `sheet ${quote(sheet.name)} holds instructions and is not read`, 'an instructions sheet'));
    else if (!checked.workbook.has(sheet)) notes.push({ severity: 'error', code: 'bad-workbook', file, problem: `sheet ${quote(sheet.name)} (part ${sheet.part || 'missing'}) is not in the workbook and is not read`, found: 'a missing sheet', expected: REBUILD });
    else if (checked.workbook.cutOff(sheet)) notes.push({ severity: 'error', code: 'bad-workbook', file, problem: `sheet ${quote(sheet.name)} is damaged (its content is cut off) and is not read`, found: 'a truncated sheet', expected: REBUILD });
    else toRead.push(sheet);
  }
  if (sheets.every((s) => s.state !== 'visible')) notes.push({ severity: 'error', code: 'empty-file', file, problem: 'workbook has no visible sheet', found: 'no visible sheet', expected: 'a visible sheet with a header row such as 指标,年份,数值 and data rows' });
  const WorkbookReader = loadWorkbookReader();
  const reader = new WorkbookReader(Readable.from(pieces(checked.workbook.zipFor(toRead))), { sharedStrings: 'cache', styles: 'cache', worksheets: 'emit', hyperlinks: 'ignore', entries: 'emit' });
  // The sheets arrive as sheet1.xml, sheet2.xml…: toRead's order.
  let index = -1;
  (reader as unknown as NodeJS.EventEmitter).on('entry', (entry: { type: string; id?: string }) => {
    if (entry.type === 'worksheet') index = Number(entry.id) - 1;
  });
  let rowsLeft = limits.rows;
  let stopped = false;
  let current: SheetFeeder | undefined;
  try {
    for await (const worksheet of reader) {
      const sheet = toRead[index];
      if (sheet === undefined) continue;
      const label = `${file}${SHEET_SEPARATOR}${sheet.name}`;
      sink.beginFile();
      current = new SheetFeeder(state, label, merges.get(sheet.part) ?? []);
      let rows = 0;
      // The reader's batches of XML events (one per piece read), not its row iterator: one await per batch, not per row.
      batches: for await (const events of (worksheet as unknown as { parse(): AsyncIterable<Array<{ eventType: string; value: unknown }>> }).parse()) {
        for (const event of events) {
          if (event.eventType !== 'row') continue;
          const row = event.value as ExcelRow;
          if (rowsLeft === 0) {
            stopped = true;
            sink.add({ severity: 'error', code: 'too-many-rows', file: label, line: row.number, problem: `the workbook has more than ${limits.rows.toLocaleString('en')} rows; row ${row.number} and all after it are not read`, found: `over ${limits.rows.toLocaleString('en')} rows`, expected: `at most ${limits.rows.toLocaleString('en')} rows in one workbook; split it, or save it as CSV (no row limit)` });
            break batches;
          }
          rowsLeft--;
          rows++;
          current.row(row.number, rowCells(row));
        }
      }
      if (rows === 0 && !stopped) notes.push(skipped(file, `sheet ${quote(sheet.name)} is empty`, 'an empty sheet'));
      else current.finish();
      sink.endFile(label);
      current = undefined;
      if (stopped) break;
    }
  } catch (error) {
    const message = (error as Error).message?.split('\n')[0] ?? String(error);
    const where = current?.label ?? file;
    sink.add({ severity: 'error', code: 'bad-workbook', file: where, problem: `the workbook cannot be read (${message}); what follows this point is not read`, found: 'damaged workbook content', expected: REBUILD });
    if (current !== undefined) sink.endFile(current.label);
  }
  sink.beginFile();
  for (const note of notes) sink.add(note);
}

interface ExcelRow {
  number: number;
  eachCell(callback: (cell: { value: unknown; numFmt?: string }, column: number) => void): void;
}

function rowCells(row: ExcelRow): Array<CellText | undefined> {
  const cells: Array<CellText | undefined> = [];
  row.eachCell((cell, column) => {
    cells[column - 1] = cellText(cell.value as CellValue, cell.numFmt);
  });
  return cells;
}

/**
 * The zip in pieces of 64 KiB: a stored part passes through the unzipper in the pieces it arrives in, and exceljs
 * parses each piece into one array of XML events (a whole sheet at once costs seconds of garbage collection).
 */
function* pieces(bytes: Buffer): Generator<Buffer> {
  for (let at = 0; at < bytes.length; at += 65536) yield bytes.subarray(at, at + 65536);
}

function skipped(file: string, problem: string, found: string): Finding {
  return { severity: 'info', code: 'sheet-skipped', file, problem, found, expected: 'visible sheets of data' };
}
