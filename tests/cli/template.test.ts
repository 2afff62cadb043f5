import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { csvDocument, csvLine } from '../../src/render/csv-cell.js';
import { MINI, runCli } from '../helpers/run-cli.js';

/** Fills every empty value the way a member unit would: a number, or 达标 for a qualitative goal. */
function fillIn(csv: string): string {
  const [header, ...rows] = parse(csv, { bom: true }) as string[][];
  const valueIndex = header!.indexOf('value');
  const noteIndex = header!.indexOf('note');
  for (const row of rows) row[valueIndex] = row[noteIndex]!.includes('评估结论') ? '达标' : '95';
  return csvDocument([header!, ...rows].map(csvLine), true);
}

describe('plancheck template', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-template-'));

  it('lists each figure once per township, area group and reference series, with lead units', () => {
    const result = runCli(['template', '--plans', MINI.plans, '--year', '2024']);
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split('\r\n');
    expect(lines[0]).toBe('indicator,name,unit,lead,year,value,area,township,note');
    expect(lines).toContain('vaccination,疫苗接种率,%,自治县卫生健康局,2024,,,乙镇,');
    expect(lines).toContain('mmr,孕产妇死亡率,/10万,自治县卫生健康局,2024,,农村,,');
    expect(lines).toContain('life_province,全省预期寿命,岁,自治县卫生健康局,2024,,,,参照数据');
    expect(lines.some((l) => l.startsWith('T-H-12,'))).toBe(true);
  });

  it('a filled-in template loads with no errors, no warnings and every row used', () => {
    const sheet = path.join(dir, 'sheet.csv');
    expect(runCli(['template', '--year', '2024', '--bom', '--output', sheet]).status).toBe(0);
    fs.writeFileSync(sheet, fillIn(fs.readFileSync(sheet, 'utf8')));
    // The county's township and village lists are data too: the sheet is read beside them.
    const result = runCli(['validate', sheet, path.join('data', '乡镇名单.csv'), path.join('data', '村名单.csv')]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/未使用 0 行；错误 0 个，警告 0 个/);
  });

  it('--lead gives one unit its sheet and --split-by-lead writes one file per unit', () => {
    const health = runCli(['template', '--lead', '自治县卫生健康局', '--year', '2024']).stdout.trimEnd().split('\r\n').slice(1);
    expect(health.length).toBeGreaterThan(10);
    for (const line of health) expect(line).toContain('自治县卫生健康局');
    const split = path.join(dir, 'sheets');
    expect(runCli(['template', '--plans', MINI.plans, '--split-by-lead', split]).status).toBe(0);
    expect(fs.readdirSync(split).sort()).toEqual(['未列牵头单位.csv', '自治县卫生健康局.csv', '自治县妇联.csv', '自治县应急管理局.csv', '自治县教育科技局.csv', '自治县民政局.csv', '自治县委组织部.csv'].sort());
  });
});
