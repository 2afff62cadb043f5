import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { evaluatePlansCached } from '../../src/cache/report-cache.js';
import { loadInputs } from '../../src/cli/load-inputs.js';
import type { Io } from '../../src/cli/io.js';
import { evaluatePlans } from '../../src/evaluate/evaluate-plans.js';
import { MINI, ROOT } from '../helpers/run-cli.js';

// Count the real evaluations: a warm run must not evaluate at all.
vi.mock('../../src/evaluate/evaluate-plans.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/evaluate/evaluate-plans.js')>();
  return { ...original, evaluatePlans: vi.fn(original.evaluatePlans) };
});
const evaluations = () => vi.mocked(evaluatePlans).mock.calls.length;

/** A private copy of the mini plans and data, and a cache folder of its own. */
function workspace() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-report-cache-'));
  fs.cpSync(path.join(ROOT, MINI.plans), path.join(dir, 'plans'), { recursive: true });
  fs.cpSync(path.join(ROOT, MINI.data), path.join(dir, 'data'), { recursive: true });
  const env: NodeJS.ProcessEnv = { PLANCHECK_CACHE_DIR: path.join(dir, 'cache') };
  const io: Io = { stdout: () => {}, stderr: () => {}, env, cwd: dir, stdoutIsTTY: false, stderrIsTTY: false };
  const evaluate = async (year: number, filter = {}, environment = env) => {
    const inputs = await loadInputs([path.join(dir, 'data')], { plans: [path.join(dir, 'plans')] }, { ...io, env: environment });
    return { report: await evaluatePlansCached(inputs, year, filter, environment), inputs };
  };
  return { dir, env, evaluate };
}

describe('evaluation cache', () => {
  it('a repeat run gives the very report a fresh evaluation gives, without evaluating', async () => {
    const { evaluate } = workspace();
    const first = await evaluate(2023);
    expect(first.inputs.cacheGeneration).not.toBeNull();
    const before = evaluations();
    const second = await evaluate(2023);
    expect(evaluations()).toBe(before);
    expect(second.report).toStrictEqual(first.report);
    expect(second.report).toStrictEqual(evaluatePlans(second.inputs.model, (await import('../../src/evaluate/data-index.js')).buildDataIndex(second.inputs.data.table, second.inputs.model), 2023));
  });

  it('another year or filter is evaluated afresh', async () => {
    const { evaluate } = workspace();
    const all = await evaluate(2023);
    const before = evaluations();
    const earlier = await evaluate(2022);
    const onePlan = await evaluate(2023, { domain: 'nowhere' });
    expect(evaluations()).toBe(before + 2);
    expect(earlier.report.year).toBe(2022);
    expect(onePlan.report.results).toEqual([]);
    expect(all.report.results.length).toBeGreaterThan(0);
  });

  it('an edited data file or rule file gives a new report, never the cached one', async () => {
    const { dir, evaluate } = workspace();
    const first = await evaluate(2023);
    const dataFile = path.join(dir, 'data', 'mini.csv');
    fs.writeFileSync(dataFile, fs.readFileSync(dataFile, 'utf8').replace('mmr,2023,11,', 'mmr,2023,19,'));
    const edited = await evaluate(2023);
    expect(edited.inputs.cacheGeneration).not.toBe(first.inputs.cacheGeneration);
    const value = (report: typeof first.report) => report.results.find((r) => r.indicator === 'mmr' && r.kind !== 'each_unit')?.value;
    expect(value(first.report)).toBe(11);
    expect(value(edited.report)).toBe(19);
    const rules = path.join(dir, 'plans', 'rules.yaml');
    fs.writeFileSync(rules, fs.readFileSync(rules, 'utf8').replace('target: 12 }', 'target: 13 }'));
    const retargeted = await evaluate(2023);
    expect(JSON.stringify(retargeted.report)).not.toBe(JSON.stringify(edited.report));
  });

  it('PLANCHECK_CACHE=0 evaluates every time and writes nothing', async () => {
    const { env, evaluate } = workspace();
    const off = { ...env, PLANCHECK_CACHE: '0' };
    const before = evaluations();
    await evaluate(2023, {}, off);
    await evaluate(2023, {}, off);
    expect(evaluations()).toBe(before + 2);
    expect(fs.existsSync(env.PLANCHECK_CACHE_DIR!)).toBe(false);
  });
});
