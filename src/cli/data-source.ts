// Which data a command reads, and whether it is the bundled sample: invented figures must never pass for statistics.
import fs from 'node:fs';
import path from 'node:path';
import type { Lang } from '../i18n/format.js';
import { PACKAGE_ROOT } from './environment.js';
import { UsageError } from './exit-codes.js';
import type { Io } from './io.js';

export interface DataSource {
  paths: string[];
  /** True when every path is (inside) the sample data bundled with plancheck. */
  sample: boolean;
}

const SAMPLE_DIR = path.join(PACKAGE_ROOT, 'data');

function realPath(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

/** Present while the bundled data folder holds the sample; data/README.md says to delete it with the sample files. */
const SAMPLE_MARKER = '.plancheck-sample';

/** Inside the package's data folder while its sample marker is there: real figures put in its place are not labelled. */
function isSample(p: string, cwd: string): boolean {
  const sample = realPath(SAMPLE_DIR);
  const resolved = realPath(path.resolve(cwd, p));
  const inside = resolved === sample || resolved.startsWith(sample + path.sep);
  return inside && fs.existsSync(path.join(sample, SAMPLE_MARKER));
}

/**
 * Data files given → those. None given → ./data when the current folder has one. Otherwise the bundled
 * sample only when asked for with --sample; without it the command stops and says how to pass data.
 */
export function chooseDataSource(dataArgs: readonly string[], io: Pick<Io, 'cwd'>, options: { sample?: boolean; lang: Lang }): DataSource {
  if (options.sample) {
    if (dataArgs.length > 0) {
      throw new UsageError('sampleWithData', { files: dataArgs.join(', ') });
    }
    return { paths: [SAMPLE_DIR], sample: true };
  }
  if (dataArgs.length > 0) return { paths: [...dataArgs], sample: dataArgs.every((p) => isSample(p, io.cwd)) };
  if (fs.existsSync(path.join(io.cwd, 'data'))) return { paths: ['data'], sample: isSample('data', io.cwd) };
  throw new UsageError('noDataFolder', { cwd: io.cwd });
}
