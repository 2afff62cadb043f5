import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadData } from '../../../src/load/data/index.js';
import { balanced, byCode, facts, MODEL, tempDir } from './test-model.js';

const t = { dir: '', write: async (_n: string, _c: string | Uint8Array) => '', cleanup: async () => {} };
beforeAll(async () => Object.assign(t, await tempDir()));
afterAll(() => t.cleanup());

let n = 0;
async function load(csv: string, options = {}) {
  const file = await t.write(`x${n++}.csv`, csv);
  const result = await loadData([file], MODEL, options);
  expect(balanced(result)).toBe(true);
  return { file, result };
}

describe('headers', () => {
  it('skips a title line above the header, even in a tab-separated file', async () => {
    const { file, result } = await load('威宁县妇女儿童监测数据（2021年）\n\n指标\t年份\t数值\n住院分娩率\t2021\t98\n');
    expect(facts(result)).toEqual(['hospital_delivery|2021|{}|98']);
    expect(byCode(result, 'title-row')).toMatchObject([{ severity: 'info', file, line: 1 }]);
    expect(result.rows.read).toBe(1);
  });

  it('reports a file of one-cell lines as a bad header', async () => {
    const { file, result } = await load('just some text\nmore text\n');
    expect(byCode(result, 'bad-header')).toMatchObject([{ severity: 'error', file, line: 1 }]);
  });

  it('warns once about an unknown column and reads the rest', async () => {
    const { file, result } = await load('indicator,year,value,source\nhospital_delivery,2021,98,卫健局\nhospital_delivery,2022,99,卫健局\n');
    expect(byCode(result, 'unknown-column')).toMatchObject([{ severity: 'warning', file, line: 1, column: 4 }]);
    expect(result.observations).toHaveLength(2);
  });

  it('refuses two columns that mean the same thing', async () => {
    const { result } = await load('指标名称,指标代码,年份,数值\n住院分娩率,hospital_delivery,2021,98\n');
    const [d] = byCode(result, 'duplicate-column');
    expect(d?.message.en).toContain('column 2 (指标代码) means the same as column 1 (指标名称)');
    expect(result.rows.unused.toArray()).toHaveLength(1);
  });

  it('allows several note columns', async () => {
    const { result } = await load('indicator,year,value,note,备注\nhospital_delivery,2021,98,a,b\n');
    expect(result.diagnostics).toEqual([]);
  });
});

describe('rows', () => {
  it('reads short rows as if the missing cells were empty, with one warning per file', async () => {
    const { file, result } = await load('indicator,year,value,township\nhospital_delivery,2021,98\nhospital_delivery,2022\n');
    expect(facts(result)).toEqual(['hospital_delivery|2021|{}|98', 'hospital_delivery|2022|{}|null']);
    const [d] = byCode(result, 'short-row');
    expect(d).toMatchObject({ severity: 'warning', file, line: 2 });
    expect(d?.message.en).toContain('2 rows have fewer fields than the header');
  });

  it('reads assessments for rule ids in a wide table', async () => {
    const { result } = await load('indicator,2021,2022\nW-HEALTH-7,未达标,达标\nC-ENV-3,partial,\n');
    expect(facts(result)).toEqual(['C-ENV-3|2021|{}|partial', 'C-ENV-3|2022|{}|null', 'W-HEALTH-7|2021|{}|not_met', 'W-HEALTH-7|2022|{}|met']);
  });

  it('treats 合计 / 全县 in a dimension column as the total', async () => {
    const { result } = await load('indicator,year,value,township,area\nhospital_delivery,2021,98,全县,合计\nhospital_delivery,2021,97,草海镇,\n');
    expect(facts(result)).toEqual(['hospital_delivery|2021|{"township":"草海镇"}|97', 'hospital_delivery|2021|{}|98']);
  });

  it('makes unknown dimension values errors with strict', async () => {
    const { result } = await load('indicator,year,value,township\nhospital_delivery,2021,98,火星镇\n', { strict: true });
    expect(byCode(result, 'unknown-dimension-value')).toMatchObject([{ severity: 'error' }]);
  });

  it('lets a later value fill a value given as missing, and ignores a later missing one', async () => {
    const { file, result } = await load('indicator,year,value\nhospital_delivery,2021,NA\nhospital_delivery,2021,98\nhospital_delivery,2021,-\n');
    expect(facts(result)).toEqual(['hospital_delivery|2021|{}|98']);
    expect(result.diagnostics).toEqual([]);
    expect(result.rows.unused.toArray()).toEqual([{ file, line: 4, reason: { zh: `缺失值；住院分娩率（hospital_delivery） 2021已在 ${file}:3 给出`, en: `missing value; 住院分娩率 (hospital_delivery) 2021 is given at ${file}:3` } }]);
  });
});

describe('diagnostics', () => {
  it('shows at most 100 of a kind per file and says how many more there are', async () => {
    const rows = Array.from({ length: 150 }, (_, i) => `hospital_delivery,${2020 + (i % 6)},x${i}`).join('\n');
    const { file, result } = await load(`indicator,year,value\n${rows}\n`);
    expect(byCode(result, 'bad-value')).toHaveLength(100);
    const [more] = byCode(result, 'too-many-diagnostics');
    expect(more).toMatchObject({ severity: 'error', file });
    expect(more?.message.en).toContain('50 more "bad-value" diagnostics');
    expect(result.rows.unused.toArray()).toHaveLength(150);
  });

  it('sorts a file\'s diagnostics by line', async () => {
    const { result } = await load('indicator,year,value\nnope,2021,1\nhospital_delivery,2021,x\n');
    expect(result.diagnostics.map((d) => d.line)).toEqual([2, 3]);
  });
});
