// Expands files and folders into a sorted list of files with the given extensions, and says which it cannot read.
import fs from 'node:fs';
import path from 'node:path';
import { irregularKind, refusalOf, type ReadRefusal } from './read-guard.js';

/**
 * Names in code-point order: the same on every machine and locale (localeCompare is not, and its collator costs
 * a noticeable part of start-up to set up).
 */
function byName(a: fs.Dirent, b: fs.Dirent): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

export interface FoundFiles {
  files: string[];
  missing: string[];
  /** Files in the folders (or named) that cannot be read, with the reason: a link loop, a dangling link, no permission, a FIFO or device in a folder. */
  refused: ReadRefusal[];
  /** Files in the folders left out by name (`skipFile`), e.g. editor lock and backup files. */
  skipped: string[];
}

export interface FindOptions {
  skipDirs?: readonly string[];
  /** Names in a folder that are not read (a file named on the command line is always read). */
  skipFile?: (name: string) => boolean;
}

export function findFiles(paths: readonly string[], extensions: readonly string[], options: FindOptions = {}): FoundFiles {
  const found: FoundFiles = { files: [], missing: [], refused: [], skipped: [] };
  const wanted = (name: string) => extensions.some((ext) => name.toLowerCase().endsWith(ext));
  const walk = (dir: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true }).sort(byName);
    } catch (error) {
      found.refused.push(refusalOf(dir, error));
      return;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!options.skipDirs?.includes(entry.name) && !entry.name.startsWith('.')) walk(full);
        continue;
      }
      if (options.skipFile?.(entry.name)) {
        if (wanted(entry.name.replace(/[~#]+$/, ''))) found.skipped.push(full);
        continue;
      }
      if (!wanted(entry.name)) continue;
      if (entry.isFile()) {
        found.files.push(full);
        continue;
      }
      // A link, FIFO, device or socket: what it leads to decides.
      let stat: fs.Stats;
      try {
        stat = fs.statSync(full);
      } catch (error) {
        found.refused.push(refusalOf(full, error));
        continue;
      }
      const kind = irregularKind(stat);
      if (kind !== undefined) found.refused.push(refusalFor(full, kind));
      else if (stat.isFile()) found.files.push(full);
    }
  };
  // Sorted, so the order paths are given in changes nothing downstream.
  for (const p of [...paths].sort()) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch (error) {
      const refusal = refusalOf(p, error);
      if (refusal.code === 'ENOENT') found.missing.push(p);
      else found.refused.push(refusal);
      continue;
    }
    if (stat.isDirectory()) walk(p);
    else found.files.push(p);
  }
  return found;
}

function refusalFor(file: string, kind: string): ReadRefusal {
  return refusalOf(file, Object.assign(new Error(kind), { code: kind }));
}

/** Editor lock files (.#x.yaml), autosaves (#x.yaml#) and backups (x.yaml~) are not rule files. */
const EDITOR_FILE = /^\.#|^#.*#$|~$/;

/** Rule files: YAML under the given paths, leaving out `source` folders (the plans' published texts). */
export function findRuleFiles(paths: readonly string[]): FoundFiles {
  return findFiles(paths, ['.yaml', '.yml'], { skipDirs: ['source'], skipFile: (name) => EDITOR_FILE.test(name) });
}
