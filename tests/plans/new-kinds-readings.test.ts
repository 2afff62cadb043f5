// The readings that use the kinds of issue 13 (cumulative, multi-group gap), run on the bundled plans and sample data.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

interface Result { rule: string; kind: string; status: string; value: number | null; reason: { code: string; figures: Record<string, unknown>; text: string } }
const evaluate = (args: string[]) => {
  const run = runCli(['evaluate', '--format', 'json', ...args]);
  expect(run.stderr).not.toMatch(/error/i);
  return (JSON.parse(run.stdout) as { results: Result[] }).results;
};

describe('W-EDU-M5 “十四五”期间…达4万人次', () => {
  it('is a cumulative rule that sums the yearly figures of 2021 to the evaluation year', () => {
    const rule = evaluate(['--plan', 'women-2021-2025', '--domain', 'education', '--year', '2024']).find((r) => r.rule === 'W-EDU-M5')!;
    expect(rule.kind).toBe('cumulative');
    // 8200 + 8900 + 9700 + 9700 in the sample; a single year's figure against 40000 would be a false 未达标.
    expect(rule.value).toBe(36500);
    expect(rule.status).toBe('pass');
    expect(rule.reason.code).toBe('cumulative-on-pace');
    expect(rule.reason.text).toContain('2021—2024年累计36500 次');
  });

  it('template asks for the year’s own figure (年度数), not a running total', () => {
    const run = runCli(['template', '--plan', 'women-2021-2025', '--domain', 'education', '--year', '2024']);
    const line = run.stdout.split('\r\n').find((l) => l.startsWith('female_skills_training_participations,'));
    expect(line).toContain('年度数：只填当年数');
    expect(line).toContain('不填累计数');
    const en = runCli(['template', '--plan', 'women-2021-2025', '--domain', 'education', '--year', '2024', '--lang', 'en']).stdout;
    expect(en.split('\r\n').find((l) => l.startsWith('female_skills_training_participations,'))).toContain("this year's figure only, not a running total");
  });
});

describe('W-HEALTH-3 城乡区域差距明显缩小: the regional clause has its own rule', () => {
  const results = () => evaluate(['--plan', 'women-2021-2025', '--domain', 'health', '--year', '2024']);

  it('W-HEALTH-3b keeps the urban–rural gap and W-HEALTH-3c judges the largest gap between the listed townships', () => {
    const listed = JSON.parse(runCli(['list', '--format', 'json', '--plan', 'women-2021-2025', '--domain', 'health']).stdout) as Array<{ id: string; number: string; text: string; check: Record<string, unknown> }>;
    const b = listed.find((r) => r.id === 'W-HEALTH-3b')!;
    const c = listed.find((r) => r.id === 'W-HEALTH-3c')!;
    expect(b.check).toMatchObject({ kind: 'gap', dimension: 'area', groups: ['农村', '城镇'] });
    expect(c.check).toMatchObject({ kind: 'gap', dimension: 'township', groups: 'listed', measure: 'largest_pair', direction: 'narrow' });
    // The plan's own number and words, as C-HEALTH-2e does for the children's plan.
    expect([c.number, c.text]).toEqual(['3', '城乡区域差距明显缩小。']);
  });

  it('evaluates on the sample data over all 40 listed townships', () => {
    const rule = results().find((r) => r.rule === 'W-HEALTH-3c')!;
    expect(rule.status).toBe('pass');
    expect(rule.reason.code).toBe('met-on-track');
    expect(rule.reason.figures.groupCount).toBe(40);
    expect(rule.value).toBeCloseTo(153.85, 2);
  });
});

describe('C-HEALTH-2 区域和城乡差距逐步缩小: the regional clause is a township gap per rate, not a qualitative note', () => {
  it('C-HEALTH-2e (infant) and C-HEALTH-2f (under-5) judge the largest gap between the listed townships, with the plan’s number and words', () => {
    const listed = JSON.parse(runCli(['list', '--format', 'json', '--plan', 'children-2021-2025', '--domain', 'health']).stdout) as Array<{ id: string; number: string; text: string; indicator: string; check: Record<string, unknown>; flags: string[] }>;
    for (const [id, indicator] of [['C-HEALTH-2e', 'infant_mortality'], ['C-HEALTH-2f', 'under5_mortality']] as const) {
      const rule = listed.find((r) => r.id === id)!;
      expect(rule.indicator).toBe(indicator);
      expect(rule.check).toMatchObject({ kind: 'gap', dimension: 'township', groups: 'listed', measure: 'largest_pair', direction: 'narrow' });
      expect([rule.number, rule.text]).toEqual(['2', '区域和城乡差距逐步缩小']);
      expect(rule.flags.join(' ')).toMatch(/^读法：“区域差距”按县里名单上各乡镇.*请确认：/);
    }
  });

  it('evaluates on the sample data over all 40 listed townships, naming the widest pair', () => {
    const results = evaluate(['--plan', 'children-2021-2025', '--domain', 'health', '--year', '2024']);
    const e = results.find((r) => r.rule === 'C-HEALTH-2e')!;
    expect([e.status, e.reason.code, e.reason.figures.groupCount]).toEqual(['pass', 'met-on-track', 40]);
    // 2024: 6.1‰ in the highest township, 2.1‰ in the lowest; 2020's range was 9.49‰.
    expect(e.value).toBeCloseTo(4, 6);
    expect(e.reason.figures.baseValue).toBeCloseTo(9.49, 6);
    expect(results.find((r) => r.rule === 'C-HEALTH-2f')!.value).toBeCloseTo(4.85, 6);
  });
});
