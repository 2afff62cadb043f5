// `npm run bench`: start-up, a million-row evaluation and its parsing floor, timed interleaved in one run; PASS/FAIL per target.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { generateData } from './generate-data.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ROUNDS = Number(process.env.BENCH_ROUNDS) || 5;
/** Start-ups are short and noisy: several of each per round. */
const SHORT_REPEATS = 8;
const TARGETS = { coldStart: 2.0, largeEvaluation: 1.5, peakMemoryMiB: 250 };

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-bench-'));
const env = { ...process.env, NO_COLOR: '1', PLANCHECK_CACHE_DIR: path.join(work, 'cache') };

function timed(args, options = {}) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options, env: { ...env, ...options.env } });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  // evaluate exits 1 when a target fails: that is a result, not a crash.
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} exited ${result.status}:\n${result.stderr}`);
  const rss = /max-rss-kib (\d+)/.exec(result.stderr ?? '');
  return { ms, maxRssMiB: rss ? Number(rss[1]) / 1024 : null };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

if (!fs.existsSync(path.join(ROOT, 'dist', 'cli', 'main.js'))) throw new Error('dist/ is missing: run `npm run build` (npm run bench does it)');
console.log(`machine: ${os.availableParallelism()} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), node ${process.version}, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);

const data = generateData(path.join(ROOT, 'plans'), path.join(work, 'data'));
console.log(`data: ${data.rows.toLocaleString('en')} rows, ${(data.bytes / 1e6).toFixed(1)} MB in ${data.files.length} files (${data.indicators} indicators, 40 townships, ${data.villages} villages, 2020–2024) in ${work}`);
const quoted = generateData(path.join(ROOT, 'plans'), path.join(work, 'quoted'), { quoted: true });
const floorScript = path.join(work, 'csv-floor.mjs');
await build({ entryPoints: [path.join(ROOT, 'bench', 'csv-floor.mjs')], bundle: true, platform: 'node', format: 'esm', outfile: floorScript, logLevel: 'warning' });

const BIN = path.join('bin', 'plancheck.js');
const MAX_RSS = ['--import', path.join(ROOT, 'bench', 'max-rss.mjs')];
const cases = {
  a: { label: '(a) node -e 0', run: () => timed(['-e', '0']), short: true },
  b: { label: '(b) plancheck evaluate, bundled sample', run: () => timed([BIN, 'evaluate']), short: true },
  // Not a target: (b) with every cache off, as on a fresh CI machine or after an edit to the rules.
  n: { label: "(b') as (b), PLANCHECK_CACHE=0", run: () => timed([BIN, 'evaluate'], { env: { PLANCHECK_CACHE: '0' } }), short: true },
  c: { label: '(c) plancheck evaluate, large set', run: () => timed([...MAX_RSS, BIN, 'evaluate', path.join(work, 'data')]) },
  d: { label: '(d) csv-parse alone, large set', run: () => timed([...MAX_RSS, floorScript, ...data.files]) },
  // Not a target: the same rows with every village value quoted, which plancheck reads through csv-parse.
  q: { label: "(c') as (c), values quoted (csv-parse path)", run: () => timed([...MAX_RSS, BIN, 'evaluate', path.join(work, 'quoted')]) },
};
const samples = Object.fromEntries(Object.keys(cases).map((k) => [k, { ms: [], rss: [] }]));

// A warm-up of each fills plancheck's caches (compiled plans, loaded data, evaluations) and the page cache, as a
// user's second run finds them. The large set is over the data cache's size limit: (c) parses every time.
for (const c of Object.values(cases)) c.run();
const record = (key) => {
  const { ms, maxRssMiB } = cases[key].run();
  samples[key].ms.push(ms);
  if (maxRssMiB !== null) samples[key].rss.push(maxRssMiB);
};
const rotated = (keys, by) => [...keys.slice(by % keys.length), ...keys.slice(0, by % keys.length)];
const shortKeys = Object.keys(cases).filter((k) => cases[k].short);
const longKeys = Object.keys(cases).filter((k) => !cases[k].short);
for (let round = 0; round < ROUNDS; round++) {
  // Start-ups alternate run by run (a, b, b', a, b, …), so that a slow or fast spell of the machine falls on all
  // of them alike; the order rotates so no case always follows the same neighbour.
  for (let i = 0; i < SHORT_REPEATS; i++) rotated(shortKeys, round + i).forEach(record);
  rotated(longKeys, round).forEach(record);
  process.stdout.write(`round ${round + 1}/${ROUNDS} done\n`);
}

const m = Object.fromEntries(Object.keys(cases).map((k) => [k, median(samples[k].ms)]));
const quartiles = (values) => {
  const sorted = [...values].sort((x, y) => x - y);
  return `${sorted[Math.floor((sorted.length - 1) / 4)].toFixed(0)}–${sorted[Math.ceil(((sorted.length - 1) * 3) / 4)].toFixed(0)}`;
};
for (const [key, c] of Object.entries(cases)) {
  const rss = samples[key].rss.length ? `, max RSS ${Math.max(...samples[key].rss).toFixed(0)} MiB` : '';
  console.log(`${c.label.padEnd(42)} median ${m[key].toFixed(0).padStart(6)} ms (quartiles ${quartiles(samples[key].ms)}) over ${samples[key].ms.length} runs${rss}`);
}
const coldStart = m.b / m.a;
const largeEvaluation = m.c / m.d;
const peak = Math.max(...samples.c.rss);
const verdict = (ok) => (ok ? 'PASS' : 'FAIL');
const lines = [
  `${verdict(coldStart <= TARGETS.coldStart)} cold start b/a = ${coldStart.toFixed(2)} (target ≤ ${TARGETS.coldStart})`,
  `${verdict(largeEvaluation <= TARGETS.largeEvaluation)} large evaluation c/d = ${largeEvaluation.toFixed(2)} (target ≤ ${TARGETS.largeEvaluation})`,
  `${verdict(peak <= TARGETS.peakMemoryMiB)} peak memory of (c) = ${peak.toFixed(0)} MiB (target ≤ ${TARGETS.peakMemoryMiB} MiB)`,
];
console.log(lines.join('\n'));
console.log(`info: (b')/a = ${(m.n / m.a).toFixed(2)} (start-up with every cache off)`);
console.log(`info: (c')/d = ${(m.q / m.d).toFixed(2)}, peak memory of (c') = ${Math.max(...samples.q.rss).toFixed(0)} MiB (plancheck's own overhead over csv-parse when it cannot skip it)`);
console.log(`load after: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
fs.rmSync(work, { recursive: true, force: true });
process.exitCode = lines.every((l) => l.startsWith('PASS')) ? 0 : 1;
