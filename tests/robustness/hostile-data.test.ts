// Broken and hostile data files: each gives a located message and exit 2, or a documented warning; never a crash or hang.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HOSTILE, MINI, expectInputError, resultOf, run, scratch } from './hostile.js';

const data = (name: string) => path.join(HOSTILE, 'data', name);
const evaluate = (file: string, ...args: string[]) => run(['evaluate', '--plans', MINI.plans, file, '--format', 'json', ...args]);

describe('broken CSV files', () => {
  it('an empty file is an error at line 1', () => {
    expectInputError(evaluate(data('empty.csv')), data('empty.csv'), 1, 'file is empty');
  });

  it('a header without rows is a warning, and with no data rows at all the run stops (exit 2) instead of a table of 无数据', () => {
    const result = evaluate(data('header-only.csv'));
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`${data('header-only.csv')}:1: warning: file has a header but no data rows`);
    expect(result.stderr).toContain('no data rows found');
  });

  it('a row with an extra filled field is an error at its line and column; a short row is a warning', () => {
    const result = evaluate(data('ragged.csv'));
    expectInputError(result, data('ragged.csv'), 2, 'row has 4 fields but the header has 3; this one holds "extra"');
    expect(result.stderr).toContain(`${data('ragged.csv')}:3: warning: 1 row has fewer fields than the header`);
  });

  it('an unterminated quote is an error at the line it opens on', () => {
    expectInputError(evaluate(data('unterminated-quote.csv')), data('unterminated-quote.csv'), 2, 'unterminated quoted field');
  });

  it('1e309 and NaN are not numbers the plans can be judged on', () => {
    const result = evaluate(data('not-finite.csv'));
    expectInputError(result, data('not-finite.csv'), 2, 'value "1e309" is not a finite number');
    expect(result.stderr).toContain(`${data('not-finite.csv')}:3:3: error: column 3 (value): value "NaN" is not a finite number`);
  });

  it('-0 reads as 0 and full-width ０．５ as 0.5', () => {
    const result = evaluate(data('odd-numbers.csv'), '--year', '2021');
    expect([0, 1]).toContain(result.status);
    expect(resultOf(result, 'T-H-15').series).toEqual([[2021, 0]]);
    expect(Object.is(resultOf(result, 'T-H-15').value, -0)).toBe(false);
    expect(resultOf(result, 'T-H-3').series).toEqual([[2021, 0.5]]);
  });

  it('a date in the year column is an error that shows what a year looks like', () => {
    const result = evaluate(data('dates-as-years.csv'));
    expectInputError(result, data('dates-as-years.csv'), 2, 'year "2024-01-01" is not a year; expected a year such as 2024 or 2024年');
    expect(result.stderr).toContain(`${data('dates-as-years.csv')}:3:2:`);
  });

  it('2024.0, ２０２４ and 2024年 are all the year 2024', () => {
    const result = evaluate(data('year-spellings.csv'), '--year', '2024');
    expect([0, 1]).toContain(result.status);
    for (const rule of ['T-H-2', 'T-H-3', 'T-H-14']) expect(resultOf(result, rule).valueYear).toBe(2024);
    expect(resultOf(result, 'T-H-2').value).toBe(71);
  });

  it('a repeated column name is an error naming both columns', () => {
    expectInputError(evaluate(data('duplicate-columns.csv')), data('duplicate-columns.csv'), 1, 'column 4 (value) repeats column 3 (value)');
  });
});

describe('generated hostile files', () => {
  const dir = scratch();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, content: string | Buffer) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, content);
    return file;
  };
  const TEN_MB = 10 * 1024 * 1024;

  it('a binary file is refused at the line of its first NUL byte', () => {
    const bytes = Buffer.from('indicator,year,value\nscreening,2021,71\n\u0000\u0001\u0002\u00ff\u00fe', 'latin1');
    const file = write('binary.csv', Buffer.concat([bytes, Buffer.alloc(4096, 7)]));
    expectInputError(evaluate(file), file, 3, 'file has binary content (a NUL byte at line 3');
  });

  it('a 10 MB value on one line is reported, shortened, without flooding the terminal', () => {
    const file = write('long-value.csv', `indicator,year,value\nscreening,2021,${'x'.repeat(TEN_MB)}\n`);
    const result = evaluate(file);
    expectInputError(result, file, 2, 'is not a number');
    expect(result.stderr.length).toBeLessThan(2000);
  });

  it('a file that is one 10 MB line with no header is an error at line 1', () => {
    const file = write('one-line.csv', 'x'.repeat(TEN_MB));
    expectInputError(evaluate(file), file, 1, 'header has no indicator, no year, no value column');
  });

  it('a 10 MB cell in the indicator column is an unknown indicator (a warning), found quickly', () => {
    const file = write('long-indicator.csv', `indicator,year,value\n${'x'.repeat(TEN_MB)},2021,1\n`);
    const result = evaluate(file);
    // Its only row is unusable, so nothing could be evaluated: exit 2, not a table of 无数据.
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`${file}:2:1: warning: column 1 (indicator): unknown indicator "xxxxxxxx`);
    expect(result.stderr.length).toBeLessThan(2000);
  });

  it('validate lists every problem of every broken file at once, and exits 2', () => {
    const result = run(['validate', '--plans', MINI.plans, path.join(HOSTILE, 'data')]);
    expect(result.status).toBe(2);
    for (const name of ['empty.csv', 'ragged.csv', 'unterminated-quote.csv', 'not-finite.csv', 'dates-as-years.csv', 'duplicate-columns.csv']) {
      expect(result.stderr).toContain(`${data(name)}:`);
    }
  });
});
