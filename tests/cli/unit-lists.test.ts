// The county's own township list beside the data, as a statistics officer uses it through the CLI.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MINI, ROOT, runCli } from '../helpers/run-cli.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-cli-lists-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

// The mini plans, with the township dimension taken from the county's list instead of declared values.
const plans = path.join(root, 'plans');
fs.cpSync(path.join(ROOT, MINI.plans), plans, { recursive: true });
const indicators = path.join(plans, 'indicators.yaml');
fs.writeFileSync(indicators, fs.readFileSync(indicators, 'utf8').replace('values: [甲镇, 乙镇, 丙镇]', 'list_file: [乡镇名单, township-list]'));

let count = 0;
function dataFolder(files: Record<string, string>): string {
  const dir = path.join(root, `data${count++}`);
  fs.mkdirSync(dir);
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}
const vaccination = (rows: Array<[string, number]>) => `indicator,year,value,township\n${rows.map(([unit, v]) => `vaccination,2023,${v},${unit}`).join('\n')}\n`;

describe('township lists beside the data', () => {
  it('checks every listed township: one without a value is 无数据 for that township, never a pass', () => {
    const data = dataFolder({ '乡镇名单.csv': '乡镇,代码\n甲镇,1\n乙镇,2\n丁镇,3\n', 'data.csv': vaccination([['甲镇', 95], ['乙镇', 96]]) });
    const result = runCli(['explain', 'T-H-10', '--plans', plans, data]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('? 无数据');
    expect(result.stdout).toContain('3个单位中达标2个、预警0个、未达标0个、无数据1个（未达标或无数据：丁镇）');
    expect(result.stderr).toBe('');
  });

  it('a township in the data that is not on the list is an error with its place and the near match', () => {
    const data = dataFolder({ '乡镇名单.csv': '草海镇\n甲镇\n', 'data.csv': vaccination([['草海', 95], ['甲镇', 96]]) });
    const result = runCli(['evaluate', '--plans', plans, data]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`${path.join(data, 'data.csv')}:2:4: 错误: 第4列（乡镇）：“草海”不在乡镇名单中；应为乡镇名单.csv / township-list.csv 中的名称，全县合计留空；草海 → 草海镇？`);
    const english = runCli(['evaluate', '--plans', plans, data, '--lang', 'en']);
    expect(english.stderr).toContain(`${path.join(data, 'data.csv')}:2:4: error: column 4 (township): "草海" is not on the township list; expected a name from 乡镇名单.csv / township-list.csv, or empty for the county total; 草海 → 草海镇?`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('without a list, per-township targets are 无数据 and say which file the county must supply', () => {
    const data = dataFolder({ 'data.csv': vaccination([['甲镇', 95], ['乙镇', 96]]) });
    const result = runCli(['explain', 'T-H-10', '--plans', plans, data]);
    expect(result.stdout).toContain('? 无数据');
    expect(result.stdout).toContain('县里的乡镇名单（乡镇名单.csv）未提供');
    expect(result.stderr).toContain('警告: 没有乡镇名单，以乡镇为单位的目标判为无数据');
    const english = runCli(['explain', 'T-H-10', '--plans', plans, data, '--lang', 'en']);
    expect(english.stdout).toContain("The county's township list (乡镇名单.csv) was not supplied");
  });

  it('template writes one row per listed township (English list name and header)', () => {
    const data = dataFolder({ 'township-list.csv': 'name,code\n草海镇,1\n甲镇,2\n' });
    const result = runCli(['template', '--plans', plans, '--year', '2024', data]);
    expect(result.status).toBe(0);
    const rows = result.stdout.split('\r\n').filter((l) => l.startsWith('vaccination,'));
    expect(rows).toEqual(['vaccination,疫苗接种率,%,自治县卫生健康局,2024,,,草海镇,', 'vaccination,疫苗接种率,%,自治县卫生健康局,2024,,,甲镇,']);
  });

  it('a township renamed during the plan (乡 → 镇) keeps one series through the list’s 曾用名 column', () => {
    const rows = 'indicator,year,value,township\nvaccination,2020,80,甲乡\nvaccination,2023,92,甲镇\n';
    const data = dataFolder({ '乡镇名单.csv': '乡镇,曾用名\n甲镇,甲乡\n', 'data.csv': rows });
    const result = runCli(['evaluate', '--plans', plans, data, '--format', 'json', '--year', '2023']);
    expect(result.stderr).toBe('');
    const rule = (JSON.parse(result.stdout) as { results: Array<{ rule: string; units: { units: Array<{ unit: string; reason: { figures: Record<string, unknown> } }> } }> }).results.find((r) => r.rule === 'T-H-10')!;
    // The 2020 row under the old name is in 甲镇's series: 80 → 92 projects to 100 in 2025.
    expect(rule.units.units.map((u) => [u.unit, u.reason.figures.projected])).toEqual([['甲镇', 100]]);
    const unknown = runCli(['evaluate', '--plans', plans, dataFolder({ '乡镇名单.csv': '乡镇\n甲镇\n', 'data.csv': rows })]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('甲乡 → 甲镇？');
  });

  it('a list file is never read as data', () => {
    const data = dataFolder({ '乡镇名单.csv': '甲镇\n', 'data.csv': vaccination([['甲镇', 95]]) });
    const result = runCli(['validate', '--plans', plans, data]);
    expect(result.stdout).toMatch(/数据文件 2 个，读入 1 行，使用 1 行，未使用 0 行；错误 0 个/);
  });

  it('validate says how many units each list holds, in either language', () => {
    const data = dataFolder({ '乡镇名单.csv': '乡镇\n甲镇\n乙镇\n', 'data.csv': vaccination([['甲镇', 95]]) });
    expect(runCli(['validate', '--plans', plans, data]).stderr).toContain('乡镇名单.csv: 提示: 乡镇名单：2个；');
    expect(runCli(['validate', '--plans', plans, data, '--lang', 'en']).stderr).toContain('乡镇名单.csv: info: township list: 2 units;');
  });
});
