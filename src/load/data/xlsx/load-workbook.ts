// Read an .xlsx workbook: every visible sheet is a table read as a CSV file is, named `book.xlsx › sheet`.
// exceljs (large) is loaded here only, and this module only when a workbook is read.
import type { Bilingual } from '../../../i18n/bilingual.js';
import { workbookText } from '../../../i18n/diagnostics/workbooks.js';
import { statSync } from 'node:fs';
import { guardText, readFailure } from '../../../i18n/guard-messages.js';
import { readBounded, refusalOf } from '../../read-guard.js';
import { createRequire } from 'node:module';
import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { SHEET_SEPARATOR } from '../../../model/location.js';
import type { Finding } from '../diagnostic-sink.js';
import type { LoadState } from '../load-state.js';
import { quote } from '../normalize-text.js';
import { checkWorkbook } from './check-workbook.js';
import { XLSX_LIMITS, type XlsxLimits } from './limits.js';
import { SheetCells, type SheetContext } from './sheet-cells.js';
import { SheetFeeder } from './sheet-feeder.js';
import type { SheetInfo } from './workbook-map.js';
import { size as sizeText } from './zip.js';

/** Sheets that explain how to fill the others in: skipped with a note, not read as data. */
const REBUILD = workbookText.rebuild;
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
    sink.add({ severity: 'error', code: 'workbook-too-large', file, problem: workbookText.tooLarge(sizeText(size), sizeText(limits.fileBytes)), found: sizeText(size), expected: workbookText.upTo(sizeText(limits.fileBytes)) });
    return;
  }
  // Bounded, so a FIFO or device named with an .xlsx name cannot hang the run or fill memory.
  let bytes: Buffer;
  try {
    bytes = readBounded(file, { maxBytes: limits.fileBytes });
  } catch (error) {
    const refusal = refusalOf(file, error);
    const why = readFailure(refusal.code, refusal.detail);
    return sink.add({ severity: 'error', code: 'file-unreadable', file, problem: guardText.unreadable(file, why), found: why, expected: guardText.dataFileExpected });
  }
  const checked = await checkWorkbook(file, bytes, limits);
  if (!checked.ok) return sink.add(checked.finding);
  const { sheets, merges } = checked.workbook;
  const toRead: SheetInfo[] = [];
  for (const sheet of sheets) {
    if (sheet.state !== 'visible') notes.push(skipped(file, workbookText.hiddenSheet(quote(sheet.name)), workbookText.hiddenFound));
    else if (INSTRUCTIONS.test(sheet.name.trim())) notes.push(skipped(file, workbookText.instructionsSheet(quote(sheet.name)), workbookText.instructionsFound));
    else if (!checked.workbook.has(sheet)) notes.push({ severity: 'error', code: 'bad-workbook', file, problem: workbookText.missingSheet(quote(sheet.name), sheet.part), found: workbookText.missingSheetFound, expected: REBUILD });
    else if (checked.workbook.cutOff(sheet)) notes.push({ severity: 'error', code: 'bad-workbook', file, problem: workbookText.cutOffSheet(quote(sheet.name)), found: workbookText.cutOffFound, expected: REBUILD });
    else toRead.push(sheet);
  }
  if (sheets.every((s) => s.state !== 'visible')) notes.push({ severity: 'error', code: 'empty-file', file, problem: workbookText.noVisibleSheet, found: workbookText.noVisibleFound, expected: workbookText.visibleSheet });
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
      const feeder = current;
      const cells = new SheetCells(context(reader), (line, row) => {
        if (stopped) return;
        if (rowsLeft === 0) {
          stopped = true;
          sink.add({ severity: 'error', code: 'too-many-rows', file: label, line, problem: workbookText.tooManyRows(limits.rows.toLocaleString('en'), line), found: workbookText.overRows(limits.rows.toLocaleString('en')), expected: workbookText.atMostRows(limits.rows.toLocaleString('en')) });
          return;
        }
        rowsLeft--;
        rows++;
        feeder.row(line, row);
      });
      const decoder = new StringDecoder('utf8');
      // exceljs unzips the sheet and has read the shared strings and styles; its cells are read by SheetCells.
      for await (const piece of (worksheet as unknown as { iterator: AsyncIterable<Buffer | string> }).iterator) {
        cells.push(typeof piece === 'string' ? piece : decoder.write(piece));
        if (stopped) break;
      }
      if (!stopped) cells.push(decoder.end());
      if (rows === 0 && !stopped) notes.push(skipped(file, workbookText.emptySheet(quote(sheet.name)), workbookText.emptySheetFound));
      else current.finish();
      sink.endFile(label);
      current = undefined;
      if (stopped) break;
    }
  } catch (error) {
    const message = (error as Error).message?.split('\n')[0] ?? String(error);
    const where = current?.label ?? file;
    sink.add({ severity: 'error', code: 'bad-workbook', file: where, problem: workbookText.cannotRead(message), found: workbookText.damagedFound, expected: REBUILD });
    if (current !== undefined) sink.endFile(current.label);
  }
  sink.beginFile();
  for (const note of notes) sink.add(note);
}

/** What exceljs's reader has read before the sheets: shared strings, styles, the 1904 date system. */
function context(reader: unknown): SheetContext {
  const r = reader as { sharedStrings?: unknown[]; styles?: { getStyleModel(id: number): { numFmt?: string } | null }; properties?: { model?: { date1904?: boolean } } };
  return {
    sharedStrings: r.sharedStrings ?? [],
    numberFormat: (style) => r.styles?.getStyleModel(style)?.numFmt,
    date1904: r.properties?.model?.date1904 === true,
  };
}

/**
 * The zip in pieces of 64 KiB: a stored part passes through the unzipper in the pieces it arrives in, and exceljs
 * parses each piece into one array of XML events (a whole sheet at once costs seconds of garbage collection).
 */
function* pieces(bytes: Buffer): Generator<Buffer> {
  for (let at = 0; at < bytes.length; at += 65536) yield bytes.subarray(at, at + 65536);
}

function skipped(file: string, problem: Bilingual, found: Bilingual): Finding {
  return { severity: 'info', code: 'sheet-skipped', file, problem, found, expected: workbookText.visibleSheets };
}
