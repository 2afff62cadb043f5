// Expands files and folders into a sorted list of files with the given extensions.
import fs from 'node:fs';
import path from 'node:path';

export function findFiles(paths: readonly string[], extensions: readonly string[], skipDirs: readonly string[] = []): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!skipDirs.includes(entry.name) && !entry.name.startsWith('.')) walk(full);
      } else if (extensions.some((ext) => entry.name.toLowerCase().endsWith(ext))) files.push(full);
    }
  };
  for (const p of paths) {
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
