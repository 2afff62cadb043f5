// The fixed readings as a statistics officer sees them: the bundled plans evaluated on a copy of the
// sample data with a few rows changed, through the built binary.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-readings-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A copy of data/ with each [file, old line, new line] edit applied (a null new line drops the row). */
function sampleWith(name: string, edits: [string, string, string | null][]): string {
  const dir = path.join(tmp, name);
  fs.cpSync(path.join(ROOT, 'data'), dir, { recursive: true });
  for (const [file, from, to] of edits) {
    const full = path.join(dir, file);
    const lines = fs.readFileSync(full, 'utf8').split('\n');
    const at = lines.indexOf(from);
    if (at < 0) throw new Error(`${file}: no line ${from}`);
    if (to === null) lines.splice(at, 1);
    else lines[at] = to;
    fs.writeFileSync(full, lines.join('\n'));
  }
  return dir;
}

interface Unit { unit: string; status: string }
interface Result { rule: string; status: string; reason: { code: string; figures: Record<string, unknown> }; units: { units: Unit[] } | null }
function evaluate(dir: string, domain: string): Map<string, Result> {
  const run = runCli(['evaluate', '--format', 'json', '--plan', 'children-2021-2025', '--domain', domain, '--year', '2024', dir]);
  expect(run.stderr).not.toMatch(/error/i);
  return new Map((JSON.parse(run.stdout).results as Result[]).map((r) => [r.rule, r]));
}

// Each test copies the sample data and spawns the binary: a generous limit for a busy machine (not a timed assertion).
describe('the fixed readings on sample data', { timeout: 30_000 }, () => {
  it('the sample data has figures for the new indicators and every row is used', () => {
    const result = runCli(['validate', '--lang', 'zh']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/未使用 0 行；错误 0 个/);
    const rows = fs.readdirSync(path.join(ROOT, 'data')).filter((f) => f.endsWith('.csv')).map((f) => fs.readFileSync(path.join(ROOT, 'data', f), 'utf8')).join('\n');
    expect(rows.match(/^minor_protection_fulltime_staff,2024,/gm)).toHaveLength(40);
    expect(rows).toMatch(/^children_home_service_coverage,2024,/m);
    expect(rows).toMatch(/^child_welfare_institutions,2024,/m);
    expect(rows).not.toMatch(/^basic_immunization_doses,/m);
  });

  it('a county with its one child-welfare institution upgraded is not 未达标 on C-WELFARE-M13', () => {
    const results = evaluate(path.join(ROOT, 'data'), 'welfare');
    expect(results.get('C-WELFARE-M13')!.status).not.toBe('fail');
  });

  it('C-WELFARE-M12 does not pass a township with 3 designated but 1 full-time staff, while goal 9b passes it', () => {
    const dir = sampleWith('staff', [['townships.csv', 'minor_protection_fulltime_staff,2024,3,示例乡镇01,', 'minor_protection_fulltime_staff,2024,1,示例乡镇01,']]);
    const results = evaluate(dir, 'welfare');
    const unit = (rule: string) => results.get(rule)!.units!.units.find((u) => u.unit === '示例乡镇01')!.status;
    expect(['fail', 'at-risk']).toContain(unit('C-WELFARE-M12'));
    expect(unit('C-WELFARE-9b')).toBe('pass');
  });

  it('C-SAFETY-4a 持续下降 on the sample (2022 and 2024 rose) is 未达标, naming the years that did not fall', () => {
    const result = evaluate(path.join(ROOT, 'data'), 'safety').get('C-SAFETY-4a')!;
    expect([result.status, result.reason.code]).toEqual(['fail', 'not-falling']);
    expect(result.reason.figures.riseYears).toEqual([2022, 2024]);
  });

  it('C-SAFETY-4a is 未达标 when one year rose against the year before, though every year stayed below 2020', () => {
    // 6.8 → 6.1 → 6.4 → 5.5 → 5.0: below 2020 throughout, but 2022 rose; the every-year-below-2020 reading passed it.
    const dir = sampleWith('drowning', [['children-safety.csv', 'child_drowning_mortality,2024,6.7,2024年夏季溺水死亡回升', 'child_drowning_mortality,2024,5.0,']]);
    const result = evaluate(dir, 'safety').get('C-SAFETY-4a')!;
    expect([result.status, result.reason.code]).toEqual(['fail', 'not-falling']);
    expect(result.reason.figures.riseYears).toEqual([2022]);
  });

  it('C-SAFETY-4a passes when every year fell, and a gap year is 无数据, not a pass', () => {
    const falling = sampleWith('drowning-falling', [
      ['children-safety.csv', 'child_drowning_mortality,2022,6.4,', 'child_drowning_mortality,2022,5.9,'],
      ['children-safety.csv', 'child_drowning_mortality,2024,6.7,2024年夏季溺水死亡回升', 'child_drowning_mortality,2024,5.0,'],
    ]);
    expect(evaluate(falling, 'safety').get('C-SAFETY-4a')!.status).toBe('pass');
    const gap = sampleWith('drowning-gap', [
      ['children-safety.csv', 'child_drowning_mortality,2022,6.4,', null],
      ['children-safety.csv', 'child_drowning_mortality,2024,6.7,2024年夏季溺水死亡回升', 'child_drowning_mortality,2024,5.0,'],
    ]);
    const result = evaluate(gap, 'safety').get('C-SAFETY-4a')!;
    expect([result.status, result.reason.code]).toEqual(['no-data', 'yearly-missing']);
  });

  it('C-HEALTH-M6a without an assessment is 待评估, never a pass from a constant', () => {
    const dir = sampleWith('m6a', [
      ['assessments.csv', 'C-HEALTH-M6a,2023,达标,', null],
      ['assessments.csv', 'C-HEALTH-M6a,2024,部分达标,示例：2个乡镇麻腮风第2剂次及时接种率低于90%', null],
    ]);
    expect(evaluate(dir, 'health').get('C-HEALTH-M6a')!.status).toBe('not-assessed');
  });
});
