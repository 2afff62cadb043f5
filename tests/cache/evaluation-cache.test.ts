import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateCached, type Evaluation, type EvaluationRequest } from '../../src/cache/evaluation-cache.js';
import { MINI, ROOT } from '../helpers/run-cli.js';

/** A private copy of the mini plans and data, a cache folder of its own, and an evaluation that counts its calls. */
function workspace() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-evaluation-cache-'));
  fs.cpSync(path.join(ROOT, MINI.plans), path.join(dir, 'plans'), { recursive: true });
  fs.cpSync(path.join(ROOT, MINI.data), path.join(dir, 'data'), { recursive: true });
  const env: NodeJS.ProcessEnv = { PLANCHECK_CACHE_DIR: path.join(dir, 'cache') };
  const request: EvaluationRequest = { planPaths: [path.join(dir, 'plans')], dataPaths: [path.join(dir, 'data')], year: null, filter: {} };
  let calls = 0;
  const evaluation = (): Evaluation => ({
    report: { schemaVersion: 1, year: 2023, summary: { pass: calls, 'at-risk': 0, fail: 0, 'no-data': 0, 'not-assessed': 0, total: calls }, results: [] },
    plans: [],
    files: ['plans/rules.yaml', 'data/mini.csv'],
    diagnostics: [{ severity: 'warning', code: 'unknown-indicator', file: 'data/mini.csv', line: 9, problem: 'unknown indicator "x"', found: 'x', expected: 'a known indicator' }],
    rows: { read: 10, used: 9, unused: [{ file: 'data/mini.csv', line: 9, reason: 'unknown indicator' }] },
  });
  const evaluate = (changes: Partial<EvaluationRequest> = {}, environment = env, maxDataBytes?: number) =>
    evaluateCached(
      { ...request, ...changes },
      environment,
      async () => {
        calls += 1;
        return evaluation();
      },
      maxDataBytes,
    );
  return { dir, env, evaluate, calls: () => calls };
}

describe('evaluation cache', () => {
  it('a repeat run gets back exactly what the first evaluation gave, without evaluating', async () => {
    const { evaluate, calls } = workspace();
    const first = await evaluate();
    const second = await evaluate();
    expect(calls()).toBe(1);
    expect(second).toStrictEqual(first);
  });

  it('a data or rule file edited in place (same size) is evaluated afresh', async () => {
    const { dir, evaluate, calls } = workspace();
    await evaluate();
    const data = path.join(dir, 'data', 'mini.csv');
    fs.writeFileSync(data, fs.readFileSync(data, 'utf8').replace('mmr,2023,11,', 'mmr,2023,19,'));
    await evaluate();
    const rules = path.join(dir, 'plans', 'rules.yaml');
    fs.writeFileSync(rules, fs.readFileSync(rules, 'utf8').replace('target: 12 }', 'target: 13 }'));
    await evaluate();
    expect(calls()).toBe(3);
  });

  it('another year, filter, encoding or --strict is evaluated afresh, and each keeps its entry', async () => {
    const { evaluate, calls } = workspace();
    const variants: Array<Partial<EvaluationRequest>> = [{}, { year: '2022' }, { filter: { domain: 'health' } }, { filter: { lead: '卫生健康局' } }, { encoding: 'utf-8' }, { strict: true }];
    for (const variant of variants) await evaluate(variant);
    for (const variant of variants) await evaluate(variant);
    expect(calls()).toBe(variants.length);
  });

  it('a failed evaluation is not cached and fails again', async () => {
    const { env, dir } = workspace();
    const request: EvaluationRequest = { planPaths: [path.join(dir, 'plans')], dataPaths: [path.join(dir, 'data')], year: null, filter: {} };
    const failing = () => evaluateCached(request, env, async () => Promise.reject(new Error('bad input')));
    await expect(failing()).rejects.toThrow('bad input');
    await expect(failing()).rejects.toThrow('bad input');
    expect(fs.existsSync(env.PLANCHECK_CACHE_DIR!)).toBe(false);
  });

  it('is skipped for data over the size limit, a missing path and PLANCHECK_CACHE=0', async () => {
    const { dir, env, evaluate, calls } = workspace();
    for (let i = 0; i < 2; i++) await evaluate({}, env, 10);
    for (let i = 0; i < 2; i++) await evaluate({ dataPaths: [path.join(dir, 'missing')] });
    for (let i = 0; i < 2; i++) await evaluate({}, { ...env, PLANCHECK_CACHE: '0' });
    expect(calls()).toBe(6);
    expect(fs.existsSync(env.PLANCHECK_CACHE_DIR!)).toBe(false);
  });
});
