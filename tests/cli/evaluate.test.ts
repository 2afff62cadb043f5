import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MINI, ROOT, displayWidth, runCli } from '../helpers/run-cli.js';

const evaluate = (...args: string[]) => runCli(['evaluate', '--plans', MINI.plans, MINI.data, ...args]);

describe('plancheck evaluate (table)', () => {
  const result = evaluate('--year', '2023');

  it('exits 1 because some targets fail, with the default --fail-on fail', () => {
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
  });

  it('shows every status word and a summary line of counts in Chinese by default', () => {
    for (const word of ['达标', '预警', '未达标', '无数据', '待评估']) expect(result.stdout).toContain(word);
    // T-H-8 missed its 2022 fall: a missed year stays missed (it was at-risk while the average met).
    expect(result.stdout).toContain('2023年 共16项：✓ 达标 6 · ! 预警 4 · ✗ 未达标 4 · ? 无数据 1 · … 待评估 1');
    expect(result.stdout).toContain(`规则：${MINI.plans}；数据：${MINI.data}`);
  });

  it('fits an 80-column terminal with CJK counted as two columns, and has no colour codes in a pipe', () => {
    for (const line of result.stdout.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
    expect(result.stdout).not.toMatch(/\u001b\[/);
  });

  it('aligns the status column on every rule row', () => {
    const rows = result.stdout.split('\n').filter((l) => l.startsWith('T-H-'));
    const columns = rows.map((l) => displayWidth(l.slice(0, l.search(/[✓!✗?…] (达标|预警|未达标|无数据|待评估)/))));
    expect(new Set(columns).size).toBe(1);
  });
});

describe('plancheck evaluate options', () => {
  it('--fail-on decides the exit code', () => {
    expect(evaluate('--fail-on', 'not-assessed').status).toBe(1);
    expect(evaluate('--fail-on', 'no-data', '--plan', 'mini-2021-2025', '--lead', '民政局').status).toBe(0);
  });

  it('an unknown status in --fail-on is a usage error, exit 2', () => {
    const result = evaluate('--fail-on', 'fail,broken', '--lang', 'en');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('"broken" is not a status; expected a comma-separated list of: pass, at-risk, fail, no-data, not-assessed');
    expect(evaluate('--fail-on', '坏').stderr).toContain('--fail-on "坏" 不是状态');
  });

  it('--fail-on takes the Chinese status words too', () => {
    expect(evaluate('--fail-on', '待评估', '--domain', 'society').status).toBe(evaluate('--fail-on', 'not-assessed', '--domain', 'society').status);
    expect(evaluate('--fail-on', '未达标,无数据').status).toBe(1);
    expect(evaluate('--fail-on', '未达标，预警', '--domain', 'society').status).toBe(evaluate('--fail-on', 'fail,at-risk', '--domain', 'society').status);
  });

  it('--lang en and LANG=en_US give English words', () => {
    expect(evaluate('--lang', 'en').stdout).toContain('16 rules: ✓ pass 6');
    expect(runCli(['evaluate', '--plans', MINI.plans, MINI.data], { env: { LANG: 'en_US.UTF-8' } }).stdout).toContain('✗ fail 4');
  });

  it('colour only when forced, and NO_COLOR wins', () => {
    expect(runCli(['evaluate', '--plans', MINI.plans, MINI.data], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(/\u001b\[/);
    expect(runCli(['evaluate', '--plans', MINI.plans, MINI.data], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toMatch(/\u001b\[/);
  });

  it('a year the data does not cover exits 2 and names the years it covers (2024 values never stand in for 2025)', () => {
    for (const year of ['2025', '2030']) {
      const result = evaluate('--year', year, '--format', 'json');
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(`--year ${year} 不在数据覆盖的年份内（2020–2023）`);
    }
    for (const year of ['1999', '2019']) {
      const result = evaluate('--year', year, '--lang', 'en');
      expect(result.status).toBe(2);
      expect(result.stderr).toContain(`--year ${year} is before the plans' baseline year 2020; the data covers 2020–2023`);
    }
  });

  it('--output writes the whole report and never overwrites an input', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-'));
    const out = path.join(dir, 'report.md');
    expect(evaluate('--format', 'markdown', '--output', out).status).toBe(1);
    expect(fs.readFileSync(out, 'utf8')).toContain('| T-H-1 |');
    expect(fs.readdirSync(dir)).toEqual(['report.md']);
    const input = path.join(MINI.data, 'mini.csv');
    const before = fs.readFileSync(path.join(ROOT, input), 'utf8');
    const clash = evaluate('--lang', 'en', '--format', 'csv', '--output', input);
    expect(clash.status).toBe(2);
    expect(clash.stderr).toContain('is the same file as the input');
    expect(fs.readFileSync(path.join(ROOT, input), 'utf8')).toBe(before);
  });
});

describe('plancheck evaluate formats', () => {
  it('json has the documented shape and matching summary', () => {
    const json = JSON.parse(evaluate('--format', 'json').stdout);
    expect(json.schemaVersion).toBe(1);
    expect(json.year).toBe(2023);
    expect(json.summary).toEqual({ pass: 6, 'at-risk': 4, fail: 4, 'no-data': 1, 'not-assessed': 1, total: 16 });
    const mmr = json.results.find((r: { rule: string }) => r.rule === 'T-H-1');
    expect(mmr).toMatchObject({ plan: 'mini-2021-2025', domain: 'health', indicator: 'mmr', status: 'pass', value: 11, valueYear: 2023, target: '≤ 12/10万', lead: ['自治县卫生健康局'] });
    expect(mmr.reason.code).toBe('met-on-track');
    expect(mmr.reason.text).toContain('2023年11/10万已达到≤ 12/10万');
    const units = json.results.find((r: { rule: string }) => r.rule === 'T-H-10').units;
    expect(units.counts.fail).toBe(1);
    expect(units.units.find((u: { status: string }) => u.status === 'fail').unit).toBe('乙镇');
  });

  it('json is byte-identical across runs', () => {
    expect(evaluate('--format', 'json').stdout).toBe(evaluate('--format', 'json').stdout);
  });

  it('csv opens in Excel: BOM with --bom, CRLF, one row per rule, Chinese headers by default', () => {
    const csv = evaluate('--format', 'csv', '--bom').stdout;
    expect(csv.startsWith('\uFEFF规划,领域,编号,')).toBe(true);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(17);
    expect(evaluate('--format', 'csv', '--lang', 'en').stdout.startsWith('plan,domain,rule,')).toBe(true);
  });

  it('csv words follow --lang, the indicator name with them; codes stay the same', () => {
    const row = (lang: string) => evaluate('--format', 'csv', '--lang', lang).stdout.split('\r\n').find((l) => l.includes(',mmr,'))!;
    expect(row('en')).toContain(',mmr,Maternal mortality ratio,/10万,');
    expect(row('zh')).toContain(',mmr,孕产妇死亡率,/10万,');
    expect(row('en').split(',').slice(0, 7)).toEqual(row('zh').split(',').slice(0, 7));
  });

  it('csv written to a file starts with a BOM unless --no-bom; standard output has none', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-bom-'));
    try {
      evaluate('--format', 'csv', '-o', path.join(dir, 'a.csv'));
      evaluate('--format', 'csv', '--output', path.join(dir, 'b.csv'), '--no-bom');
      expect(fs.readFileSync(path.join(dir, 'a.csv'), 'utf8').startsWith('\uFEFF规划,')).toBe(true);
      expect(fs.readFileSync(path.join(dir, 'b.csv'), 'utf8').startsWith('规划,')).toBe(true);
      expect(evaluate('--format', 'csv').stdout.startsWith('规划,')).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('junit has one testcase per rule and fails exactly the --fail-on statuses', () => {
    const xml = evaluate('--format', 'junit').stdout;
    expect(xml.match(/<testcase /g)).toHaveLength(16);
    expect(xml).toContain('tests="16" failures="4" errors="0" skipped="2"');
  });
});
