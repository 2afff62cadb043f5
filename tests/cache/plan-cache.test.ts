import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlansCached } from '../../src/cache/plan-cache.js';
import { loadPlans } from '../../src/load/plans.js';
import { MINI } from '../helpers/run-cli.js';

function copyOfMiniPlans(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-cache-plans-'));
  for (const name of fs.readdirSync(MINI.plans)) fs.copyFileSync(path.join(MINI.plans, name), path.join(dir, name));
  return dir;
}

describe('compiled-plan cache', () => {
  const env = { PLANCHECK_CACHE_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-cache-')) };

  it('a warm load gives the same model as a fresh load', async () => {
    const dir = copyOfMiniPlans();
    const fresh = loadPlans([dir]);
    await loadPlansCached([dir], env);
    expect(fs.readdirSync(env.PLANCHECK_CACHE_DIR)).toHaveLength(1);
    const warm = await loadPlansCached([dir], env);
    expect(JSON.stringify(warm.model.rules)).toBe(JSON.stringify(fresh.model.rules));
    expect([...warm.model.indicators.keys()]).toEqual([...fresh.model.indicators.keys()]);
    expect(warm.model.rules[0]!.plan).toBe(warm.model.plans[0]);
  });

  it('an edited rule file is loaded anew, never served stale', async () => {
    const dir = copyOfMiniPlans();
    await loadPlansCached([dir], env);
    const file = path.join(dir, 'rules.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('target: 12 }', 'target: 13 }'));
    const edited = await loadPlansCached([dir], env);
    const rule = edited.model.rules.find((r) => r.rule.id === 'T-H-1')!;
    expect(rule.rule.check).toMatchObject({ target: 13 });
  });

  it('broken files are never cached and still report their errors', async () => {
    const dir = copyOfMiniPlans();
    fs.writeFileSync(path.join(dir, 'bad.yaml'), 'type: rules\nplan: nowhere\ndomain: x\nrules: []\n');
    const first = await loadPlansCached([dir], env);
    const second = await loadPlansCached([dir], env);
    expect(first.diagnostics.some((d) => d.code === 'unknown-plan')).toBe(true);
    expect(second.diagnostics.some((d) => d.code === 'unknown-plan')).toBe(true);
  });
});
