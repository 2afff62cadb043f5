// The files a cache entry is made from, added to its key: rule files, and data files up to a size limit.
import fs from 'node:fs';
import { DATA_EXTENSIONS } from '../load/data/list-files.js';
import { findFiles, findRuleFiles } from '../load/find-files.js';
import type { CacheKey } from './store.js';

/**
 * Data sets larger than this are never cached (neither loaded nor evaluated): their time goes to parsing, which
 * streams in bounded memory, while an entry would hold every row at once and take twice their size on disk.
 */
export const DATA_CACHE_MAX_BYTES = 8 * 1024 * 1024;

/** Adds every rule file under `paths`; false when a path is missing or holds none (the loader reports that). */
export function addRuleFiles(key: CacheKey, paths: readonly string[]): boolean {
  const { files, missing } = findRuleFiles(paths);
  if (missing.length > 0 || files.length === 0) return false;
  for (const file of files) key.addFile(file, fs.readFileSync(file));
  return true;
}

/** Adds every data file under `paths`; false when a path is missing or the files are over `maxBytes` together. */
export function addDataFiles(key: CacheKey, paths: readonly string[], maxBytes: number): boolean {
  const files: string[] = [];
  for (const path of [...paths].sort()) {
    const found = findFiles([path], DATA_EXTENSIONS);
    if (found.missing.length > 0) return false;
    key.add(`data path ${path}`, true);
    files.push(...found.files);
  }
  let bytes = 0;
  for (const file of files) if ((bytes += fs.statSync(file).size) > maxBytes) return false;
  for (const file of files) key.addFile(file, fs.readFileSync(file));
  return true;
}
