import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../../src/load/data/index.js';
import { balanced, byCode, facts, FIXTURES, MODEL, plain, tempDir } from './test-model.js';

const fixture = (name: string): string => join(FIXTURES, name);

describe('long layout', () => {
  it('reads ids, names, aliases, rule ids, units and missing markers', async () => {
    const result = await loadData([fixture('long-basic.csv')], MODEL);
    expect(result.diagnostics).toEqual([]);
    expect(facts(result)).toEqual([
      'W-HEALTH-7|2021|{}|met',
      'hospital_delivery|2021|{}|99.5',
      'infant_mortality|2020|{}|4.1',
      'infant_mortality|2021|{}|3.9',
      'life_expectancy|2021|{}|77.6',
      'maternal_mortality|2020|{}|15.2',
      'maternal_mortality|2021|{}|12',
      'screening_rate|2021|{}|null',
      'sex_ratio|2021|{}|108.5',
    ]);
    expect({ ...result.rows, unused: result.rows.unused.toArray() }).toEqual({ read: 9, used: 9, unused: [] });
    expect(result.observations[1]?.source).toEqual({ file: fixture('long-basic.csv'), line: 3, column: 3 });
  });

  it('reads Chinese headers, full-width cells, dimensions and totals', async () => {
    const result = await loadData([fixture('long-chinese.csv')], MODEL);
    // Line 4 says 全县, so its blank cells are meant; line 6 leaves 城乡 blank right below 农村, as a merged cell would.
    expect(result.diagnostics.map((d) => [d.code, d.line])).toEqual([['blank-dimension-cell', 6]]);
    expect(facts(result)).toEqual([
      'hospital_delivery|2021|{"area":"农村","township":"草海镇"}|98.5',
      'hospital_delivery|2021|{"area":"城镇","township":"草海镇"}|97',
      'hospital_delivery|2021|{}|98',
      'maternal_mortality|2021|{"area":"农村"}|12',
      'maternal_mortality|2022|{}|1234.5',
    ]);
    expect(balanced(result)).toBe(true);
  });
});

describe('wide layout', () => {
  it('reads years as columns with a unit column, skipping years outside the plan', async () => {
    const result = await loadData([fixture('wide-basic.csv')], MODEL);
    expect(facts(result)).toEqual([
      'hospital_delivery|2020|{}|98.6',
      'hospital_delivery|2021|{}|99.1',
      'hospital_delivery|2022|{}|null',
      'infant_mortality|2020|{}|4.6',
      'infant_mortality|2021|{}|4.1',
      'infant_mortality|2022|{}|3.9',
    ]);
    const outside = byCode(result, 'year-outside-plan');
    expect(outside).toHaveLength(1);
    expect(outside[0]).toMatchObject({ severity: 'info', line: 1, column: 3 });
    // the third row names infant_mortality again with only empty cells: missing values where values are known
    expect(result.rows.read).toBe(3);
    expect(result.rows.used).toBe(2);
    expect(result.rows.unused.toArray()[0]).toMatchObject({ line: 4, reason: expect.objectContaining({ en: expect.stringContaining('missing value') }) });
  });

  it('reads a Chinese wide table with 2020年 headers and a township column', async () => {
    const result = await loadData([fixture('wide-chinese.csv')], MODEL);
    // The total row leaves the township blank below a named one without saying 合计: read as the total, with a warning.
    expect(result.diagnostics.map((d) => [d.code, d.line])).toEqual([['blank-dimension-cell', 4]]);
    expect(facts(result)).toEqual([
      'hospital_delivery|2020|{"township":"六桥街道"}|96',
      'hospital_delivery|2020|{"township":"草海镇"}|97.5',
      'hospital_delivery|2020|{}|97',
      'hospital_delivery|2021|{"township":"六桥街道"}|null',
      'hospital_delivery|2021|{"township":"草海镇"}|98',
      'hospital_delivery|2021|{}|98.2',
    ]);
    expect({ ...result.rows, unused: result.rows.unused.toArray() }).toEqual({ read: 3, used: 3, unused: [] });
  });
});

