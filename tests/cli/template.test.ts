import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { csvDocument, csvLine } from '../../src/render/csv-cell.js';
import { MINI, runCli } from '../helpers/run-cli.js';

/** Fills every empty value the way a member unit would: a number, or 达标 for a qualitative goal. */
function fillIn(csv: string): string {
  const [header, ...rows] = parse(csv, { bom: true }) as string[][];
  const valueIndex = Math.max(header!.indexOf('value'), header!.indexOf('数值'));
  const noteIndex = Math.max(header!.indexOf('note'), header!.indexOf('备注'));
  for (const row of rows) row[valueIndex] = /评估结论|assessment/.test(row[noteIndex]!) ? '达标' : '95';
  return csvDocument([header!, ...rows].map(csvLine), true);
}

describe('plancheck template', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-template-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('lists each figure once per township, area group and reference series, with lead units', () => {
    const result = runCli(['template', '--plans', MINI.plans, '--year', '2024']);
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split('\r\n');
    expect(lines[0]).toBe('指标,名称,单位,牵头单位,年份,数值,城乡,乡镇,备注');
    expect(lines).toContain('vaccination,疫苗接种率,%,自治县卫生健康局,2024,,,乙镇,');
    expect(lines).toContain('mmr,孕产妇死亡率,/10万,自治县卫生健康局,2024,,农村,,');
    expect(lines).toContain('life_province,全省预期寿命,岁,自治县卫生健康局,2024,,,,参照数据');
    expect(lines.some((l) => l.startsWith('T-H-12,'))).toBe(true);
  });

  it('--lang en writes English headers and notes', () => {
    const lines = runCli(['template', '--plans', MINI.plans, '--year', '2024', '--lang', 'en']).stdout.trimEnd().split('\r\n');
    expect(lines[0]).toBe('indicator,name,unit,lead,year,value,area,township,note');
    expect(lines).toContain('life_province,全省预期寿命,岁,自治县卫生健康局,2024,,,,reference figure');
  });

  for (const lang of ['zh', 'en']) {
    it(`a filled-in template (${lang} headers) loads with no errors, no warnings and every row used`, () => {
      const sheet = path.join(dir, `sheet-${lang}.csv`);
      expect(runCli(['template', '--year', '2024', '--lang', lang, '--output', sheet]).status).toBe(0);
      fs.writeFileSync(sheet, fillIn(fs.readFileSync(sheet, 'utf8')));
      // The county's township and village lists are data too: the sheet is read beside them.
      const result = runCli(['validate', sheet, path.join('data', '乡镇名单.csv'), path.join('data', '村名单.csv')]);
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/未使用 0 行；错误 0 个，警告 0 个/);
    });
  }

  it('a sheet written to a file starts with a BOM for Excel unless --no-bom; standard output never does', () => {
    const withBom = path.join(dir, 'bom.csv');
    const without = path.join(dir, 'no-bom.csv');
    expect(runCli(['template', '--plans', MINI.plans, '-o', withBom]).status).toBe(0);
    expect(runCli(['template', '--plans', MINI.plans, '-o', without, '--no-bom']).status).toBe(0);
    expect(fs.readFileSync(withBom, 'utf8').startsWith('\uFEFF指标,')).toBe(true);
    expect(fs.readFileSync(without, 'utf8').startsWith('指标,')).toBe(true);
    expect(runCli(['template', '--plans', MINI.plans]).stdout.startsWith('指标,')).toBe(true);
  });

  it('--lead gives one unit its sheet and --split-by-lead writes one file per unit', () => {
    const health = runCli(['template', '--lead', '自治县卫生健康局', '--year', '2024']).stdout.trimEnd().split('\r\n').slice(1);
    expect(health.length).toBeGreaterThan(10);
    for (const line of health) expect(line).toContain('自治县卫生健康局');
    const split = path.join(dir, 'sheets');
    expect(runCli(['template', '--plans', MINI.plans, '--split-by-lead', split]).status).toBe(0);
    const expected = ['未列牵头单位.csv', '自治县卫生健康局.csv', '自治县妇联.csv', '自治县应急管理局.csv', '自治县教育科技局.csv', '自治县民政局.csv', '自治县委组织部.csv'].sort();
    expect(fs.readdirSync(split).sort()).toEqual(expected);
    expect(fs.readFileSync(path.join(split, '自治县妇联.csv'), 'utf8').startsWith('\uFEFF指标,')).toBe(true);
    // --split-by-lead without a folder writes into --output.
    const viaOutput = path.join(dir, 'via-output');
    const result = runCli(['template', '--plans', MINI.plans, '--split-by-lead', '-o', viaOutput]);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain(`已在 ${viaOutput} 写入 7 张填报表`);
    expect(fs.readdirSync(viaOutput).sort()).toEqual(expected);
    expect(runCli(['template', '--plans', MINI.plans, '--split-by-lead']).stderr).toContain('--split-by-lead 需要一个文件夹');
  });
});
