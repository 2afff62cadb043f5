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

describe('the bundled plans compiled at build time give what the YAML gives', () => {
  // Without --plans the CLI reads dist/plans.json; `--plans plans` names the same folder and goes through YAML and zod.
  it.each([
    ['evaluate table', ['evaluate']],
    ['evaluate json', ['evaluate', '--format', 'json']],
    ['explain', ['explain', 'W-HEALTH-4b', '--format', 'json']],
    ['history', ['history', 'C-SAFETY-M7b', 'W-HEALTH-3a', '--format', 'json']],
    ['diff --from', ['diff', '--from', '2023', '--to', '2024', '--all', '--format', 'json']],
    ['validate', ['validate']],
    ['list', ['list', '--format', 'csv']],
  ])('%s: the same bytes from the compiled model and from the YAML', (_name, args) => {
    const compiled = runCli(args);
    const fromYaml = runCli([...args, '--plans', 'plans']);
    expect(compiled.stdout.length).toBeGreaterThan(40);
    expect(compiled.stdout).toBe(fromYaml.stdout);
    expect(compiled.stderr).toBe(fromYaml.stderr);
    expect(compiled.status).toBe(fromYaml.status);
  });
});

describe('a run writes nothing but what --output names', () => {
  it.each([
    ['evaluate', ['evaluate']],
    ['evaluate --plans', ['evaluate', '--plans', MINI.plans, MINI.data]],
    ['explain', ['explain', 'W-HEALTH-4b']],
    ['history', ['history', 'W-HEALTH-4b']],
    ['diff --from', ['diff', '--from', '2023', '--to', '2024']],
    ['validate', ['validate']],
  ])('%s leaves the temporary folder empty', (_name, args) => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-tmpdir-'));
    try {
      const result = runCli(args, { env: { TMPDIR: tmp, TMP: tmp, TEMP: tmp } });
      expect([0, 1]).toContain(result.status);
      expect(fs.readdirSync(tmp)).toEqual([]);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
