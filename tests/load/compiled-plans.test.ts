// The compiled model in dist/ (npm run build) must be exactly what the YAML loader makes of plans/, and must not be
// used once a rule file changes after the build.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compilePlans, readCompiledPlans, COMPILED_PLANS_FILE } from '../../src/load/compiled-plans.js';
import { loadPlans } from '../../src/load/plans.js';
import { ROOT } from '../helpers/run-cli.js';

const temporary: string[] = [];
afterEach(() => {
  for (const dir of temporary.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('compiled plans', () => {
  it('dist/plans.json loads to the same model as a fresh load of plans/', () => {
    const plansDir = path.join(ROOT, 'plans');
    const compiled = readCompiledPlans(path.join(ROOT, 'dist', COMPILED_PLANS_FILE), plansDir);
    expect(compiled).not.toBeNull();
    const fresh = loadPlans([plansDir]);
    expect(fresh.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(compiled!.model).toEqual(fresh.model);
    expect(compiled!.diagnostics).toEqual(fresh.diagnostics);
    expect(compiled!.model.rules.length).toBeGreaterThan(250);
  });

  it('is not used for a folder whose rule files changed, were added or were removed since it was compiled', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-compiled-'));
    temporary.push(dir);
    const plansDir = path.join(dir, 'plans');
    fs.cpSync(path.join(ROOT, 'tests', 'fixtures', 'mini', 'plans'), plansDir, { recursive: true });
    const compiledFile = path.join(dir, 'plans.json');
    fs.writeFileSync(compiledFile, JSON.stringify(compilePlans(loadPlans([plansDir]), plansDir)));
    expect(readCompiledPlans(compiledFile, plansDir)?.model).toEqual(loadPlans([plansDir]).model);

    const [first] = fs.readdirSync(plansDir).filter((f) => f.endsWith('.yaml'));
    const file = path.join(plansDir, first!);
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, `${text}\n# edited\n`);
    expect(readCompiledPlans(compiledFile, plansDir)).toBeNull();

    fs.writeFileSync(file, text);
    fs.writeFileSync(compiledFile, JSON.stringify(compilePlans(loadPlans([plansDir]), plansDir)));
    fs.writeFileSync(path.join(plansDir, 'extra.yaml'), 'type: indicators\nindicators: []\n');
    expect(readCompiledPlans(compiledFile, plansDir)).toBeNull();
  });

  it('a missing or damaged compiled file means the YAML is loaded', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-compiled-'));
    temporary.push(dir);
    expect(readCompiledPlans(path.join(dir, 'none.json'), path.join(ROOT, 'plans'))).toBeNull();
    fs.writeFileSync(path.join(dir, 'bad.json'), '{"format": 1, "sour');
    expect(readCompiledPlans(path.join(dir, 'bad.json'), path.join(ROOT, 'plans'))).toBeNull();
  });
});

describe('compiling the bundled plans at build time', () => {
  it('fails with the file and line of a rule problem, as a user’s --plans would', async () => {
    const { compileBundledPlans } = await import('../../src/load/compile-bundled-plans.js');
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-compile-'));
    temporary.push(root);
    fs.cpSync(path.join(ROOT, 'tests', 'fixtures', 'mini', 'plans'), path.join(root, 'plans'), { recursive: true });
    expect(compileBundledPlans(root).errors).toBe('');
    const rules = path.join(root, 'plans', 'rules.yaml');
    fs.writeFileSync(rules, fs.readFileSync(rules, 'utf8').replace(/kind: at_least/, 'kind: at_leest'));
    const { compiled, errors } = compileBundledPlans(root);
    expect(compiled).toBeNull();
    expect(errors).toMatch(/rules\.yaml:\d+:\d+/);
  });
});
