// Wrong inputs stop with exit 2 and say what exists, instead of printing a clean-looking table.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MINI, ROOT, runCli } from '../helpers/run-cli.js';

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-checks-'));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));
const folder = (name: string, files: Record<string, string> = {}) => {
  const dir = path.join(temp, name);
  fs.mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, file), text);
  return dir;
};
const miniRows = fs.readFileSync(path.join(ROOT, MINI.data, 'mini.csv'), 'utf8');

describe('no data rows', () => {
  it.each([
    ['an empty folder', {}],
    ['a folder of unsupported files only', { 'notes.md': '# notes\n' }],
    ['a CSV with only a header', { 'empty.csv': 'indicator,year,value\n' }],
  ])('%s exits 2 in evaluate and in validate', (name, files) => {
    const dir = folder(name.replace(/\W+/g, '-'), files);
    const evaluated = runCli(['evaluate', '--plans', MINI.plans, dir]);
    expect(evaluated.status).toBe(2);
    expect(evaluated.stdout).toBe('');
    expect(evaluated.stderr).toContain(`${dir}: 错误: 没有读到任何数据行`);
    const validated = runCli(['validate', '--plans', MINI.plans, dir, '--lang', 'en']);
    expect(validated.status).toBe(2);
    expect(validated.stderr).toContain(`${dir}: error: no data rows found`);
  });
});

describe('the evaluation year', () => {
  it('the default year is printed on stderr with how many rules have data to judge it', () => {
    const result = runCli(['evaluate', '--plans', MINI.plans, MINI.data]);
    expect(result.stderr).toContain('评估年份：2023（数据中最新的年份），14/16 条规则有判定；可用 --year 另选');
  });

  it('one row for a later year moves the default year, and stderr says how few rules it can judge', () => {
    const dir = folder('one-late-row', { 'mini.csv': miniRows, 'late.csv': 'indicator,year,value\nscreening,2024,63\n' });
    const result = runCli(['evaluate', '--plans', MINI.plans, dir, '--lang', 'en']);
    expect(result.stderr).toContain('Year 2024 (latest in the data): 3 of 16 rules judged; --year picks another\n2023 can judge 14 rules: --year 2023\n');
  });

  it('explain and diff refuse a year outside the data too', () => {
    const explained = runCli(['explain', 'T-H-1', '--plans', MINI.plans, MINI.data, '--year', '2030', '--lang', 'en']);
    expect(explained.status).toBe(2);
    expect(explained.stderr).toContain('--year 2030 is outside the years the data covers (2020–2023)');
    const diffed = runCli(['diff', '--plans', MINI.plans, MINI.data, '--from', '2019', '--to', '2023', '--lang', 'en']);
    expect(diffed.status).toBe(2);
    expect(diffed.stderr).toContain("--from 2019 is before the plans' baseline year 2020");
  });

  it('the baseline year is 待评估 with the reason 基期年份, never a verdict', () => {
    const json = JSON.parse(runCli(['evaluate', '--plans', MINI.plans, MINI.data, '--year', '2020', '--format', 'json']).stdout);
    expect(json.summary['not-assessed']).toBe(16);
    expect(json.results[0].reason.text).toContain('基期年份');
  });
});

describe('filters', () => {
  it('a domain without rules exits 2 instead of an empty table', () => {
    const result = runCli(['evaluate', '--plans', MINI.plans, MINI.data, '--domain', 'society', '--lang', 'en']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--domain society together match no rule');
  });

  it('a misspelt plan or lead suggests the nearest names', () => {
    const plan = runCli(['list', '--plan', 'women-2021', '--lang', 'en']);
    expect(plan.status).toBe(2);
    expect(plan.stderr).toContain('--plan "women-2021" matches no rule; did you mean: women-2021-2025');
    const lead = runCli(['evaluate', '--lead', '卫建局']);
    expect(lead.status).toBe(2);
    expect(lead.stderr).toContain('卫健局（自治县卫生健康局）');
  });

  it('diff refuses a lead that matches nothing, on the spot and from results files', () => {
    expect(runCli(['diff', '--from', '2023', '--lead', '卫建局']).status).toBe(2);
    const file = path.join(temp, 'results.json');
    fs.writeFileSync(file, runCli(['evaluate', '--format', 'json']).stdout);
    const result = runCli(['diff', file, file, '--lead', '不存在局', '--lang', 'en']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--lead "不存在局" matches no lead unit in the results');
    expect(runCli(['diff', file, file, '--lead', '卫健局']).status).toBe(0);
  });

  it('--lead takes the short names staff use, the same in every command', () => {
    const full = runCli(['list', '--lead', '自治县卫生健康局', '--format', 'json']);
    const count = JSON.parse(full.stdout).length;
    expect(count).toBeGreaterThan(10);
    expect(JSON.parse(runCli(['list', '--lead', '卫健局', '--format', 'json']).stdout)).toHaveLength(count);
    expect(JSON.parse(runCli(['evaluate', '--lead', '卫健局', '--format', 'json']).stdout).results).toHaveLength(count);
    expect(JSON.parse(runCli(['history', '--lead', '卫健局', '--format', 'json']).stdout).rules).toHaveLength(count);
    expect(JSON.parse(runCli(['diff', '--from', '2023', '--to', '2024', '--lead', '卫健局', '--all', '--format', 'json']).stdout).summary.total).toBe(count);
    const template = runCli(['template', '--lead', '卫健局']);
    expect(template.status).toBe(0);
    expect(template.stdout).toContain('自治县卫生健康局');
    expect(JSON.parse(runCli(['list', '--lead', '教科局', '--format', 'json']).stdout).length).toBeGreaterThan(10);
  });
});

describe('rule deadlines later than the plan', () => {
  it('data years up to the latest rule deadline are accepted and judged', () => {
    const plans = folder('late-plans');
    for (const file of fs.readdirSync(path.join(ROOT, MINI.plans))) fs.copyFileSync(path.join(ROOT, MINI.plans, file), path.join(plans, file));
    const rules = fs.readFileSync(path.join(plans, 'rules.yaml'), 'utf8');
    fs.writeFileSync(path.join(plans, 'rules.yaml'), rules.replace("indicator: screening, check: { kind: at_least, target: 70 }", "indicator: screening, deadline: 2030, check: { kind: at_least, target: 70 }"));
    const data = folder('late-data', { 'late.csv': 'indicator,year,value\nscreening,2029,68\nscreening,2030,71\n' });
    const result = runCli(['evaluate', '--plans', plans, data, '--year', '2030', '--format', 'json']);
    expect(result.stderr).not.toContain('outside the plan');
    const screening = JSON.parse(result.stdout).results.find((r: { rule: string }) => r.rule === 'T-H-2');
    expect(screening).toMatchObject({ status: 'pass', value: 71, valueYear: 2030, deadline: 2030 });
  });
});
