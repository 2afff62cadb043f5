// Times `plancheck report` on the bundled sample (run `npm run build` first): median wall-clock of 5 runs per
// language, the CPU time (user + system, from /usr/bin/time when present: on a shared machine wall-clock is inflated
// by the others' load) and the size of the page. Targets (issue 16): ≤ 3 s and ≤ 3 MB. Usage: node bench/report.mjs [runs]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 5);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-bench-report-'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const cpu = [];

function time(args) {
  const start = process.hrtime.bigint();
  const [command, argv] = TIME ? [TIME, ['-f', 'cpu %U %S', process.execPath, ...args]] : [process.execPath, args];
  const run = spawnSync(command, argv, { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${args.join(' ')} failed: ${run.stderr}`);
  const used = run.stderr.match(/cpu ([\d.]+) ([\d.]+)\s*$/);
  if (used) cpu.push((Number(used[1]) + Number(used[2])) * 1000);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Median CPU ms of the runs timed since the last call. */
function cpuSince() {
  const xs = cpu.splice(0);
  return xs.length ? `, CPU ${median(xs).toFixed(0)} ms` : '';
}

try {
  const baseline = median(Array.from({ length: runs }, () => time(['-e', '0'])));
  console.log(`node -e 0: ${baseline.toFixed(0)} ms${cpuSince()}`);
  for (const lang of ['zh', 'en']) {
    const out = path.join(dir, `report-${lang}.html`);
    const ms = median(Array.from({ length: runs }, () => time(['bin/plancheck.js', 'report', '--year', '2024', '--lang', lang, '-o', out])));
    const html = fs.readFileSync(out, 'utf8');
    const charts = (html.match(/<svg /g) ?? []).length;
    const size = fs.statSync(out).size;
    console.log(`report --lang ${lang}: ${ms.toFixed(0)} ms (median of ${runs})${cpuSince()}, ${(size / 1024 / 1024).toFixed(2)} MB, ${charts} charts${ms > 3000 || size > 3 * 1024 * 1024 ? '  OVER TARGET' : ''}`);
  }
  const md = median(Array.from({ length: runs }, () => time(['bin/plancheck.js', 'report', '--format', 'markdown', '-o', path.join(dir, 'report.md')])));
  console.log(`report --format markdown: ${md.toFixed(0)} ms${cpuSince()}`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
