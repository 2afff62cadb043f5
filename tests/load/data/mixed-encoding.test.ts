// Files partly UTF-8 and partly GBK are told apart line by line, across chunk boundaries; one-encoding files are not flagged.
import { describe, expect, it } from 'vitest';
import { findMixedEncoding } from '../../../src/load/data/mixed-encoding.js';
import { encodeGbk } from './test-model.js';

const utf8 = (text: string) => Buffer.from(text, 'utf8');
const gbk = (text: string) => Buffer.from(encodeGbk(text));

describe('findMixedEncoding', () => {
  it('names the first UTF-8 Chinese line and the first line that is not UTF-8', async () => {
    const bytes = Buffer.concat([utf8('indicator,year,value\n宫颈癌筛查率,2022,61.5\n'), gbk('宫颈癌筛查率,2023,62\n')]);
    expect(await findMixedEncoding([bytes])).toEqual({ utf8Line: 2, otherLine: 3 });
  });

  it('finds the lines when chunks cut through a line and through a character', async () => {
    const bytes = Buffer.concat([gbk('指标,年份,数值\n住院分娩率,2021,98\n'), utf8('x,y\n住院分娩率,2022,97\n')]);
    const chunks = [bytes.subarray(0, 5), bytes.subarray(5, 31), bytes.subarray(31)];
    expect(await findMixedEncoding(chunks)).toEqual({ utf8Line: 4, otherLine: 1 });
  });

  it('leaves a file wholly in GBK, or UTF-8 with one odd byte and no Chinese, alone', async () => {
    expect(await findMixedEncoding([gbk('指标,年份,数值\n住院分娩率,2021,98\n')])).toBeUndefined();
    expect(await findMixedEncoding([Buffer.concat([utf8('indicator,year,value\nrate,2021,98'), Buffer.from([0xb0]), utf8('\n')])])).toBeUndefined();
  });
});
