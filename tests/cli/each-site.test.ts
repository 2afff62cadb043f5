// A per-site minimum through the CLI: a 学校 column with one row per school, names not declared anywhere.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MINI, ROOT, runCli } from '../helpers/run-cli.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-cli-sites-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const plans = path.join(root, 'plans');
fs.cpSync(path.join(ROOT, MINI.plans), plans, { recursive: true });
fs.appendFileSync(path.join(plans, 'indicators.yaml'), '  - { id: site, name: 机构（学校）, name_en: Site }\n');
const indicators = path.join(plans, 'indicators.yaml');
fs.writeFileSync(indicators, fs.readFileSync(indicators, 'utf8').replace('indicators:\n', 'indicators:\n  - { id: counsellors, name: 心理健康教师数, name_en: Mental-health teachers, unit: 人, dimensions: [site] }\n'));
fs.appendFileSync(
  path.join(plans, 'rules.yaml'),
  "  - { id: T-H-20, number: '20', section: measure, text: 每所学校至少配备1名心理健康教师。, indicator: counsellors, check: { kind: each_site, target: 1 }, lead: [自治县教育科技局], responsible: [] }\n",
);
const data = path.join(root, 'schools.csv');
fs.writeFileSync(data, '指标,年份,数值,学校\ncounsellors,2024,2,示例一中\ncounsellors,2024,0,示例二小\ncounsellors,2023,1,示例三小\ncounsellors,2024,1,示例四小\n');

describe('each_site through the CLI', () => {
  it('reads the 学校 column and names the schools below the minimum and those missing', () => {
    const result = runCli(['explain', 'T-H-20', '--plans', plans, data]);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('判定: 每个机构 (each_site) — 每个机构（学校） ≥ 1 人');
    expect(result.stdout).toContain('! 预警 — 2024年4个机构（学校）中1个未达到每个机构（学校） ≥ 1 人：示例二小（0 人）；1个没有当年数值（示例三小）。  [sites-below]');
  });

  it('lists every site with its status in the JSON', () => {
    const result = runCli(['evaluate', '--plans', plans, data, '--format', 'json', '--year', '2024']);
    const rule = (JSON.parse(result.stdout) as { results: Array<{ rule: string; units: { units: Array<{ unit: string; status: string }> } }> }).results.find((r) => r.rule === 'T-H-20')!;
    expect(rule.units.units.map((u) => [u.unit, u.status])).toEqual([['示例二小', 'at-risk'], ['示例三小', 'no-data'], ['示例四小', 'pass'], ['示例一中', 'pass']]);
  });
});
