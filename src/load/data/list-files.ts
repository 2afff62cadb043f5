// Expand the given paths into data files, in sorted order: files as given, folders searched recursively in name order.
import { dataFileText } from '../../i18n/diagnostics/data-files.js';
import { realpathSync } from 'node:fs';
import { guardText, readFailure } from '../../i18n/guard-messages.js';
import { findFiles } from '../find-files.js';
import type { DiagnosticSink } from './diagnostic-sink.js';

// Workbooks: .xlsx/.xlsm are read; .xls and WPS .et are listed so that they get a message rather than silence.
export const DATA_EXTENSIONS = ['.csv', '.tsv', '.txt', '.xlsx', '.xlsm', '.xls', '.et'];
/** Files in a data folder that are not data: read-me and notes, hidden files, Excel lock files. */
const NOT_DATA = /^(?:(?:readme|license|licence|changelog|notes?)(?:\.[^.]*)?|\..*|~\$.*)$/i;

/**
 * Files in reading order; a path read twice (also via a folder) is read once. The paths are taken in sorted order,
 * so the same files given in another order give the same results and messages.
 */
export async function listDataFiles(paths: readonly string[], sink: DiagnosticSink): Promise<string[]> {
  const files: string[] = [];
  const seen = new Map<string, string>();
  for (const path of [...paths].sort(byCodePoint)) {
    const { files: data, missing, refused } = findFiles([path], DATA_EXTENSIONS, { skipFile: (name) => NOT_DATA.test(name) });
    for (const refusal of refused) {
      const why = readFailure(refusal.code, refusal.detail);
      const problem = refusal.code === 'FIFO' || refusal.code === 'DEVICE' || refusal.code === 'SOCKET' ? guardText.notRegularInFolder(refusal.file, why) : guardText.unreadable(refusal.file, why);
      sink.add({ severity: 'error', code: 'file-unreadable', file: refusal.file, problem, found: why, expected: guardText.dataFileExpected });
    }
    if (missing.length > 0) {
      sink.add({ severity: 'error', code: 'file-not-found', file: path, problem: dataFileText.pathMissing(JSON.stringify(path)), found: path, expected: dataFileText.dataPathExpected });
      continue;
    }
    if (data.length === 0 && refused.length === 0) {
      const problem = dataFileText.noDataFiles(JSON.stringify(path));
      sink.add({ severity: 'warning', code: 'no-data-files', file: path, problem, found: dataFileText.noDataFilesFound, expected: dataFileText.dataFilesExpected });
    }
    for (const file of data) {
      const real = realOrSame(file);
      const first = seen.get(real);
      if (first === undefined) {
        seen.set(real, file);
        files.push(file);
      } else {
        sink.add({ severity: 'info', code: 'duplicate-file', file, problem: guardText.sameFileReadOnce(file, first), found: file, expected: dataFileText.eachFileOnce });
      }
    }
  }
  return files;
}

function realOrSame(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}

export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
