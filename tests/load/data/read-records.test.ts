import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRecords } from '../../../src/load/data/read-records.js';
import { sniffFile } from '../../../src/load/data/sniff-file.js';
import { encodeGbk, tempDir } from './test-model.js';

const t = { dir: '', write: async (_n: string, _c: string | Uint8Array) => '', cleanup: async () => {} };
beforeAll(async () => Object.assign(t, await tempDir()));
afterAll(() => t.cleanup());

async function records(content: string | Uint8Array, delimiter: ',' | '\t' = ','): Promise<Array<[number, string[]]>> {
  const file = await t.write(`r${Math.random().toString(36).slice(2)}.csv`, content);
  const out: Array<[number, string[]]> = [];
  await readRecords(file, 'utf-8', delimiter, (fields, line) => out.push([line, fields]));
  return out;
}

describe('readRecords', () => {
  it('gives each record the physical line it starts on, whatever the line endings', async () => {
    expect(await records('a,b\r1,"x\ry"\r2,3\r')).toEqual([[1, ['a', 'b']], [2, ['1', 'x\ry']], [4, ['2', '3']]]);
    expect(await records('a,b\n1,2\r\n\r\n3,"4\r\n5"\n6,7')).toEqual([[1, ['a', 'b']], [2, ['1', '2']], [3, ['']], [4, ['3', '4\r\n5']], [6, ['6', '7']]]);
  });

  it('rejects when the handler throws (a bug, not an input problem)', async () => {
    const file = await t.write('bug.csv', 'a,b\n1,2\n');
    await expect(readRecords(file, 'utf-8', ',', () => { throw new Error('boom'); })).rejects.toThrow('boom');
  });
});

describe('sniffFile', () => {
  it('tells UTF-8 from GB18030 and keeps the decoded head', async () => {
    const utf8 = await sniffFile(await t.write('u.csv', '指标,年份,数值\n'));
    expect(utf8).toMatchObject({ ok: true, encoding: 'utf-8', head: '指标,年份,数值\n' });
    const gbk = await sniffFile(await t.write('g.csv', encodeGbk('指标,年份,数值\n')));
    expect(gbk).toMatchObject({ ok: true, encoding: 'gb18030', head: '指标,年份,数值\n' });
  });

  it('decodes a small UTF-8 file once: the head without its byte-order mark, the whole text with it for the rows', async () => {
    const file = await t.write('bom.csv', '\uFEFF指标,年份,数值\n孕产妇死亡率,2024,10\n');
    const sniff = await sniffFile(file);
    expect(sniff).toMatchObject({ ok: true, encoding: 'utf-8', head: '指标,年份,数值\n孕产妇死亡率,2024,10\n', text: '\uFEFF指标,年份,数值\n孕产妇死亡率,2024,10\n' });
    const records: string[][] = [];
    if (!sniff.ok) throw new Error('not sniffed');
    await readRecords(file, sniff.encoding, ',', (fields) => records.push([...fields]), { bytes: sniff.bytes, text: sniff.text, quoted: sniff.quoted });
    expect(records).toEqual([['指标', '年份', '数值'], ['孕产妇死亡率', '2024', '10']]);
  });

  it('keeps no text for GB18030, nor for a file longer than the head', async () => {
    const gbk = await sniffFile(await t.write('g2.csv', encodeGbk('指标,年份,数值\n')));
    expect(gbk.ok && gbk.text).toBe(undefined);
    const long = await sniffFile(await t.write('long.csv', `指标,年份,数值\n${'孕产妇死亡率,2024,10\n'.repeat(4000)}`));
    expect(long).toMatchObject({ ok: true, encoding: 'utf-8' });
    expect(long.ok && long.bytes !== undefined && long.text).toBe(undefined);
  });

  it('treats a file of blanks and a BOM as empty', async () => {
    expect(await sniffFile(await t.write('b.csv', '\uFEFF \r\n\t\n'))).toMatchObject({ ok: false, finding: { code: 'empty-file' } });
  });
});
