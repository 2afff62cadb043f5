// Writes a large, deterministic long-format data set for the bundled plans (every indicator, 2020–2024, per township and village).
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const YEARS = [2020, 2021, 2022, 2023, 2024];
const TOWNSHIPS = 40;

/** mulberry32: a small seeded generator, so every run writes the same bytes. */
function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function yamlFiles(dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name) && !e.parentPath.includes(`${path.sep}source`))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** Indicators (with their unit and derivation) and qualitative rule ids of the plans in `dir`. */
export function readPlans(dir) {
  const indicators = [];
  const qualitative = [];
  for (const file of yamlFiles(dir)) {
    const doc = parse(fs.readFileSync(file, 'utf8'));
    if (doc?.type === 'indicators') indicators.push(...(doc.indicators ?? []));
    if (doc?.type === 'rules') for (const rule of doc.rules) if (rule.check?.kind === 'qualitative') qualitative.push(rule.id);
  }
  return { indicators, qualitative };
}

/** A plausible value for a unit, with a gentle trend over the years. */
function valueFor(unit, random, step) {
  const drift = 1 + 0.01 * step;
  if (unit === '%') return Math.min(99.9, (60 + 35 * random()) * drift).toFixed(1);
  if (unit === '‰') return (2 + 8 * random()).toFixed(2);
  if (unit === '/10万') return (5 + 25 * random()).toFixed(1);
  if (unit === '岁' || unit === '年') return (70 + 10 * random()).toFixed(1);
  if (unit === '') return (1 + 99 * random()).toFixed(2);
  return String(Math.round((50 + 5000 * random()) * drift));
}

/** Derived indicators after their parts, so a computed value can be written alongside its parts. */
function derivationOrder(indicators) {
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const done = new Set();
  const order = [];
  const visit = (ind) => {
    if (done.has(ind.id)) return;
    done.add(ind.id);
    // The denominator first, so that a share's numerator can be drawn below it.
    for (const part of ind.derivation ? [ind.derivation.denominator, ind.derivation.numerator] : []) if (byId.has(part)) visit(byId.get(part));
    order.push(ind);
  };
  indicators.forEach(visit);
  return order;
}

class Writer {
  constructor(file, header) {
    this.fd = fs.openSync(file, 'w');
    this.buffer = [header];
    this.rows = 0;
  }
  row(line) {
    this.buffer.push(line);
    this.rows++;
    if (this.buffer.length >= 20_000) this.flush();
  }
  flush() {
    fs.writeSync(this.fd, this.buffer.join('\n') + '\n');
    this.buffer = [];
  }
  close() {
    this.flush();
    fs.closeSync(this.fd);
  }
}

/**
 * Every indicator for the county, each township and each village, whether or not it declares those dimensions:
 * rows an indicator does not break down by are read and reported unused, as plancheck must do with any row.
 * Write county.csv, townships.csv and villages.csv, with the lists 乡镇名单.csv and 村名单.csv, into `outDir`; about `targetRows` rows in all. `quoted` puts
 * quotes around every village row's value, as some exports do, so the reader cannot take its quote-free path.
 */
export function generateData(plansDir, outDir, { targetRows = 1_000_000, seed = 20240601, quoted = false } = {}) {
  const random = seeded(seed);
  const { indicators, qualitative } = readPlans(plansDir);
  // A share's numerator (the part of a % or ‰ ratio) is drawn as a fraction of its denominator, so the ratio
  // stays within the indicator's range.
  const denominatorOf = new Map();
  for (const ind of indicators) {
    const d = ind.derivation;
    if (d && (ind.unit === '%' || ind.unit === '‰')) denominatorOf.set(d.numerator, d.denominator);
  }
  const ordered = derivationOrder(indicators);
  const perSeries = indicators.length * YEARS.length;
  const villages = Math.max(1, Math.round((targetRows - qualitative.length * YEARS.length) / perSeries) - 1 - TOWNSHIPS);
  fs.mkdirSync(outDir, { recursive: true });
  const county = new Writer(path.join(outDir, 'county.csv'), 'indicator,year,value');
  const townships = new Writer(path.join(outDir, 'townships.csv'), 'indicator,year,value,township');
  const villageRows = new Writer(path.join(outDir, 'villages.csv'), 'indicator,year,value,village');
  const units = [
    { writer: county, cell: '' },
    ...Array.from({ length: TOWNSHIPS }, (_, i) => ({ writer: townships, cell: `,示例乡镇${String(i + 1).padStart(2, '0')}` })),
    ...Array.from({ length: villages }, (_, i) => ({ writer: villageRows, cell: `,示例村${String(i + 1).padStart(2, '0')}` })),
  ];
  const marks = ['达标', '部分达标', '未达标'];
  for (const id of qualitative) for (const year of YEARS) county.row(`${id},${year},${marks[Math.floor(random() * 3)]}`);
  for (const { writer, cell } of units) {
    const known = new Map();
    for (const ind of ordered) {
      YEARS.forEach((year, step) => {
        let value;
        const d = ind.derivation;
        const num = d && known.get(`${d.numerator}@${year}`);
        const den = d && known.get(`${d.denominator}@${year}`);
        const whole = denominatorOf.has(ind.id) ? known.get(`${denominatorOf.get(ind.id)}@${year}`) : undefined;
        if (d && num !== undefined && den !== undefined && Number(den) !== 0) value = String(Number(((Number(num) / Number(den)) * (d.factor ?? 1)).toPrecision(8)));
        else if (whole !== undefined) value = String(Math.floor(Number(whole) * (0.3 + 0.65 * random())));
        else value = valueFor(ind.unit, random, step);
        known.set(`${ind.id}@${year}`, value);
        writer.row(quoted && writer === villageRows ? `${ind.id},${year},"${value}"${cell}` : `${ind.id},${year},${value}${cell}`);
      });
    }
  }
  for (const w of [county, townships, villageRows]) w.close();
  // The county's own lists beside the data, as a county keeps them, so per-unit rules check every unit.
  fs.writeFileSync(path.join(outDir, '乡镇名单.csv'), ['乡镇', ...units.slice(1, 1 + TOWNSHIPS).map((u) => u.cell.slice(1))].join('\n') + '\n');
  fs.writeFileSync(path.join(outDir, '村名单.csv'), ['村', ...units.slice(1 + TOWNSHIPS).map((u) => u.cell.slice(1))].join('\n') + '\n');
  const rows = county.rows + townships.rows + villageRows.rows;
  const bytes = ['county.csv', 'townships.csv', 'villages.csv'].reduce((sum, f) => sum + fs.statSync(path.join(outDir, f)).size, 0);
  return { rows, bytes, indicators: indicators.length, villages, files: ['county.csv', 'townships.csv', 'villages.csv'].map((f) => path.join(outDir, f)) };
}

if (process.argv[1] && import.meta.url === new URL(`file://${path.resolve(process.argv[1])}`).href) {
  const [plansDir = 'plans', outDir = 'bench/out/data'] = process.argv.slice(2);
  console.log(generateData(plansDir, outDir));
}
