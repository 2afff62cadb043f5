import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadData } from '../../../src/load/data/index.js';
import type { DataLoadResult } from '../../../src/model/data.js';
import type { Diagnostic } from '../../../src/model/diagnostic.js';
import { balanced, byCode, FIXTURES, MODEL, plain, tempDir } from './test-model.js';

const fixture = (name: string): string => join(FIXTURES, name);

/** The single diagnostic with this code, checked to name its file, line and what was expected. */
function located(result: DataLoadResult, code: string, file: string, line: number): Diagnostic {
  const found = byCode(result, code).filter((d) => d.line === line);
  expect(found, `${code} at line ${line} in ${JSON.stringify(result.diagnostics, null, 1)}`).toHaveLength(1);
  const d = found[0]!;
  expect(d.file).toBe(file);
  expect(plain(d)).toContain(`${file}:${line}`);
  expect(d.message.en).toContain('expected');
  expect(d.expected).toBeTruthy();
  return d;
}

async function load(name: string, options = {}): Promise<{ file: string; result: DataLoadResult }> {
  const file = fixture(name);
  const result = await loadData([file], MODEL, options);
  expect(balanced(result)).toBe(true);
  return { file, result };
}

describe('value errors', () => {
  it('names the cell of a value that is not a number', async () => {
    const { file, result } = await load('err-bad-value.csv');
    const d = located(result, 'bad-value', file, 2);
    expect(d).toMatchObject({ severity: 'error', column: 3, found: '7O%' });
    expect(d.message.en).toBe('column 3 (value): value "7O%" is not a number; expected a number such as 70, 70% or 3.5‰');
    expect({ ...result.rows, unused: result.rows.unused.toArray() }).toMatchObject({ read: 1, used: 0 });
    expect(result.rows.unused.toArray()[0]).toMatchObject({ file, line: 2, reason: expect.objectContaining({ en: expect.stringContaining('error') }) });
  });

  it('refuses 1e309, NaN and Infinity as not finite', async () => {
    const { file, result } = await load('err-not-finite.csv');
    for (const line of [2, 3, 4]) expect(located(result, 'not-finite', file, line).message.en).toContain('is not a finite number');
    expect(result.observations).toEqual([]);
  });

  it('refuses values in units that cannot be converted, and a suffix contradicting the unit column', async () => {
    const { file, result } = await load('err-unit.csv');
    expect(located(result, 'incompatible-unit', file, 2).message.en).toBe('column 3 (value): value "70%" is in %, which cannot be converted to 岁 (the unit of 人均预期寿命 (life_expectancy)); expected a number in 岁');
    expect(located(result, 'incompatible-unit', file, 3).message.en).toContain('unit "岁" cannot be converted to %');
    expect(located(result, 'unit-mismatch', file, 4).message.en).toContain('is in % but the unit column says ‰');
    expect(located(result, 'incompatible-unit', file, 5).message.en).toContain('cannot be converted to a plain number');
    expect(result.observations).toEqual([]);
  });

  it('wants an assessment in a rule row, and an indicator in every row', async () => {
    const { file, result } = await load('err-rule-value.csv');
    expect(located(result, 'assessment-expected', file, 2).message.en).toContain('rule W-HEALTH-7 takes an assessment, found "70"; expected an assessment: met, partial or not_met');
    expect(located(result, 'missing-indicator', file, 5)).toMatchObject({ column: 1 });
    expect(result.observations.map((o) => [o.indicator, o.year, o.assessment])).toEqual([
      ['W-HEALTH-7', 2022, 'partial'],
      ['C-ENV-3', 2021, 'partial'],
    ]);
  });

  it('keeps the good cells of a wide row and reports the bad one', async () => {
    const t = await tempDir();
    try {
      const file = await t.write('wide.csv', 'indicator,2020,2021\nhospital_delivery,98,9x\n');
      const result = await loadData([file], MODEL);
      expect(located(result, 'bad-value', file, 2)).toMatchObject({ column: 3 });
      expect(located(result, 'bad-value', file, 2).message.en).toContain('column 3 (2021)');
      expect(result.observations).toHaveLength(1);
      expect({ ...result.rows, unused: result.rows.unused.toArray() }).toEqual({ read: 1, used: 1, unused: [] });
    } finally {
      await t.cleanup();
    }
  });
});

