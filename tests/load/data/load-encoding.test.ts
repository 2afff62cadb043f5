import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadData } from '../../../src/load/data/index.js';
import { sniffFile } from '../../../src/load/data/sniff-file.js';
import { balanced, byCode, encodeGbk, facts, MODEL, tempDir } from './test-model.js';

const t = { dir: '', write: async (_n: string, _c: string | Uint8Array) => '', cleanup: async () => {} };
beforeAll(async () => Object.assign(t, await tempDir()));
afterAll(() => t.cleanup());

const TABLE = '指标,年份,数值,乡镇（街道）\n住院分娩率,2021,98.5%,草海镇\nW-HEALTH-7,2021,达标,\n';
const EXPECTED = ['W-HEALTH-7|2021|{}|met', 'hospital_delivery|2021|{"township":"草海镇"}|98.5'];

describe('GB18030 / GBK', () => {
  it('builds GBK bytes the way Excel saves them (达标 = B4EF B1EA)', () => {
    expect([...encodeGbk('达标')]).toEqual([0xb4, 0xef, 0xb1, 0xea]);
    expect(new TextDecoder('gb18030').decode(encodeGbk(TABLE))).toBe(TABLE);
  });

  it('detects a GBK file and reads it', async () => {
    const file = await t.write('gbk.csv', encodeGbk(TABLE));
    const result = await loadData([file], MODEL);
    expect(result.diagnostics).toEqual([]);
    expect(facts(result)).toEqual(EXPECTED);
  });

  it('detects per file: a UTF-8 file and a GBK file in one folder', async () => {
    await t.write('mixed/a.csv', TABLE.replace('2021', '2022').replace('2021', '2022'));
    await t.write('mixed/b.csv', encodeGbk(TABLE));
    const result = await loadData([`${t.dir}/mixed`], MODEL);
    expect(result.diagnostics).toEqual([]);
    expect(result.observations).toHaveLength(4);
  });

  it('detects GBK whose only Chinese character also forms valid UTF-8 (缺 = C8 B1, "ȱ" in UTF-8)', async () => {
    // Found by the loader property test: an English header and 缺 as the only non-ASCII cell.
    const bytes = encodeGbk('indicator,year,value\nhospital_delivery,2021,98\nhospital_delivery,2022,缺\n');
    expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toContain('ȱ');
    const result = await loadData([await t.write('gbk-que.csv', bytes)], MODEL);
    expect(result.diagnostics).toEqual([]);
    expect(facts(result)).toEqual(['hospital_delivery|2021|{}|98', 'hospital_delivery|2022|{}|null']);
  });

  it('keeps UTF-8 for a file whose only non-ASCII characters are Latin-1 symbols, pinyin or Greek', async () => {
    // The same bytes read as GB18030 would be Chinese (×° = C3 97 C2 B0 = 脳掳): too likely a real UTF-8 note.
    const file = await t.write('utf8-symbols.csv', 'indicator,year,value,note\nhospital_delivery,2021,98,2× 36.5°\n');
    expect(await sniffFile(file)).toMatchObject({ ok: true, encoding: 'utf-8' });
    expect(await sniffFile(await t.write('utf8-greek.csv', 'indicator,year,value,unit\nhospital_delivery,2021,12,μg/L\n'))).toMatchObject({ encoding: 'utf-8' });
    expect(await sniffFile(await t.write('utf8-pinyin.csv', 'indicator,year,value,township\nhospital_delivery,2021,98,Cǎohǎi Zhèn\n'))).toMatchObject({ encoding: 'utf-8' });
  });

  it('detects GBK even when the first 64 KB are ASCII', async () => {
    const filler = 'hospital_delivery,2020,98\n'.repeat(3000);
    const file = await t.write('late-gbk.csv', new Uint8Array([...Buffer.from(`indicator,year,value\n${filler}`), ...encodeGbk('婴儿死亡率,2021,4.0\n')]));
    const result = await loadData([file], MODEL);
    expect(result.observations.map((o) => o.indicator)).toContain('infant_mortality');
    expect(byCode(result, 'unknown-indicator')).toEqual([]);
  });

  it('obeys a forced encoding', async () => {
    const file = await t.write('forced.csv', encodeGbk(TABLE));
    const asGbk = await loadData([file], MODEL, { encoding: 'gb18030' });
    expect(facts(asGbk)).toEqual(EXPECTED);
    const asUtf8 = await loadData([file], MODEL, { encoding: 'utf-8' });
    expect(byCode(asUtf8, 'encoding-mismatch')).toHaveLength(1);
    expect(asUtf8.observations).toEqual([]);
  });
});

describe('UTF-8, BOM, delimiters and line endings', () => {
  it.each([
    ['UTF-8', TABLE],
    ['UTF-8 with BOM', `\uFEFF${TABLE}`],
    ['CRLF', TABLE.replace(/\n/g, '\r\n')],
    ['tab-separated', TABLE.replace(/,/g, '\t')],
    ['BOM + tab + CRLF', `\uFEFF${TABLE.replace(/,/g, '\t').replace(/\n/g, '\r\n')}`],
    ['quoted fields', '"指标","年份","数值","乡镇（街道）"\n"住院分娩率","2021","98.5%","草海镇"\n"W-HEALTH-7","2021","达标",""\n'],
    ['trailing empty columns', TABLE.replace(/\n/g, ',,\n')],
    ['blank lines and no final newline', `\n${TABLE.replace('\nW', '\n\n,,,\nW').trimEnd()}`],
  ])('reads %s', async (name, text) => {
    const file = await t.write(`${name}.csv`, text);
    const result = await loadData([file], MODEL);
    expect(result.diagnostics).toEqual([]);
    expect(facts(result)).toEqual(EXPECTED);
    expect({ ...result.rows, unused: result.rows.unused.toArray() }).toEqual({ read: 2, used: 2, unused: [] });
  });

  it('keeps physical line numbers across quoted multi-line fields, CRLF included', async () => {
    const text = 'indicator,year,value,note\r\nhospital_delivery,2020,98,"two\r\nlines"\r\n\r\nhospital_delivery,2021,9x,\r\nhospital_delivery,2022,"97",\r\n';
    const file = await t.write('multiline.csv', text);
    const result = await loadData([file], MODEL);
    expect(byCode(result, 'bad-value')).toMatchObject([{ line: 5, column: 3 }]);
    expect(result.observations.map((o) => [o.year, o.source.line])).toEqual([
      [2020, 2],
      [2022, 6],
    ]);
    expect(balanced(result)).toBe(true);
  });
});
