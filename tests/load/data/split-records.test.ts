// The fast CSV splitter must agree with csv-parse on every file it accepts, and leave the rest to csv-parse.
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvOptions } from '../../../src/load/data/read-records.js';
import { PlainRecordSplitter, splitRecords, type SplitRecord } from '../../../src/load/data/split-records.js';
import { countLineBreaks } from '../../../src/load/data/normalize-text.js';

/** What readRecords hands on when csv-parse reads the text: records with the line each starts on. */
function viaCsvParse(text: string, delimiter: ',' | '\t'): SplitRecord[] {
  const records = parse(text, csvOptions(delimiter)) as string[][];
  let line = 1;
  return records.map((fields) => {
    const record = { fields, line };
    line += 1 + fields.reduce((n, f) => n + countLineBreaks(f), 0);
    return record;
  });
}

const cell = fc.string({ unit: fc.constantFrom('a', '7', ' ', ',', '\t', '"', '\n', '\r', '指', '，'), maxLength: 6 });
const lineBreak = fc.constantFrom('\n', '\r\n', '\r');

/** A well-formed CSV file: fields quoted when they must be (and sometimes when they need not be). */
const wellFormed = fc
  .tuple(fc.array(fc.array(fc.tuple(cell, fc.boolean()), { minLength: 1, maxLength: 4 }), { maxLength: 6 }), lineBreak, fc.boolean(), fc.constantFrom(',' as const, '\t' as const))
  .map(([rows, eol, trailing, delimiter]) => {
    const quote = (value: string, always: boolean) =>
      always || /[",\t\r\n]/.test(value) || value === '' ? `"${value.replace(/"/g, '""')}"` : value;
    const text = rows.map((row) => row.map(([value, always]) => quote(value, always)).join(delimiter)).join(eol);
    return { text: trailing && text !== '' ? text + eol : text, delimiter };
  });

describe('splitRecords', () => {
  it('reads every well-formed file exactly as csv-parse does, line numbers included', () => {
    fc.assert(
      fc.property(wellFormed, ({ text, delimiter }) => {
        const records = splitRecords(text, delimiter);
        expect(records).toBeDefined();
        expect(records).toEqual(viaCsvParse(text, delimiter));
      }),
      { numRuns: 500 },
    );
  });

  it('on any text at all, either agrees with csv-parse or hands the file to it', () => {
    const anyText = fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r', ' ', '\uFEFF'), maxLength: 30 });
    fc.assert(
      fc.property(anyText, (text) => {
        const records = splitRecords(text, ',');
        if (records !== undefined) expect(records).toEqual(viaCsvParse(text, ','));
      }),
      { numRuns: 1000 },
    );
  });

  it('gives up on a stray or unclosed quote, which csv-parse judges', () => {
    for (const text of ['a,b"c\n', 'a,"b"c\n', 'a,"b\n', '"x" ,y\n']) expect(splitRecords(text, ',')).toBeUndefined();
  });

  it('drops one byte-order mark at the start of the file only', () => {
    expect(splitRecords('\uFEFF\uFEFFa,b\n', ',')).toEqual([{ fields: ['\uFEFFa', 'b'], line: 1 }]);
  });
});

describe('PlainRecordSplitter', () => {
  it('gives the same records however a quote-free file is cut into chunks', () => {
    const plain = fc.string({ unit: fc.constantFrom('a', '1', ',', '\n', '\r', ' ', '指'), maxLength: 60 });
    fc.assert(
      fc.property(plain, fc.array(fc.nat(60), { maxLength: 5 }), (text, cuts) => {
        const splitter = new PlainRecordSplitter(',');
        const out: SplitRecord[] = [];
        const collect = (fields: string[], line: number) => out.push({ fields, line });
        let from = 0;
        for (const cut of [...cuts].sort((a, b) => a - b).map((c) => Math.min(c, text.length))) {
          splitter.push(text.slice(from, cut), false, collect);
          from = cut;
        }
        splitter.push(text.slice(from), true, collect);
        expect(out).toEqual(splitRecords(text, ','));
      }),
      { numRuns: 1000 },
    );
  });
});
