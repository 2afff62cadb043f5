// The same inputs give the same bytes: no timestamps, stable ordering, whatever order the files are named in.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MINI, ROOT, runCli } from '../helpers/run-cli.js';

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

describe('the caches change nothing but speed', () => {
  it.each(['table', 'json', 'csv', 'markdown', 'junit'])('%s: a cold run, the run that fills the caches and a warm run print the same bytes', (format) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-determinism-cache-'));
    const cacheDir = path.join(dir, 'cache');
    // A row plancheck cannot use: its warning on stderr must come back from the cache too.
    const data = path.join(dir, 'mini.csv');
    fs.writeFileSync(data, `${fs.readFileSync(path.join(ROOT, MINI.data, 'mini.csv'), 'utf8')}no_such_indicator,2023,5,,\n`);
    const run = (env: Record<string, string>) => runCli(['evaluate', '--plans', MINI.plans, data, '--year', '2023', '--format', format], { env });
    const cold = run({ PLANCHECK_CACHE: '0' });
    expect(cold.stderr).toContain('no_such_indicator');
    const filling = run({ PLANCHECK_CACHE_DIR: cacheDir });
    expect(fs.readdirSync(cacheDir).map((name) => name.split('-')[0]).sort()).toEqual(['data', 'evaluation', 'plans']);
    const warm = run({ PLANCHECK_CACHE_DIR: cacheDir });
    for (const result of [filling, warm]) {
      expect(result.stdout).toBe(cold.stdout);
      expect(result.stderr).toBe(cold.stderr);
      expect(result.status).toBe(cold.status);
    }
  });

  it.each([
    ['explain', ['explain', 'T-H-1', '--plans', MINI.plans, MINI.data]],
    ['history', ['history', '--plans', MINI.plans, MINI.data, '--format', 'json']],
    ['diff --from', ['diff', '--from', '2022', '--to', '2023', '--plans', MINI.plans, MINI.data, '--all']],
    ['validate', ['validate', '--plans', MINI.plans, MINI.data]],
  ])('%s: the cached plans and data give the same output as a cold run', (_name, args) => {
    const cacheDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-determinism-cache-')), 'cache');
    const run = (env: Record<string, string>) => runCli(args, { env });
    const cold = run({ PLANCHECK_CACHE: '0' });
    expect(cold.stdout.length).toBeGreaterThan(40);
    const filling = run({ PLANCHECK_CACHE_DIR: cacheDir });
    expect(fs.readdirSync(cacheDir).map((name) => name.split('-')[0]).sort()).toEqual(['data', 'plans']);
    const warm = run({ PLANCHECK_CACHE_DIR: cacheDir });
    for (const result of [filling, warm]) {
      expect(result.stdout).toBe(cold.stdout);
      expect(result.stderr).toBe(cold.stderr);
      expect(result.status).toBe(cold.status);
    }
  });
});
