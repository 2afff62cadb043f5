import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { encodeGbk } from '../load/data/test-model.js';
import { MINI, ROOT, runCli } from '../helpers/run-cli.js';

// The same figures as tests/fixtures/mini/data, written the ways statistics staff send them.
const rows = parse(fs.readFileSync(path.join(ROOT, MINI.data, 'mini.csv'), 'utf8'), { columns: true }) as Array<Record<string, string>>;
const UNITS: Record<string, string> = { mmr: '/10万', injury: '/10万', screening: '%', share: '%', literacy: '%', myopia: '%', cadres: '%', vaccination: '%' };

function longWithSuffixes(): string {
  const lines = ['指标,年份,数值,城乡,乡镇'];
  for (const r of rows) {
    const suffix = /^\d/.test(r.value!) ? (UNITS[r.indicator!] ?? '') : '';
    lines.push([r.indicator, `${r.year}年`, `${r.value}${suffix}`, r.area, r.township].join(','));
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

function wideTabs(): string {
  const years = [...new Set(rows.map((r) => r.year!))].sort();
  const keys = [...new Set(rows.map((r) => `${r.indicator}\t${r.area}\t${r.township}`))];
  const lines = [['indicator', 'area', 'township', ...years].join('\t')];
  for (const key of keys) {
    const [indicator, area, township] = key.split('\t');
    const cells = years.map((y) => rows.find((r) => r.indicator === indicator && r.area === area && r.township === township && r.year === y)?.value ?? '');
    lines.push([indicator, area, township, ...cells].join('\t'));
  }
  return lines.join('\n') + '\n';
}

function resultsOf(dataFile: string): unknown {
  const run = runCli(['evaluate', '--plans', MINI.plans, dataFile, '--format', 'json', '--year', '2023']);
  expect(run.stderr).toBe('');
  const { inputs: _inputs, ...rest } = JSON.parse(run.stdout);
  return rest;
}

describe('the same figures in any supported layout evaluate to identical results', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-layouts-'));
  const baseline = resultsOf(path.join(MINI.data, 'mini.csv'));

  it('long, UTF-8 with BOM, CRLF, Chinese headers, 2024年 years and %, /10万 suffixes', () => {
    const file = path.join(dir, 'long-bom.csv');
    fs.writeFileSync(file, longWithSuffixes());
    expect(resultsOf(file)).toEqual(baseline);
  });

  it('wide, tab-separated, GB18030 as Excel saves it', () => {
    const file = path.join(dir, 'wide-gbk.tsv');
    fs.writeFileSync(file, encodeGbk(wideTabs()));
    expect(resultsOf(file)).toEqual(baseline);
  });
});
