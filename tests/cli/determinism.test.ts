// The same inputs give the same bytes: no timestamps, stable ordering, whatever order the files are named in.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

const dataFiles = fs.readdirSync(path.join(ROOT, 'data')).filter((f) => f.endsWith('.csv')).map((f) => path.join('data', f)).sort();

describe('evaluate output is byte-identical for the same inputs', () => {
  it.each(['json', 'csv', 'markdown', 'junit', 'table'])('%s: twice the same, and the same with the data files in reverse order', (format) => {
    const run = (files: string[]) => runCli(['evaluate', '--plans', 'plans', ...files, '--format', format]);
    const first = run(dataFiles);
    expect([0, 1]).toContain(first.status);
    expect(first.stdout.length).toBeGreaterThan(1000);
    expect(run(dataFiles).stdout).toBe(first.stdout);
    const reversed = run([...dataFiles].reverse());
    expect(reversed.stdout).toBe(first.stdout);
    expect(reversed.stderr).toBe(first.stderr);
  });
});
