// `npm run bench:xlsx`: reading a 100,000-row workbook against the same rows as CSV files, interleaved, medians.
// Target (issue 15): reading the workbook takes ≤ 5× reading the CSV. Prints PASS/FAIL.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { generateData } from './generate-data.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ROUNDS = Number(process.env.BENCH_ROUNDS) || 5;
const ROWS = Number(process.env.BENCH_XLSX_ROWS) || 100_000;
const TARGET = 5;

if (!fs.existsSync(path.join(ROOT, 'dist', 'cli', 'main.js'))) throw new Error('dist/ is missing: run `npm run build` (npm run bench:xlsx does it)');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-bench-xlsx-'));
// Every run reads its input: no cache may answer for it.
const env = { ...process.env, NO_COLOR: '1' };
// The same usage report as npm run bench: peak RSS as the child itself saw it.
const usage = path.join(ROOT, 'bench', 'usage.mjs');

/** The CSV files' rows as one workbook, a sheet per file, numbers as numbers and text as shared strings (as Excel saves). */
async function writeWorkbook(files, target) {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: target, useSharedStrings: true });
  for (const file of files) {
    const sheet = writer.addWorksheet(path.basename(file, '.csv'));
    const lines = fs.readFileSync(file, 'utf8').trimEnd().split('\n');
    lines.forEach((line, i) => {
      const cells = line.split(',');
      sheet.addRow(i === 0 ? cells : cells.map((c) => (c !== '' && Number.isFinite(Number(c)) ? Number(c) : c))).commit();
    });
    sheet.commit();
  }
  await writer.commit();
}

function timed(args) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--import', usage, path.join(ROOT, 'bin', 'plancheck.js'), ...args], { cwd: ROOT, encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`plancheck ${args.join(' ')} exited ${result.status}:\n${result.stderr.slice(0, 2000)}`);
  const rss = /max-rss-kib (\d+)/.exec(result.stderr);
  return { ms, rssMiB: rss ? Number(rss[1]) / 1024 : NaN, stdout: result.stdout };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

console.log(`machine: ${os.availableParallelism()} cores, node ${process.version}, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
const data = generateData(path.join(ROOT, 'plans'), path.join(work, 'csv'), { targetRows: ROWS });
const book = path.join(work, 'data.xlsx');
await writeWorkbook(data.files, book);
// The county's township and village lists beside the CSV files are read with the workbook too: both runs judge the same units.
const lists = fs.readdirSync(path.join(work, 'csv')).filter((f) => f.includes('名单')).map((f) => path.join(work, 'csv', f));
const tiny = path.join(work, 'tiny.csv');
// One row: a file with no data rows is an error, and the floor must be a run that succeeds.
fs.writeFileSync(tiny, 'indicator,year,value\nW-HEALTH-1,2024,达标\n');
console.log(`data: ${data.rows.toLocaleString('en')} rows; CSV ${(data.bytes / 1e6).toFixed(1)} MB in ${data.files.length} files; workbook ${(fs.statSync(book).size / 1e6).toFixed(1)} MB, ${data.files.length} sheets`);

const cases = {
  // Start-up and plan loading, which both commands pay: subtracted to give the reading alone.
  s: { label: 'plancheck validate, a one-row CSV', args: ['validate', tiny] },
  c: { label: `plancheck validate, ${ROWS.toLocaleString('en')} rows as CSV`, args: ['validate', path.join(work, 'csv')] },
  x: { label: `plancheck validate, ${ROWS.toLocaleString('en')} rows as .xlsx`, args: ['validate', book, ...lists] },
};
const samples = Object.fromEntries(Object.keys(cases).map((k) => [k, { ms: [], rss: [] }]));
// Both read the same rows: the summary lines (rows read, used) must agree.
const summary = (stdout) => stdout.trim().split('\n').at(-1).replace(/数据文件 \d+ 个，/, '');
if (summary(timed(cases.c.args).stdout) !== summary(timed(cases.x.args).stdout)) throw new Error('the workbook and the CSV files do not read the same rows');
const keys = Object.keys(cases);
for (let round = 0; round < ROUNDS; round++) {
  // Interleaved and rotated, so a slow spell of the machine falls on every case alike.
  for (const key of [...keys.slice(round % keys.length), ...keys.slice(0, round % keys.length)]) {
    const { ms, rssMiB } = timed(cases[key].args);
    samples[key].ms.push(ms);
    samples[key].rss.push(rssMiB);
  }
  process.stdout.write(`round ${round + 1}/${ROUNDS} done\n`);
}
const m = Object.fromEntries(keys.map((k) => [k, median(samples[k].ms)]));
for (const key of keys) {
  console.log(`(${key}) ${cases[key].label.padEnd(44)} median ${m[key].toFixed(0).padStart(6)} ms, max RSS ${Math.max(...samples[key].rss).toFixed(0)} MiB, runs ${samples[key].ms.map((v) => v.toFixed(0)).join(' ')}`);
}
const reading = (m.x - m.s) / (m.c - m.s);
const whole = m.x / m.c;
console.log(`${reading <= TARGET ? 'PASS' : 'FAIL'} reading the workbook vs the CSV, start-up subtracted: (x−s)/(c−s) = ${reading.toFixed(2)} (target ≤ ${TARGET})`);
console.log(`info: whole command x/c = ${whole.toFixed(2)}`);
console.log(`load after: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
fs.rmSync(work, { recursive: true, force: true });
process.exitCode = reading <= TARGET ? 0 : 1;