describe('year errors', () => {
  it('names a date or text in the year column', async () => {
    const { file, result } = await load('err-bad-year.csv');
    expect(located(result, 'bad-year', file, 2).message.en).toBe('column 2 (year): year "2024-05-01" is not a year; expected a year such as 2024 or 2024年');
    expect(located(result, 'bad-year', file, 3).message.en).toContain('"twenty"');
    expect(located(result, 'bad-year', file, 4).message.en).toContain('the year is empty');
    expect(result.rows.unused.toArray()).toHaveLength(3);
  });
});

describe('broken CSV', () => {
  it('reports an unterminated quote at the line the record starts, keeping the rows before it', async () => {
    const { file, result } = await load('err-unterminated.csv');
    const d = located(result, 'csv-syntax', file, 3);
    expect(d.message.en).toContain('unterminated quoted field');
    expect(result.observations).toHaveLength(1);
    expect({ ...result.rows, unused: result.rows.unused.toArray() }).toMatchObject({ read: 2, used: 1 });
  });

  it('reports a row with more fields than the header; trailing empty fields are fine', async () => {
    const { file, result } = await load('err-ragged.csv');
    const d = located(result, 'ragged-row', file, 3);
    expect(d.message.en).toContain('row has 4 fields but the header has 3');
    expect(d.message.en).toContain('quote a value that contains the delimiter');
    expect(d.column).toBe(4);
    expect(result.observations.map((o) => o.year)).toEqual([2020, 2022]);
  });

  it.each([
    ['err-empty.csv', 'file is empty'],
    ['err-blank-only.csv', 'only blank lines'],
  ])('reports %s as empty', async (name, text) => {
    const { file, result } = await load(name);
    expect(located(result, 'empty-file', file, 1).message.en).toContain(text);
  });

  it('warns about a header without data rows', async () => {
    const { file, result } = await load('header-only.csv');
    located(result, 'no-data-rows', file, 1);
  });

  it('refuses a header without a value column and counts its rows as unused', async () => {
    const { file, result } = await load('err-no-value-column.csv');
    const d = located(result, 'bad-header', file, 1);
    expect(d.message.en).toContain('header has no value column');
    expect(d.message.en).toContain('indicator,year,value');
    expect(result.rows.unused.toArray()).toEqual([{ file, line: 2, reason: expect.objectContaining({ en: expect.stringContaining('file not read') }) }]);
  });

  it('refuses a header with neither layout', async () => {
    const { file, result } = await load('err-no-layout.csv');
    expect(located(result, 'bad-header', file, 1).message.en).toContain('header has no indicator, no year, no value column');
  });

  it('refuses a long header without an indicator column', async () => {
    const t = await tempDir();
    try {
      const file = await t.write('x.csv', 'year,value\n2021,98\n');
      const result = await loadData([file], MODEL);
      expect(located(result, 'bad-header', file, 1).message.en).toContain('no indicator column');
    } finally {
      await t.cleanup();
    }
  });

  it('refuses duplicate column names', async () => {
    const { file, result } = await load('err-duplicate-column.csv');
    const d = located(result, 'duplicate-column', file, 1);
    expect(d.message.en).toBe('column 4 (value) repeats column 3 (value); expected each column once in the header');
    expect(result.observations).toEqual([]);
  });
});

