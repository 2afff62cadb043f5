// Expand the given paths into data files: files as given, folders searched recursively in name order.
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { DiagnosticSink } from './diagnostic-sink.js';

const DATA_EXTENSIONS: ReadonlySet<string> = new Set(['.csv', '.tsv', '.txt']);
const NOT_DATA = /^(readme|license|licence|changelog|notes?)$/i;

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Files in reading order; a path read twice (also via a folder) is read once. */
export async function listDataFiles(paths: readonly string[], sink: DiagnosticSink): Promise<string[]> {
  const files: string[] = [];
  const seen = new Map<string, string>();
  const add = async (file: string): Promise<void> => {
    const real = await realpath(file).catch(() => file);
    const first = seen.get(real);
    if (first === undefined) {
      seen.set(real, file);
      files.push(file);
    } else {
      sink.report({ severity: 'info', code: 'duplicate-file', message: `${file} is the same file as ${first} and is read once`, file, found: file, expected: 'each file once' });
    }
  };
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (info === undefined) {
      sink.report({ severity: 'error', code: 'file-not-found', message: `path ${JSON.stringify(path)} does not exist; expected a CSV file or a folder of CSV files`, file: path, found: path, expected: 'an existing file or folder' });
    } else if (info.isDirectory()) {
      const found = await listFolder(path, new Set());
      if (found.length === 0) {
        sink.report({ severity: 'warning', code: 'no-data-files', message: `folder ${JSON.stringify(path)} has no .csv, .tsv or .txt files; expected data files in it`, file: path, found: 'no data files', expected: '*.csv, *.tsv or *.txt files' });
      }
      for (const file of found) await add(file);
    } else {
      await add(path);
    }
  }
  return files;
}

async function listFolder(folder: string, visited: Set<string>): Promise<string[]> {
  const real = await realpath(folder);
  if (visited.has(real)) return [];
  visited.add(real);
  const entries = (await readdir(folder)).sort(byName);
  const files: string[] = [];
  for (const name of entries) {
    if (name.startsWith('.') || name.startsWith('~$')) continue;
    const path = join(folder, name);
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) files.push(...(await listFolder(path, visited)));
    else if (info?.isFile() && isDataFileName(name)) files.push(path);
  }
  return files;
}

function isDataFileName(name: string): boolean {
  const ext = extname(name).toLowerCase();
  return DATA_EXTENSIONS.has(ext) && !NOT_DATA.test(basename(name, extname(name)));
}
