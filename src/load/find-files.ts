// Expands files and folders into a sorted list of files with the given extensions.
import fs from 'node:fs';
import path from 'node:path';

/**
 * Names in code-point order: the same on every machine and locale (localeCompare is not, and its collator costs
 * a noticeable part of start-up to set up).
 */
function byName(a: fs.Dirent, b: fs.Dirent): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

export function findFiles(paths: readonly string[], extensions: readonly string[], skipDirs: readonly string[] = []): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort(byName)) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!skipDirs.includes(entry.name) && !entry.name.startsWith('.')) walk(full);
      } else if (extensions.some((ext) => entry.name.toLowerCase().endsWith(ext))) files.push(full);
    }
  };
  // Sorted, so the order paths are given in changes nothing downstream.
  for (const p of [...paths].sort()) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      missing.push(p);
      continue;
    }
    if (stat.isDirectory()) walk(p);
    else files.push(p);
  }
  return { files, missing };
}

/** Rule files: YAML under the given paths, leaving out `source` folders (the plans' published texts). */
export function findRuleFiles(paths: readonly string[]): { files: string[]; missing: string[] } {
  return findFiles(paths, ['.yaml', '.yml'], ['source']);
}
