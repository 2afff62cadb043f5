// Workbooks in and out through the built binary: the template a unit fills in, read back; start-up untouched.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { readZipIndex, compressedData, writeZip, type ZipPart } from '../../src/load/data/xlsx/zip.js';
import { MINI, ROOT, runCli } from '../helpers/run-cli.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-xlsx-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function hash(text: string): number {
  let h = 7;
  for (const ch of text) h = (h * 31 + ch.codePointAt(0)!) >>> 0;
  return h;
}

/** The figure a unit reports for a row, in the indicator's unit; undefined for a figure left empty. */
function figure(key: string, unit: string, assessment: boolean): number | string | undefined {
  const h = hash(key);
  if (h % 7 === 0) return undefined;
  if (assessment) return ['达标', '部分达标', '未达标'][h % 3];
  if (unit === '%') return 40 + (h % 60) + 0.5;
  if (unit === '/10万') return 5 + (h % 30);
  if (unit === '岁') return 70 + (h % 10) + 0.1;
  return 3 + (h % 40);
}

const FULL_WIDTH = (text: string) => text.replace(/[0-9.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/**
 * Fills the template as people do: numbers typed, numbers stored as text, full-width digits, percentages typed as
 * 95% (Excel keeps 0.95 formatted as %), cells left empty. Returns the same figures as a CSV.
 */
async function fillIn(template: string, filled: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(template);
  const csv = new Map<string, string>();
  let dimHeaders: string[] = [];
  wb.eachSheet((ws) => {
    if (ws.name === '填报说明') return;
    const header = (ws.getRow(1).values as unknown[]).slice(1).map(String);
    const dims = header.slice(6, -1);
    dimHeaders = [...new Set([...dimHeaders, ...dims])];
    ws.eachRow((row, number) => {
      if (number === 1) return;
      const id = String(row.getCell(1).value);
      const unit = String(row.getCell(3).value ?? '');
      const dimValues = dims.map((_, i) => String(row.getCell(7 + i).value ?? ''));
      const assessment = String(row.getCell(6).dataValidation?.type) === 'list';
      const key = `${id}|${dims.map((d, i) => `${d}=${dimValues[i]}`).join('|')}`;
      const value = figure(key, unit, assessment);
      if (value === undefined) return;
      const cell = row.getCell(6);
      const style = hash(key) % 4;
      if (typeof value === 'string') cell.value = value;
      else if (style === 1) cell.value = String(value);
      else if (style === 2) cell.value = FULL_WIDTH(String(value));
      else if (style === 3 && unit === '%') {
        cell.value = value / 100;
        // A style object of its own: exceljs shares one between the cells it was read for.
        cell.style = { ...cell.style, numFmt: '0.0%' };
      } else cell.value = value;
      csv.set(key, [id, String(row.getCell(5).value), String(value), ...dims.map((d, i) => `${d}\u0000${dimValues[i]}`)].join('\u0001'));
    });
  });
  await wb.xlsx.writeFile(filled);
  const lines = [['indicator', 'year', 'value', ...dimHeaders].join(',')];
  for (const entry of csv.values()) {
    const [id, year, value, ...dims] = entry.split('\u0001');
    const byHeader = new Map(dims.map((d) => d.split('\u0000') as [string, string]));
    lines.push([id, year, value, ...dimHeaders.map((h) => byHeader.get(h) ?? '')].join(','));
  }
  return lines.join('\n') + '\n';
}

function results(stdout: string): unknown {
  const json = JSON.parse(stdout) as { inputs?: unknown };
  delete json.inputs;
  return json;
}

// Each test spawns plancheck several times: on a loaded machine that takes longer than the default 5 s.
describe('plancheck template --format xlsx', { timeout: 60_000 }, () => {
  const template = path.join(dir, 'template.xlsx');

  it('writes one workbook: instructions, then a protected, validated sheet per lead unit', async () => {
    const run = runCli(['template', '--plans', MINI.plans, '--year', '2024', '--format', 'xlsx', '--output', template]);
    expect(run.status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(template);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['填报说明', '未列牵头单位', '自治县妇联', '自治县教育科技局', '自治县民政局', '自治县委组织部', '自治县卫生健康局', '自治县应急管理局']);
    const health = wb.getWorksheet('自治县卫生健康局')!;
    expect((health.getRow(1).values as unknown[]).slice(1)).toEqual(['指标代码', '说明', '单位', '牵头单位', '年份', '数值', '城乡', '乡镇', '备注']);
    expect(health.getRow(1).font?.bold).toBe(true);
    expect(health.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    // Protected, without a password.
    const protection = (health as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
    expect(protection).toMatchObject({ sheet: true });
    expect(protection.hashValue).toBeUndefined();
    const rowOf = (id: string) => health.getRows(2, health.rowCount - 1)!.find((r) => r.getCell(1).value === id)!;
    const screening = rowOf('screening');
    expect(screening.getCell(1).protection?.locked).not.toBe(false);
    expect(screening.getCell(6).protection?.locked).toBe(false);
    expect(screening.getCell(6).dataValidation).toMatchObject({ type: 'decimal', operator: 'between', formulae: [0, 100], allowBlank: true });
    expect(String(screening.getCell(6).note)).toContain('单位：%');
    expect(String(screening.getCell(6).note)).toContain('规划原文：');
    expect(rowOf('T-H-12').getCell(6).dataValidation).toMatchObject({ type: 'list', formulae: ['"达标,部分达标,未达标"'] });
    expect(rowOf('sessions')).toBeUndefined();
  });

  it('filled in as a person would, reads back with no errors or warnings and evaluates exactly as the same figures in CSV', async () => {
    const filled = path.join(dir, 'filled.xlsx');
    const csv = path.join(dir, 'same.csv');
    fs.writeFileSync(csv, await fillIn(template, filled));
    const validate = runCli(['validate', '--plans', MINI.plans, filled]);
    expect(validate.status).toBe(0);
    expect(validate.stdout).toMatch(/错误 0 个，警告 0 个/);
    const fromXlsx = runCli(['evaluate', '--plans', MINI.plans, '--year', '2024', '--format', 'json', filled]);
    const fromCsv = runCli(['evaluate', '--plans', MINI.plans, '--year', '2024', '--format', 'json', csv]);
    expect(fromCsv.stderr).toBe('');
    expect(fromXlsx.stderr).toBe('');
    expect(results(fromXlsx.stdout)).toEqual(results(fromCsv.stdout));
    // Not a vacuous comparison: figures were read and judged.
    expect((JSON.parse(fromXlsx.stdout) as { summary: Record<string, number> }).summary.pass).toBeGreaterThan(0);
  });

  it('--split-by-lead writes one workbook per unit; without a file it says a workbook needs one', () => {
    const split = path.join(dir, 'units');
    expect(runCli(['template', '--plans', MINI.plans, '--format', 'xlsx', '--split-by-lead', split]).status).toBe(0);
    expect(fs.readdirSync(split)).toContain('自治县卫生健康局.xlsx');
    expect(fs.readdirSync(split)).toHaveLength(7);
    const validate = runCli(['validate', '--plans', MINI.plans, path.join(split, '自治县卫生健康局.xlsx')]);
    expect(validate.stdout).toMatch(/错误 0 个，警告 0 个/);
    const usage = runCli(['template', '--plans', MINI.plans, '--format', 'xlsx']);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('--format xlsx 写的是工作簿，不是文本；请加 --output <文件.xlsx> 或 --split-by-lead <文件夹>');
    expect(runCli(['template', '--plans', MINI.plans, '--format', 'xlsx', '--lang', 'en']).stderr).toContain('--format xlsx writes a workbook, not text; expected --output FILE.xlsx or --split-by-lead DIR');
  });
});

describe('reading workbooks from the command line', { timeout: 60_000 }, () => {
  it('names workbook, sheet and cell in messages and exits 2 on an error', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('2024年').addRows([['指标代码', '年份', '数值'], ['screening', 2024, '九十']]);
    const file = path.join(dir, '卫健局.xlsx');
    await wb.xlsx.writeFile(file);
    const run = runCli(['evaluate', '--plans', MINI.plans, file]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${file} › 2024年 › C2: 错误: 第3列（数值）："九十" 不是数字；应为数字，如 70、70% 或 3.5‰`);
    expect(runCli(['evaluate', '--plans', MINI.plans, file, '--lang', 'en']).stderr).toContain(`${file} › 2024年 › C2: error: column 3 (数值): value "九十" is not a number`);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('loads exceljs only when a workbook is read', () => {
    const hook = path.join(dir, 'hook.cjs');
    // Any require of exceljs, from the bundle's createRequire or elsewhere, passes through Module._load.
    fs.writeFileSync(hook, "const M = require('module'); const load = M._load; M._load = function (request, ...rest) { if (String(request).startsWith('exceljs')) process.stderr.write('EXCELJS LOADED\\n'); return load.call(this, request, ...rest); };\n");
    const run = (data: string) => spawnSync(process.execPath, ['-r', hook, path.join(ROOT, 'bin', 'plancheck.js'), 'evaluate', '--plans', MINI.plans, data], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const csv = run(MINI.data);
    expect(csv.status).toBe(1);
    expect(csv.stderr).not.toContain('EXCELJS LOADED');
    expect(run(path.join(dir, '卫健局.xlsx')).stderr).toContain('EXCELJS LOADED');
  });
});

/** `bytes` of one letter, deflated as it streams (the test never holds them). */
async function deflatedRun(bytes: number): Promise<Buffer> {
  const deflate = zlib.createDeflateRaw({ level: 1 });
  const out: Buffer[] = [];
  deflate.on('data', (c: Buffer) => out.push(c));
  const chunk = Buffer.alloc(1 << 20, 0x61);
  for (let n = 0; n < bytes; n += chunk.length) if (!deflate.write(chunk)) await once(deflate, 'drain');
  deflate.end();
  await once(deflate, 'end');
  return Buffer.concat(out);
}

describe('hostile workbooks from the command line', { timeout: 60_000 }, () => {
  it('refuses zip bombs (shared strings inflating to 300 MiB) by their lying header or at the real 256 MiB limit, exit 2', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('数据').addRows([['指标代码', '年份', '数值'], ['screening', 2024, 95]]);
    const original = Buffer.from(await wb.xlsx.writeBuffer());
    const index = readZipIndex(original);
    if (!index.ok) throw new Error(index.problem);
    const parts: ZipPart[] = [...index.entries.values()]
      .filter((e) => e.name !== 'xl/sharedStrings.xml')
      .map((e) => ({ name: e.name, method: e.method, crc: e.crc, size: e.size, data: compressedData(original, e)! }));
    const bombData = await deflatedRun(300 * 1024 * 1024);
    const bomb = (declared: number) => {
      const file = path.join(dir, `bomb-${declared}.xlsx`);
      fs.writeFileSync(file, writeZip([...parts, { name: 'xl/sharedStrings.xml', method: 8, crc: 0, size: declared, data: bombData }]));
      return file;
    };
    const small = bomb(1000);
    const lying = runCli(['validate', '--plans', MINI.plans, small], { timeout: 60_000 });
    expect(lying.status).toBe(2);
    expect(lying.stderr).toContain(`${small}: 错误: 工作簿的压缩内容已损坏或超出大小限制（可能是压缩炸弹），未读取；应为Excel 或 WPS 保存的 .xlsx 工作簿`);
    expect(runCli(['validate', '--plans', MINI.plans, small, '--lang', 'en'], { timeout: 60_000 }).stderr).toContain(`${small}: error: part xl/sharedStrings.xml decompresses to more than the 1 KiB its zip directory declares (a damaged workbook or a zip bomb); the workbook is not read`);
    // Declared large enough to be decompressed as a stream: the limit itself stops it.
    const large = bomb(100 * 1024 * 1024);
    const limited = runCli(['validate', '--plans', MINI.plans, large, '--lang', 'en'], { timeout: 60_000 });
    expect(limited.status).toBe(2);
    expect(limited.stderr).toContain(`${large}: error: part xl/sharedStrings.xml decompresses to more than 256 MiB, over the limit of 256 MiB (a damaged workbook or a zip bomb); the workbook is not read`);
  });

  // About a minute here: PLANCHECK_SLOW_TESTS=1 runs it. The limit logic itself is tested on a small workbook.
  it.runIf(process.env.PLANCHECK_SLOW_TESTS)('stops a 1,048,576-row workbook at the row limit: an error, exit 2, no crash', async () => {
    const big = path.join(dir, 'million.xlsx');
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: big, useSharedStrings: false });
    const ws = writer.addWorksheet('数据');
    ws.addRow(['indicator', 'year', 'value', 'township']).commit();
    for (let i = 1; i < 1_048_576; i++) ws.addRow(['vaccination', 2021 + (i % 4), 90 + (i % 10), `镇${i % 1000}`]).commit();
    ws.commit();
    await writer.commit();
    // evaluate, not validate: validate lists every unused row, tens of megabytes here.
    const run = runCli(['evaluate', '--plans', MINI.plans, big], { timeout: 600_000 });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${big} › 数据 › 第 500001 行: 错误: 工作簿超过 500,000 行，第 500001 行及以后未读取`);
  }, 900_000);
});