describe('files and folders', () => {
  it('reads every .csv, .tsv and .txt in a folder, recursively and in name order, skipping README and hidden files', async () => {
    const folder = join('tests', 'fixtures', 'data', 'folder');
    const result = await loadData([folder], MODEL);
    expect(result.files).toEqual([join(folder, 'a.tsv'), join(folder, 'b.csv'), join(folder, 'sub', 'c.txt')]);
    expect(facts(result)).toEqual(['hospital_delivery|2020|{}|97', 'infant_mortality|2020|{}|4.5', 'sex_ratio|2020|{}|109']);
    expect(result.observations[0]?.source.file).toBe(join(folder, 'a.tsv'));
    expect(result.diagnostics).toEqual([]);
  });

  it('merges several files and folders, reading a file given twice once', async () => {
    const folder = join('tests', 'fixtures', 'data', 'folder');
    const result = await loadData([fixture('long-basic.csv'), folder, join(folder, 'b.csv')], MODEL);
    expect(result.files).toHaveLength(4);
    // infant_mortality 2020 is 4.1 in long-basic.csv and 4.5 in a.tsv: a conflict across files
    expect(result.observations).toHaveLength(11);
    const [conflict] = byCode(result, 'conflicting-values');
    expect(conflict).toMatchObject({ severity: 'error', file: join(folder, 'a.tsv'), line: 2 });
    expect(conflict?.message.en).toContain(`4.1 at ${fixture('long-basic.csv')}:4 and 4.5 at ${join(folder, 'a.tsv')}:2`);
    expect(byCode(result, 'duplicate-file')).toMatchObject([{ severity: 'info', file: join(folder, 'b.csv') }]);
  });

  it('reports a missing path as file-not-found and goes on', async () => {
    const result = await loadData(['no/such/file.csv', fixture('long-basic.csv')], MODEL);
    const [missing] = byCode(result, 'file-not-found');
    expect(missing).toMatchObject({ severity: 'error', file: 'no/such/file.csv' });
    expect(plain(missing!)).toContain('no/such/file.csv: error: path "no/such/file.csv" does not exist; expected a CSV file, an .xlsx workbook or a folder of them');
    expect(result.observations).toHaveLength(9);
  });

  it('reads a hidden folder when it is given explicitly (only hidden entries inside folders are skipped)', async () => {
    const result = await loadData([join(FIXTURES, 'folder', '.hidden')], MODEL);
    expect(result.observations).toHaveLength(1);
  });

  it('warns about a folder with no data files', async () => {
    const t = await tempDir();
    try {
      await t.write('README.txt', 'nothing here');
      await t.write('data.docx', 'PK');
      const result = await loadData([t.dir], MODEL);
      expect(result.files).toEqual([]);
      const [d] = byCode(result, 'no-data-files');
      expect(d).toMatchObject({ severity: 'warning', file: t.dir });
      expect(d?.message.en).toContain('expected data files (*.csv, *.tsv, *.txt or *.xlsx) in it');
    } finally {
      await t.cleanup();
    }
  });
});

describe('row bookkeeping', () => {
  it('counts every data row once: read = used + unused, blank lines not counted', async () => {
    const names = ['long-basic.csv', 'wide-basic.csv', 'err-ragged.csv', 'err-unterminated.csv', 'unknown-indicator.csv', 'years-outside.csv', 'err-conflict.csv', 'err-rule-value.csv', 'err-blank-only.csv'];
    const result = await loadData(names.map(fixture), MODEL);
    expect(balanced(result)).toBe(true);
    for (const row of result.rows.unused.toArray()) expect([row.reason.zh, row.reason.en]).not.toContain('');
  });

  it('reports rows with years outside the plan as unused, with one info per file', async () => {
    const result = await loadData([fixture('years-outside.csv')], MODEL);
    expect(result.rows.read).toBe(4);
    expect(result.rows.used).toBe(1);
    expect(result.rows.unused.toArray().map((r) => r.line)).toEqual([2, 3, 5]);
    expect(result.rows.unused.toArray()[0]?.reason.en).toContain('year outside the plan');
    const [info] = byCode(result, 'year-outside-plan');
    expect(info).toMatchObject({ severity: 'info', line: 2 });
    expect(info?.message.en).toBe('3 rows have years outside the plan (2015, 2019, 2030) and are not used; first at line 2; expected years 2020–2025');
  });
});
