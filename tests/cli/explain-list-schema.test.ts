import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MINI, ROOT, runCli } from '../helpers/run-cli.js';

describe('plancheck explain', () => {
  it('shows the source text, the series, the projection and the verdict', () => {
    const result = runCli(['explain', 'T-H-2', '--plans', MINI.plans, MINI.data]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('规划原文: 宫颈癌筛查率达70%以上。');
    expect(result.stdout).toContain('数据序列: 2020=60, 2021=61, 2022=61.5, 2023=62');
    expect(result.stdout).toMatch(/趋势预测: 最小二乘直线（4个点，2020起），斜率0\.65\/年 → 2025: 63\.4%/);
    expect(result.stdout).toContain('结论: ✗ 未达标');
  });
  it('an unknown rule id is exit 2 with a hint', () => {
    const result = runCli(['explain', 'T-H-99', '--plans', MINI.plans, MINI.data]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('没有规则 "T-H-99"');
  });
});

describe('plancheck list', () => {
  it('json lists every rule with the catalogue fields', () => {
    const list = JSON.parse(runCli(['list', '--format', 'json']).stdout);
    const ids = list.map((r: { id: string }) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const rule = list.find((r: { id: string }) => r.id === 'W-HEALTH-3a');
    expect(rule).toMatchObject({ plan: 'women-2021-2025', domain: 'health', number: '3', section: 'goal', kind: 'at_most', indicator: 'maternal_mortality' });
    expect(rule.text).toContain('孕产妇死亡率下降到12/10万以下');
    expect(list.some((r: { plan: string }) => r.plan === 'children-2021-2025')).toBe(true);
  });
  it('--lead finds rules by the normalised unit name', () => {
    const list = JSON.parse(runCli(['list', '--format', 'json', '--lead', '自治县卫生健康局']).stdout);
    expect(list.length).toBeGreaterThan(10);
    for (const r of list) expect(r.lead.join()).toContain('卫生健康局');
  });
});

describe('generated files are current', () => {
  it('plans/plancheck.schema.json equals `plancheck schema`', () => {
    expect(runCli(['schema']).stdout).toBe(fs.readFileSync(path.join(ROOT, 'plans', 'plancheck.schema.json'), 'utf8'));
  });
});
