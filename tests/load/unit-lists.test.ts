import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readUnitLists, unitListDimension, withUnitLists } from '../../src/load/unit-lists.js';
import type { PlanModel } from '../../src/model/plan-model.js';
import type { Dimension } from '../../src/schema/indicator.js';

const township: Dimension = { id: 'township', name: '乡镇（街道）', name_en: 'Township', values: [], list_file: ['乡镇名单', 'township-list'] };
const area: Dimension = { id: 'area', name: '城乡', name_en: 'Urban/rural', values: ['城镇', '农村'] };
const perTownshipRule = { rule: { check: { kind: 'each_unit', dimension: 'township', check: { kind: 'at_least', target: 90 } } } } as unknown as PlanModel['rules'][number];
const model = { rules: [perTownshipRule], dimensions: new Map([['township', township], ['area', area]]) } as Pick<PlanModel, 'rules' | 'dimensions'>;

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-unit-lists-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
let count = 0;
function folder(files: Record<string, string | Buffer>): string {
  const dir = path.join(root, String(count++));
  fs.mkdirSync(dir);
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

/** The lists and every diagnostic but the note of how many units each list has (asserted once below). */
async function read(paths: string[], m: Pick<PlanModel, 'rules' | 'dimensions'> = model) {
  const result = await readUnitLists(paths, m);
  return { lists: result.lists, diagnostics: result.diagnostics.filter((d) => d.code !== 'unit-list-read'), all: result.diagnostics };
}

describe('the county’s unit lists', () => {
  it('knows a list file by its Chinese or English name, whatever the folder', () => {
    expect(unitListDimension('/x/乡镇名单.csv', [township, area])?.id).toBe('township');
    expect(unitListDimension('data/Township-List.CSV', [township, area])?.id).toBe('township');
    expect(unitListDimension('data/townships.csv', [township, area])).toBeUndefined();
  });

  it('reads a Chinese header with a code column, in file order', async () => {
    const dir = folder({ '乡镇名单.csv': '\uFEFF乡镇,代码\n草海镇,520526100\n六桥街道,520526001\n', 'data.csv': 'indicator,year,value\n' });
    const { lists, diagnostics } = await read([dir], model);
    expect(diagnostics).toEqual([]);
    expect(lists.get('township')!.units.map((u) => [u.name, u.code, u.line])).toEqual([['草海镇', '520526100', 2], ['六桥街道', '520526001', 3]]);
  });

  it('says which list was read and how many units it has (shown by validate)', async () => {
    const { all } = await read([folder({ '乡镇名单.csv': '草海镇\n雪山镇\n' })]);
    expect(all.map((d) => [d.severity, d.code])).toEqual([['info', 'unit-list-read']]);
    expect(all[0]!.message.zh).toContain('乡镇（街道）名单：2个');
  });

  it('reads an English header, a headerless list and a note column', async () => {
    const english = await read([folder({ 'township-list.csv': 'code,name\n1,草海镇\n2,雪山镇\n' })], model);
    expect(english.lists.get('township')!.units.map((u) => u.name)).toEqual(['草海镇', '雪山镇']);
    const bare = await read([folder({ '乡镇名单.csv': '草海镇\n雪山镇\n' })], model);
    expect(bare.lists.get('township')!.units.map((u) => u.name)).toEqual(['草海镇', '雪山镇']);
    const noted = await read([folder({ '乡镇名单.csv': '名称,代码,备注\n草海镇,,示例\n' })], model);
    expect(noted.lists.get('township')!.units).toEqual([{ name: '草海镇', code: '', line: 2, formerNames: [] }]);
  });

  it('skips a title line above the header and a 合计 row below the names, saying so', async () => {
    const dir = folder({ '乡镇名单.csv': '威宁自治县乡镇（街道）名单（2024年）,,\n乡镇名称,区划代码,备注\n草海镇,520526100,\n雪山镇,520526101,\n合计,,2个\n' });
    const { lists, diagnostics } = await read([dir], model);
    expect(lists.get('township')!.units.map((u) => u.name)).toEqual(['草海镇', '雪山镇']);
    expect(diagnostics.map((d) => [d.severity, d.code, d.line])).toEqual([['info', 'list-title', 1], ['info', 'list-total-row', 5]]);
  });

  it('a 曾用名 column gives the former names the data may still use, and the model reads them as the current name', async () => {
    const dir = folder({ '乡镇名单.csv': '乡镇,代码,曾用名\n草海镇,1,草海乡、草海\n雪山镇,2,\n' });
    const { lists, diagnostics } = await read([dir], model);
    expect(diagnostics).toEqual([]);
    expect(lists.get('township')!.units.map((u) => [u.name, u.formerNames])).toEqual([['草海镇', ['草海乡', '草海']], ['雪山镇', []]]);
    expect(withUnitLists(model, lists).dimensions.get('township')!.aliases).toEqual({ 草海镇: ['草海乡', '草海'] });
  });

  it('a former name that is also another unit’s name is an error', async () => {
    const dir = folder({ '乡镇名单.csv': '乡镇,曾用名\n草海镇,雪山镇\n雪山镇,\n' });
    const { diagnostics } = await read([dir], model);
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([['ambiguous-former-name', 2]]);
  });

  it('reads a list saved by Excel as GB18030', async () => {
    const gbk = Buffer.from([0xd2, 0xd2, 0xd5, 0xf2, 0x0a]); // 乙镇
    const { lists } = await read([folder({ '乡镇名单.csv': gbk })], model);
    expect(lists.get('township')!.units.map((u) => u.name)).toEqual(['乙镇']);
  });

  it('a name or a code listed twice, a row without a name and an empty list are errors with their lines', async () => {
    const dir = folder({ '乡镇名单.csv': '乡镇,代码\n草海镇,1\n雪山镇,1\n草海镇,3\n,4\n' });
    const { diagnostics } = await read([dir], model);
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([['duplicate-unit-code', 3], ['duplicate-unit', 4], ['unit-without-name', 5]]);
    expect(diagnostics[1]!.message.zh).toContain('“草海镇”重复（第2行已有）');
    const empty = await read([folder({ '乡镇名单.csv': '乡镇,代码\n' })], model);
    expect(empty.diagnostics.map((d) => [d.severity, d.code])).toEqual([['error', 'empty-unit-list']]);
  });

  it('two lists of one dimension are an error naming both files', async () => {
    const a = folder({ '乡镇名单.csv': '草海镇\n' });
    const b = folder({ 'township-list.csv': '雪山镇\n' });
    const { diagnostics } = await read([a, b], model);
    expect(diagnostics.map((d) => d.code)).toEqual(['duplicate-unit-list']);
    expect(diagnostics[0]!.message.zh).toContain(path.join(a, '乡镇名单.csv'));
  });

  it('no list where a rule judges every township is a warning saying which file to supply; none is needed otherwise', async () => {
    const dir = folder({ 'data.csv': 'indicator,year,value\n' });
    const { lists, diagnostics } = await read([dir], model);
    expect(lists.size).toBe(0);
    expect(diagnostics.map((d) => [d.severity, d.code])).toEqual([['warning', 'no-unit-list']]);
    expect(diagnostics[0]!.message.zh).toContain('没有乡镇（街道）名单');
    expect(diagnostics[0]!.message.zh).toContain('乡镇名单.csv');
    expect((await read([dir], { ...model, rules: [] })).diagnostics).toEqual([]);
  });

  it('the model takes its township units from the list and keeps the declared ones of other dimensions', async () => {
    const { lists } = await read([folder({ '乡镇名单.csv': '草海镇\n雪山镇\n' })], model);
    const completed = withUnitLists(model, lists);
    expect(completed.dimensions.get('township')!.values).toEqual(['草海镇', '雪山镇']);
    expect(completed.dimensions.get('area')).toBe(area);
    expect(withUnitLists(model, new Map()).dimensions.get('township')!.values).toEqual([]);
  });
});
