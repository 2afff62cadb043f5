// Golden files: every renderer's output for the mini fixture (one rule of each kind), byte for byte. A change to a
// renderer shows up here as a diff a reviewer can read; UPDATE_GOLDEN=1 npx vitest run tests/render/golden.test.ts
// writes the files anew after a deliberate change.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MINI, ROOT, runCli } from '../helpers/run-cli.js';

const GOLDEN = path.join(ROOT, 'tests', 'golden');
const base = ['--plans', MINI.plans, MINI.data, '--lang', 'zh'];

const cases: Array<[string, string[]]> = [
  ['evaluate.table.txt', ['evaluate', ...base, '--year', '2023']],
  ['evaluate.en.table.txt', ['evaluate', ...base, '--year', '2023', '--lang', 'en']],
  ['evaluate.json', ['evaluate', ...base, '--year', '2023', '--format', 'json']],
  ['evaluate.csv', ['evaluate', ...base, '--year', '2023', '--format', 'csv']],
  ['evaluate.md', ['evaluate', ...base, '--year', '2023', '--format', 'markdown']],
  ['evaluate.junit.xml', ['evaluate', ...base, '--year', '2023', '--format', 'junit']],
  ['explain.txt', ['explain', 'T-H-1', ...base, '--year', '2023']],
  ['list.table.txt', ['list', '--plans', MINI.plans, '--lang', 'zh']],
  ['list.csv', ['list', '--plans', MINI.plans, '--lang', 'zh', '--format', 'csv']],
  ['history.table.txt', ['history', ...base]],
  ['diff.table.txt', ['diff', '--from', '2022', '--to', '2023', ...base, '--all']],
  ['diff.md', ['diff', '--from', '2022', '--to', '2023', ...base, '--all', '--format', 'markdown']],
];

describe('renderer output matches its golden file', () => {
  it.each(cases)('%s', (name, args) => {
    const run = runCli(args, { env: { COLUMNS: '100' } });
    expect([0, 1], run.stderr).toContain(run.status);
    const file = path.join(GOLDEN, name);
    if (process.env.UPDATE_GOLDEN === '1') fs.writeFileSync(file, run.stdout);
    expect(fs.existsSync(file), `${name} is missing: run with UPDATE_GOLDEN=1 once`).toBe(true);
    expect(run.stdout).toBe(fs.readFileSync(file, 'utf8'));
  });
});
