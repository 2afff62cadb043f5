import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadDataCached } from '../../src/cache/data-cache.js';
import { loadData } from '../../src/load/data/index.js';
import type { DataLoadResult } from '../../src/model/data.js';
import { MODEL, tempDir } from '../load/data/test-model.js';

// Count the real parses: a warm load must not parse at all.
vi.mock('../../src/load/data/index.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/load/data/index.js')>();
  return { ...original, loadData: vi.fn(original.loadData) };
});
const parses = () => vi.mocked(loadData).mock.calls.length;

const SHEET = [
  '指标,年份,乡镇（街道）,数值',
  '住院分娩率,2023,草海镇,98.5',
  '住院分娩率,2024,草海镇,99.1',
  '住院分娩率,2024,雪山镇,NA',
  '孕产妇死亡数,2024,,3',
  '活产数,2024,,20000',
  '孕产妇死亡率,2024,,15.2',
  '未知指标,2024,,1',
  '住院分娩率,2031,草海镇,99',
].join('\n');

/** Everything a command reads from a load, as one comparable value. */
function view(result: DataLoadResult) {
  return { observations: result.observations, diagnostics: result.diagnostics, rows: result.rows, files: result.files, yearSpan: result.table.yearSpan() };
}

describe('data cache', () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });
  const setUp = async () => {
    const temp = await tempDir();
    cleanups.push(temp.cleanup);
    const file = await temp.write('data/sheet.csv', SHEET);
    return { file, dataDir: path.join(temp.dir, 'data'), env: { PLANCHECK_CACHE_DIR: path.join(temp.dir, 'cache') } };
  };

  it('a warm load gives exactly what a fresh load gives: observations, derived values, warnings, unused rows', async () => {
    const { dataDir, env } = await setUp();
    const fresh = await loadData([dataDir], MODEL);
    expect(fresh.rows.unused.length).toBeGreaterThan(0);
    expect(fresh.diagnostics.some((d) => d.severity === 'warning')).toBe(true);
    await loadDataCached([dataDir], MODEL, {}, env);
    expect(fs.readdirSync(env.PLANCHECK_CACHE_DIR)).toHaveLength(1);
    const before = parses();
    const warm = await loadDataCached([dataDir], MODEL, {}, env);
    expect(parses()).toBe(before);
    expect(view(warm)).toStrictEqual(view(fresh));
    // Every observation is found again through the restored series lookups, not just listed.
    const table = warm.table;
    for (let i = 0; i < table.size; i++) {
      expect(table.find(table.idNumber(table.idOf(i)), table.knownDimsId(table.dims(i))!, table.year(i))).toBe(i);
    }
  });

  it('a data file edited in place (same size, one digit) is read afresh', async () => {
    const { file, dataDir, env } = await setUp();
    await loadDataCached([dataDir], MODEL, {}, env);
    fs.writeFileSync(file, SHEET.replace('99.1', '99.7'));
    const edited = await loadDataCached([dataDir], MODEL, {}, env);
    expect(edited.observations.find((o) => o.indicator === 'hospital_delivery' && o.year === 2024)?.value).toBe(99.7);
  });

  it('other indicators, an added file or --strict each get their own load', async () => {
    const { dataDir, env } = await setUp();
    await loadDataCached([dataDir], MODEL, {}, env);
    const strict = await loadDataCached([dataDir], MODEL, { strict: true }, env);
    expect(strict.diagnostics.some((d) => d.severity === 'error' && d.code === 'unknown-indicator')).toBe(true);
    const renamed = { ...MODEL, indicators: MODEL.indicators.map((i) => (i.id === 'hospital_delivery' ? { ...i, aliases: ['住院分娩率'], name: '住院分娩比例' } : i)) };
    expect((await loadDataCached([dataDir], renamed, {}, env)).observations.some((o) => o.indicator === 'hospital_delivery')).toBe(true);
    fs.writeFileSync(path.join(dataDir, 'more.csv'), '指标,年份,数值\n婴儿死亡率,2024,4.1\n');
    expect((await loadDataCached([dataDir], MODEL, {}, env)).files).toHaveLength(2);
  });

  it('runs with other settings keep entries of their own instead of overwriting each other', async () => {
    const { dataDir, env } = await setUp();
    await loadDataCached([dataDir], MODEL, {}, env);
    await loadDataCached([dataDir], MODEL, { encoding: 'utf-8' }, env);
    const before = parses();
    await loadDataCached([dataDir], MODEL, {}, env);
    await loadDataCached([dataDir], MODEL, { encoding: 'utf-8' }, env);
    expect(parses()).toBe(before);
    expect(fs.readdirSync(env.PLANCHECK_CACHE_DIR)).toHaveLength(2);
  });

  it('a set with errors is not cached and reports them every time', async () => {
    const { dataDir, env } = await setUp();
    fs.writeFileSync(path.join(dataDir, 'broken.csv'), '指标,年份,数值\n"婴儿死亡率,2024,4.1\n');
    for (let i = 0; i < 2; i++) {
      const result = await loadDataCached([dataDir], MODEL, {}, env);
      expect(result.diagnostics.some((d) => d.code === 'csv-syntax')).toBe(true);
    }
    expect(fs.existsSync(env.PLANCHECK_CACHE_DIR)).toBe(false);
  });

  it('a set larger than the limit is always parsed, never copied into the cache', async () => {
    const { dataDir, env } = await setUp();
    const result = await loadDataCached([dataDir], MODEL, {}, env, 100);
    expect(result.rows.used).toBeGreaterThan(0);
    expect(fs.existsSync(env.PLANCHECK_CACHE_DIR)).toBe(false);
  });

  it('PLANCHECK_CACHE=0 turns it off', async () => {
    const { dataDir, env } = await setUp();
    await loadDataCached([dataDir], MODEL, {}, { ...env, PLANCHECK_CACHE: '0' });
    expect(fs.existsSync(env.PLANCHECK_CACHE_DIR)).toBe(false);
  });
});

it('a header-only file round-trips too: no rows, its warning kept', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-empty-'));
  fs.writeFileSync(path.join(dir, 'empty.csv'), '指标,年份,数值\n');
  const env = { PLANCHECK_CACHE_DIR: path.join(dir, 'cache') };
  const fresh = await loadDataCached([dir], MODEL, {}, env);
  const before = parses();
  const warm = await loadDataCached([dir], MODEL, {}, env);
  expect(parses()).toBe(before);
  expect(warm.table.size).toBe(0);
  expect(view(warm)).toStrictEqual(view(fresh));
  expect(warm.diagnostics.map((d) => d.code)).toContain('no-data-rows');
});
