import { describe, expect, it } from 'vitest';
import { displayWidth, runCli } from '../helpers/run-cli.js';

const PLANS = ['--plans', 'tests/fixtures/diff/plans'];
const DATA = 'tests/fixtures/diff/data.csv';
const plancheck = (args: string[]) => runCli(args, { env: { COLUMNS: '80' } });

describe('plancheck history', () => {
  it('shows each year’s status, a sparkline and the first year met', () => {
    const run = plancheck(['history', 'D-HEALTH-1', 'D-EDU-1', ...PLANS, DATA, '--lang', 'en']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Plan target status by year (2020–2024)');
    // 2020 is the baseline year: not judged (…), where it used to read as a fail.
    // English output names the indicator in English.
    expect(run.stdout).toMatch(/D-HEALTH-1\s+Demo mortality.*… ! ! ✓ !\s+█▆▄▁▃\s+3\.8‰\s+2023/);
    expect(run.stdout).toMatch(/D-EDU-1\s+Demo enrolment.*… ! ! ✗ ✓\s+▁▂▃▄█\s+98%\s+2024/);
    expect(run.stdout).not.toContain('D-EDU-2');
  });

  it('fits an 80-column terminal in both languages', () => {
    for (const lang of ['zh', 'en']) {
      const run = plancheck(['history', ...PLANS, DATA, '--lang', lang]);
      for (const line of run.stdout.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
    }
  });

  it('gives every selected rule as JSON, with the status evaluate gives for each year', () => {
    const run = plancheck(['history', ...PLANS, DATA, '--format', 'json']);
    const json = JSON.parse(run.stdout);
    expect(json.years).toEqual([2020, 2021, 2022, 2023, 2024]);
    expect(json.rules.map((r: { rule: string }) => r.rule)).toEqual(['D-HEALTH-1', 'D-HEALTH-2', 'D-HEALTH-3', 'D-EDU-1', 'D-EDU-2', 'D-EDU-3', 'O-HEALTH-1']);
    for (const year of [2021, 2023]) {
      const evaluated = JSON.parse(plancheck(['evaluate', ...PLANS, DATA, '--year', String(year), '--format', 'json']).stdout);
      for (const rule of json.rules) {
        const point = rule.points.find((p: { year: number }) => p.year === year);
        const result = evaluated.results.find((r: { rule: string }) => r.rule === rule.rule);
        expect({ rule: rule.rule, status: point.status, value: point.value }).toEqual({ rule: result.rule, status: result.status, value: result.value });
      }
    }
  });

  it('applies the filters, and writes CSV in long format', () => {
    const run = plancheck(['history', ...PLANS, DATA, '--domain', 'education', '--format', 'csv', '--lang', 'en']);
    const lines = run.stdout.trimEnd().split('\r\n');
    expect(lines[0]).toBe('plan,domain,rule,kind,indicator,indicator_name,unit,year,status,status_label,value,value_year,projected,first_met');
    expect(lines).toHaveLength(1 + 3 * 5);
    expect(lines.every((l, i) => i === 0 || l.startsWith('demo-2021-2025,education,D-EDU-'))).toBe(true);
    // The words follow --lang, the indicator's name included; the codes do not.
    expect(lines.filter((l) => l.includes(',demo_enrolment,'))[0]).toContain(',demo_enrolment,Demo enrolment,%,');
    const zh = plancheck(['history', ...PLANS, DATA, '--domain', 'education', '--format', 'csv']).stdout.split('\r\n');
    expect(zh[0]).toBe('规划,领域,编号,类型,指标,指标名称,单位,年份,状态代码,状态,数值,数值年份,预测,首次达标年份');
    expect(zh.filter((l) => l.includes(',demo_enrolment,'))[0]).toContain(',demo_enrolment,演示入园率,%,');
  });

  it('takes rule ids in any case, as explain does', () => {
    const upper = plancheck(['history', 'D-HEALTH-1'.toUpperCase(), ...PLANS, DATA, '--format', 'json']);
    expect(upper.status).toBe(0);
    expect(upper.stdout).toBe(plancheck(['history', 'D-HEALTH-1', ...PLANS, DATA, '--format', 'json']).stdout);
  });

  it('exits 2 on an unknown rule id or a rule the filters exclude', () => {
    const unknown = plancheck(['history', 'D-HEALTH-99', ...PLANS, DATA]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('"D-HEALTH-99" 不是规则编号');
    const excluded = plancheck(['history', 'D-HEALTH-1', '--domain', 'education', ...PLANS, DATA]);
    expect(excluded.status).toBe(2);
    expect(excluded.stderr).toContain('规则 D-HEALTH-1 被 --plan/--domain/--lead 排除');
  });
});
