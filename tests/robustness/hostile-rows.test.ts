// No row ignored silently, no value misread: rows no rule can read are reported unused, merged-cell blanks are
// warned about, exponent notation and mixed encodings are refused.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeGbk } from '../load/data/test-model.js';
import { MINI, expectInputError, run, scratch } from './hostile.js';

const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) fs.rmSync(dir, { recursive: true, force: true });
});

function dataFile(name: string, content: string | Uint8Array): string {
  const dir = scratch();
  folders.push(dir);
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

const validate = (file: string) => run(['validate', '--lang', 'en', '--plans', MINI.plans, file]);
const evaluate = (file: string) => run(['evaluate', '--lang', 'en', '--plans', MINI.plans, file, '--format', 'json']);

describe('rows broken down by a dimension the indicator does not have', () => {
  it('are counted as not used by validate, each with its reason, and warned about once', () => {
    // screening is a county total: no dimensions. Rows by area or by township are read by no rule.
    const file = dataFile('split.csv', 'indicator,year,value,area,township\nscreening,2023,62,,\nscreening,2023,70,农村,\nscreening,2023,55,城镇,\nscreening,2023,64,,甲镇\n');
    const result = validate(file);
    expect(result.stdout).toContain('4 rows read, 1 used, 3 not used');
    expect(result.stderr).toContain(`${file}:3: not used: broken down by area, which screening is not reported by (its dimensions: none)`);
    expect(result.stderr).toContain(`${file}:5: not used: broken down by township, which screening is not reported by`);
    expect(result.stderr).toContain(`${file}:3:4: warning: column 4 (area): rows of screening are broken down by area, which the indicator is not reported by (2 rows, first at line 3)`);
  });

  it('evaluate says how many rows were not used', () => {
    const file = dataFile('split.csv', 'indicator,year,value,area\nscreening,2023,62,\nscreening,2023,70,农村\n');
    expect(evaluate(file).stderr).toContain('2 read, 1 used, 1 not used');
  });

  it('rows by a dimension the indicator has are used as before', () => {
    const file = dataFile('ok.csv', 'indicator,year,value,area\nmmr,2023,11,\nmmr,2023,14,农村\nmmr,2023,9,城镇\n');
    expect(validate(file).stdout).toContain('3 rows read, 3 used, 0 not used; 0 errors, 0 warnings');
  });
});

describe('blank dimension cells left by merged cells', () => {
  it('are warned about, naming the lines, instead of silently becoming the county total', () => {
    const file = dataFile('merged.csv', 'indicator,year,value,township\nvaccination,2021,95,甲镇\nvaccination,2022,96,\nvaccination,2023,97,\nvaccination,2023,88,乙镇\n');
    const result = validate(file);
    expect(result.stderr).toContain(`${file}:3:4: warning: column 4 (township): 2 rows leave the township cell blank right below a filled one (lines 3, 4): merged cells in the spreadsheet?`);
  });

  it('a row that says 合计 is a total, without a warning', () => {
    const file = dataFile('total.csv', 'indicator,year,value,township\nvaccination,2023,95,甲镇\nvaccination,2023,88,乙镇\nvaccination,2023,91,合计\n');
    expect(validate(file).stdout).toContain('0 errors, 0 warnings');
  });

  it('a file with no named rows in the column is read as totals, without a warning', () => {
    const file = dataFile('totals.csv', 'indicator,year,value,township\nvaccination,2022,90,\nvaccination,2023,91,\n');
    expect(validate(file).stdout).toContain('0 errors, 0 warnings');
  });
});

describe('values and encodings that would be misread', () => {
  it('1e3 in a % column is refused, not read as 1000 %', () => {
    const file = dataFile('exp.csv', 'indicator,year,value\nscreening,2023,1e3\n');
    expectInputError(evaluate(file), file, 2, 'value "1e3" is in exponent notation');
  });

  it('a file that mixes UTF-8 and GBK lines says so and where', () => {
    const utf8 = Buffer.from('indicator,year,value\n宫颈癌筛查率,2022,61.5\n');
    const gbk = Buffer.from(encodeGbk('宫颈癌筛查率,2023,62\n'));
    const file = dataFile('mixed.csv', Buffer.concat([utf8, gbk]));
    expectInputError(evaluate(file), file, 3, 'file mixes encodings: line 2 is UTF-8 but line 3 is not');
  });

  it('a file wholly in GBK is still read', () => {
    const file = dataFile('gbk.csv', encodeGbk('indicator,year,value\n宫颈癌筛查率,2022,61.5\n宫颈癌筛查率,2023,62\n'));
    expect(validate(file).stdout).toContain('2 rows read, 2 used, 0 not used; 0 errors, 0 warnings');
  });
});

describe('rows for a unit no rule reads', () => {
  it('are not used when every rule on the indicator names its units (W-HEALTH-M8c reads 艾滋病 and 梅毒 only)', () => {
    const file = dataFile('treatment.csv', 'indicator,year,value,disease\nhiv_syphilis_treatment_rate,2024,95,艾滋病\nhiv_syphilis_treatment_rate,2024,93,梅毒\nhiv_syphilis_treatment_rate,2024,88,乙肝\nhiv_syphilis_treatment_rate,2024,87,乙肝\n');
    const result = run(['validate', '--lang', 'en', file]);
    expect(result.stdout).toContain('4 rows read, 2 used, 2 not used');
    expect(result.stderr).toContain(`${file}:4: not used: no rule reads disease 乙肝 of hiv_syphilis_treatment_rate (the rules read only 艾滋病、梅毒)`);
    expect(result.stderr).toContain('rows of hiv_syphilis_treatment_rate for disease 乙肝 (2 rows, first at line 4) are read by no rule');
  });

  it('a unit a rule reads by its list is used as before', () => {
    const file = dataFile('treatment.csv', 'indicator,year,value,disease\nhiv_syphilis_treatment_rate,2024,95,艾滋病\n');
    expect(run(['validate', '--lang', 'en', file]).stdout).toContain('1 rows read, 1 used, 0 not used');
  });
});

describe('rows by a dimension the indicator declares but no rule judges it by', () => {
  it('are not used, with the reason (compulsory_education_retention is reported by sex, judged as a total)', () => {
    const file = dataFile('retention.csv', 'indicator,year,value,sex\ncompulsory_education_retention,2024,97.6,\ncompulsory_education_retention,2024,97.9,女\n');
    const result = run(['validate', '--lang', 'en', file]);
    expect(result.stdout).toContain('2 rows read, 1 used, 1 not used');
    expect(result.stderr).toContain(`${file}:3: not used: no rule reads compulsory_education_retention by sex (女)`);
  });
});