describe('binary and odd files', () => {
  const t = { dir: '', write: async (_n: string, _c: string | Uint8Array) => '', cleanup: async () => {} };
  beforeAll(async () => Object.assign(t, await tempDir()));
  afterAll(() => t.cleanup());

  it('refuses a file with NUL bytes, naming the line', async () => {
    const file = await t.write('binary.csv', new Uint8Array([...Buffer.from('indicator,year,value\nx,2021,'), 0, 1, 2, 0x0a]));
    const result = await loadData([file], MODEL);
    const d = located(result, 'binary-file', file, 2);
    expect(d.message.en).toContain('binary content');
    expect(result.rows.read).toBe(0);
  });

  it('refuses UTF-16 with a hint', async () => {
    const file = await t.write('utf16.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('indicator,year,value\n', 'utf16le')]));
    const result = await loadData([file], MODEL);
    expect(located(result, 'binary-file', file, 1).message.en).toContain('UTF-16');
  });

  it('never throws on random bytes', async () => {
    const bytes = new Uint8Array(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 256;
    const file = await t.write('random.csv', bytes);
    const result = await loadData([file], MODEL);
    expect(result.diagnostics.some((d) => d.severity === 'error')).toBe(true);
  });
});

describe('unknown indicators', () => {
  it('warns once per name with suggestions, counting the rows', async () => {
    const { file, result } = await load('unknown-indicator.csv');
    const d = located(result, 'unknown-indicator', file, 2);
    expect(d).toMatchObject({ severity: 'warning', column: 1, found: '住院分娩' });
    expect(d.message.en).toBe('column 1 (indicator): unknown indicator "住院分娩" (2 rows, first at line 2); expected an indicator id, name or alias, or a rule id; did you mean 住院分娩率 (hospital_delivery)?');
    expect(located(result, 'unknown-indicator', file, 4).message.en).toContain('did you mean 婴儿死亡率 (infant_mortality)?');
    expect(located(result, 'unknown-indicator', file, 5).message.en).not.toContain('did you mean');
    expect(result.rows.unused.toArray().map((r) => r.reason.en)).toEqual(['unknown indicator "住院分娩"', 'unknown indicator "住院分娩"', 'unknown indicator "infant_mortalty"', 'unknown indicator "xyz_unrelated_thing"']);
  });

  it('makes them errors with strict', async () => {
    const { result } = await load('unknown-indicator.csv', { strict: true });
    expect(byCode(result, 'unknown-indicator').map((d) => d.severity)).toEqual(['error', 'error', 'error']);
  });

  it('warns about a dimension value the model does not list, and still uses the row', async () => {
    const t = await tempDir();
    try {
      const file = await t.write('x.csv', 'indicator,year,value,township\nhospital_delivery,2021,98,草海\nhospital_delivery,2021,97,合计\n');
      const result = await loadData([file], MODEL);
      const d = located(result, 'unknown-dimension-value', file, 2);
      expect(d.message.en).toContain('did you mean 草海镇?');
      expect(result.observations.map((o) => o.dims)).toEqual([{ township: '草海' }, {}]);
    } finally {
      await t.cleanup();
    }
  });
});

describe('conflicts and duplicates', () => {
  it('reports different values for the same indicator and year as an error naming both places', async () => {
    const { file, result } = await load('err-conflict.csv');
    const d = located(result, 'conflicting-values', file, 4);
    expect(d.message.en).toContain(`98 at ${file}:2 and 97 at ${file}:4`);
    // 4.0‰ and 0.4% are the same value
    const dup = located(result, 'duplicate-row', file, 5);
    expect(dup).toMatchObject({ severity: 'info' });
    expect(dup.message.en).toContain(`duplicate of ${file}:3`);
    expect(result.observations.map((o) => o.value)).toEqual([98, 4]);
    expect(result.rows.unused.toArray().map((r) => r.reason.en)).toEqual([`conflicts with ${file}:2`, `duplicate of ${file}:3`]);
    // The conflict is an error that stops the run: the message must not promise to keep the first value.
    expect(d.message.en).not.toContain('the first is kept');
    expect(d.message.en).toContain('nothing is evaluated until one of them is removed');
  });
});

describe('value ranges', () => {
  it('a rate below 0 % or above 100 % is an error at its file, line and column', async () => {
    const t = await tempDir();
    try {
      const file = await t.write('range.csv', 'indicator,year,value\nscreening_rate,2021,-5\nscreening_rate,2022,105%\nscreening_rate,2023,100\ninfant_mortality,2023,1001\n');
      const result = await loadData([file], MODEL);
      const low = located(result, 'value-out-of-range', file, 2);
      expect(low).toMatchObject({ severity: 'error', column: 3, found: '-5' });
      expect(low.message.en).toContain('outside its range 0–100');
      expect(located(result, 'value-out-of-range', file, 3).found).toBe('105%');
      expect(located(result, 'value-out-of-range', file, 5).message.en).toContain('outside its range 0–1000');
      // 100 % itself is inside the range.
      expect(result.observations.map((o) => o.value)).toEqual([100]);
      expect(balanced(result)).toBe(true);
    } finally {
      await t.cleanup();
    }
  });

  it('an indicator that declares a wider range (a gross ratio) accepts values above 100 %', async () => {
    const t = await tempDir();
    try {
      const file = await t.write('gross.csv', 'indicator,year,value\ngross,2021,104.5\n');
      const model = { ...MODEL, indicators: [...MODEL.indicators, { id: 'gross', name: '毛入学率', name_en: 'Gross ratio', unit: '%', range: { min: 0, max: null } }] };
      const result = await loadData([file], model);
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(result.observations.map((o) => o.value)).toEqual([104.5]);
    } finally {
      await t.cleanup();
    }
  });
});
