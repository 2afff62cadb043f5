import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summarize } from '../../src/evaluate/evaluate-plans.js';
import { displayWidth, runCli } from '../helpers/run-cli.js';

const FIXTURES = 'tests/fixtures/diff';
const PLANS = ['--plans', `${FIXTURES}/plans`];
const DATA = `${FIXTURES}/data.csv`;
const plancheck = (args: string[]) => runCli(args, { env: { COLUMNS: '80' } });

let dir: string;
const file = (name: string) => path.join(dir, name);
const evaluate = (year: number, name: string, extra: string[] = []) => {
  const run = plancheck(['evaluate', ...PLANS, '--year', String(year), '--format', 'json', '--output', file(name), ...extra, DATA]);
  expect(run.status, run.stderr).not.toBe(3);
};
const changesOf = (stdout: string) => (JSON.parse(stdout) as { changes: unknown[] }).changes;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-diff-'));
  evaluate(2023, 'a.json');
  evaluate(2024, 'b.json');
  evaluate(2023, 'demo.json', ['--plan', 'demo-2021-2025']);
  evaluate(2024, 'other.json', ['--plan', 'other-2021-2025']);
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('plancheck diff', () => {
  it('prints the same transitions from two results files as from --from/--to', () => {
    const fromFiles = plancheck(['diff', file('a.json'), file('b.json'), '--format', 'json', '--all', '--lang', 'en']);
    const onTheSpot = plancheck(['diff', ...PLANS, '--from', '2023', '--to', '2024', '--format', 'json', '--all', '--lang', 'en', DATA]);
    expect(fromFiles.status).toBe(0);
    expect(onTheSpot.status).toBe(0);
    expect(changesOf(onTheSpot.stdout)).toEqual(changesOf(fromFiles.stdout));
    const table = (args: string[]) => plancheck(['diff', ...args, '--lang', 'en']).stdout.split('\n').slice(0, -2).join('\n');
    expect(table([...PLANS, '--from', '2023', '--to', '2024', DATA])).toBe(table([file('a.json'), file('b.json')]));
  });

  it('reads evaluate’s JSON for every rule kind (the mini fixture has one of each)', () => {
    const mini = ['--plans', 'tests/fixtures/mini/plans'];
    for (const year of [2022, 2023]) plancheck(['evaluate', ...mini, 'tests/fixtures/mini/data', '--year', String(year), '--format', 'json', '--output', file(`mini-${year}.json`)]);
    const fromFiles = plancheck(['diff', file('mini-2022.json'), file('mini-2023.json'), '--format', 'json', '--all']);
    const onTheSpot = plancheck(['diff', ...mini, '--from', '2022', '--to', '2023', 'tests/fixtures/mini/data', '--format', 'json', '--all']);
    expect(fromFiles.stderr).toBe('');
    expect(JSON.parse(fromFiles.stdout).summary.total).toBe(16);
    expect(changesOf(onTheSpot.stdout)).toEqual(changesOf(fromFiles.stdout));
  });

  it('reports regressions first, then improvements and other changes, and counts the unchanged', () => {
    const run = plancheck(['diff', file('a.json'), file('b.json'), '--lang', 'en']);
    // O-HEALTH-1 has values for 2020 and 2024 only: in 2023 it is no-data (the 2020 value is not judged), so its 2024 pass is data gained.
    expect(run.stdout).toMatch(/Regressed \(1\)[\s\S]*D-HEALTH-1[\s\S]*Improved \(2\)[\s\S]*D-EDU-1[\s\S]*Other changes \(3\)[\s\S]*D-EDU-3[\s\S]*O-HEALTH-1/);
    expect(run.stdout).toContain('✓ pass → ! at-risk');
    expect(run.stdout).toContain('3.4‰ → 3.8‰ (+0.4,');
    expect(run.stdout).toContain('1 rule unchanged (--all lists them)');
    expect(run.stdout).not.toContain('D-HEALTH-3');
  });

  it('fits an 80-column terminal in both languages', () => {
    for (const lang of ['zh', 'en']) {
      // Named relative to the folder they are in: the width must not depend on how long the temporary path is.
      const run = runCli(['diff', 'a.json', 'b.json', '--all', '--lang', lang], { cwd: dir, env: { COLUMNS: '80' } });
      expect(run.status, run.stderr).toBe(0);
      for (const line of run.stdout.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
    }
  });

  it('exits 1 with --fail-on-regression when a status got worse, 0 without a regression', () => {
    expect(plancheck(['diff', file('a.json'), file('b.json'), '--fail-on-regression']).status).toBe(1);
    expect(plancheck(['diff', file('a.json'), file('b.json')]).status).toBe(0);
    expect(plancheck(['diff', file('a.json'), file('b.json'), '--fail-on-regression', '--plan', 'other-2021-2025']).status).toBe(0);
    expect(plancheck(['diff', ...PLANS, '--from', '2023', '--to', '2024', '--fail-on-regression', DATA]).status).toBe(1);
  });

  it('exits 2 on a file with a JSON syntax error, naming the file, line and column', () => {
    const run = plancheck(['diff', `${FIXTURES}/corrupt.json`, file('b.json'), '--lang', 'en']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${FIXTURES}/corrupt.json: not valid JSON: line 5, column 3`);
    expect(plancheck(['diff', `${FIXTURES}/corrupt.json`, file('b.json')]).stderr).toContain(`${FIXTURES}/corrupt.json: 不是有效的 JSON（第 5 行第 3 列）`);
  });

  it('exits 2 on valid JSON that is not a results file, naming the file and the field', () => {
    const run = plancheck(['diff', file('a.json'), `${FIXTURES}/wrong-shape.json`, '--lang', 'en']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${FIXTURES}/wrong-shape.json: not a plancheck results file`);
    expect(plancheck(['diff', file('a.json'), `${FIXTURES}/wrong-shape.json`]).stderr).toContain(`${FIXTURES}/wrong-shape.json: 不是 plancheck 结果文件：$.results[0].domain：缺少必填字段`);
    expect(run.stderr).toContain('$.results[0]');
  });

  it('exits 2 on a missing file and on results of plans with nothing in common', () => {
    const missing = plancheck(['diff', file('a.json'), file('nope.json'), '--lang', 'en']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('nope.json: no such file');
    const disjoint = plancheck(['diff', file('demo.json'), file('other.json')]);
    expect(disjoint.status).toBe(2);
    expect(disjoint.stderr).toMatch(/demo\.json 与 .*other\.json 没有共同的规划（demo-2021-2025 对 other-2021-2025）/);
  });

  it('compares files whose rule sets differ, and says what differs', () => {
    const b = JSON.parse(fs.readFileSync(file('b.json'), 'utf8'));
    b.addedLater = { anything: true };
    b.results = b.results.filter((r: { rule: string }) => r.rule !== 'D-EDU-2');
    b.summary = summarize(b.results);
    fs.writeFileSync(file('b2.json'), JSON.stringify(b));
    const run = plancheck(['diff', file('a.json'), file('b2.json'), '--lang', 'en', '--format', 'json']);
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.notes.map((n: { code: string }) => n.code)).toEqual(expect.arrayContaining(['rules-only-in-old']));
    expect(json.changes).toContainEqual(expect.objectContaining({ rule: 'D-EDU-2', change: 'removed', to: null }));
  });

  it('writes markdown and csv, and --output atomically', () => {
    const markdown = plancheck(['diff', file('a.json'), file('b.json'), '--format', 'markdown', '--lang', 'zh']);
    expect(markdown.stdout).toMatch(/^## 规划目标年度对比：2023年 → 2024年/);
    expect(markdown.stdout).toContain('| `D-HEALTH-1` | 演示死亡率 | ≤ 3.5‰ | ✓ 达标 → ! 预警 | 3.4‰ → 3.8‰（+0.4，变差） | 2.36 → 3.08（+0.72，变差） |');
    const csv = plancheck(['diff', file('a.json'), file('b.json'), '--format', 'csv', '--all']);
    expect(csv.stdout.trimEnd().split('\r\n')).toHaveLength(8);
    expect(csv.stdout).toContain(',D-HEALTH-1,');
    // The indicator's name is in the output language, as the status words are.
    const rowOf = (lang: string) => plancheck(['diff', file('a.json'), file('b.json'), '--format', 'csv', '--all', '--lang', lang]).stdout.split('\r\n').find((l) => l.includes(',D-HEALTH-1,'));
    expect(rowOf('en')).toContain(',demo_mortality,Demo mortality,');
    expect(rowOf('zh')).toContain(',demo_mortality,演示死亡率,');
    const written = plancheck(['diff', file('a.json'), file('b.json'), '--format', 'json', '--output', file('diff.json')]);
    expect(written.stdout).toBe('');
    expect(JSON.parse(fs.readFileSync(file('diff.json'), 'utf8')).summary.regressed).toBe(1);
    expect(plancheck(['diff', file('a.json'), file('b.json'), '--output', file('a.json')]).status).toBe(2);
  });

  it('needs two files, or --from', () => {
    expect(plancheck(['diff', file('a.json')]).status).toBe(2);
    expect(plancheck(['diff', ...PLANS, '--to', '2024', DATA]).stderr).toContain('--to 需要与 --from <年份> 一起使用');
    expect(plancheck(['diff', ...PLANS, '--to', '2024', DATA, '--lang', 'en']).stderr).toContain('--to needs --from');
    expect(plancheck(['diff', file('a.json'), file('b.json'), '--format', 'junit']).status).toBe(2);
  });
});
