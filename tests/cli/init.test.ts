import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

describe('plancheck init', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-init-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const plans = path.join(ROOT, 'plans');

  it('sets up a working folder: one sheet per lead unit and the year’s steps in Chinese', () => {
    const result = runCli(['init', '威宁2024', '--plans', plans, '--year', '2024'], { cwd: dir });
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/^已建立 威宁2024：data 中 \d+ 张填报表，步骤见 使用说明\.txt\n$/);
    const sheets = fs.readdirSync(path.join(dir, '威宁2024', 'data'));
    expect(sheets).toContain('自治县卫生健康局.csv');
    expect(sheets).toContain('乡镇名单.csv');
    expect(sheets).toContain('村名单.csv');
    expect(sheets.length).toBeGreaterThan(10);
    const sheet = fs.readFileSync(path.join(dir, '威宁2024', 'data', '自治县卫生健康局.csv'), 'utf8');
    expect(sheet.startsWith('\uFEFF指标,名称,单位,牵头单位,年份,数值')).toBe(true);
    const steps = fs.readFileSync(path.join(dir, '威宁2024', '使用说明.txt'), 'utf8');
    for (const step of ['plancheck validate', 'plancheck evaluate', 'plancheck report', 'plancheck diff --from 2023 --to 2024', '填2024年的数']) expect(steps).toContain(step);
  });

  it('the unfilled folder validates without errors, run from inside it', () => {
    const result = runCli(['validate', '--plans', plans], { cwd: path.join(dir, '威宁2024') });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/错误 0 个/);
  });

  it('never writes over a folder already set up', () => {
    const again = runCli(['init', '威宁2024', '--plans', plans], { cwd: dir });
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('威宁2024 已经是工作文件夹');
    expect(runCli(['init', '威宁2024', '--plans', plans, '--lang', 'en'], { cwd: dir }).stderr).toContain('is already a working folder');
  });
});
