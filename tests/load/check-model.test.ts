// Rules' dimensions and the units they name are checked against the declared dimensions when the rules load.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MINI, ROOT, runCli } from '../helpers/run-cli.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-check-model-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** The mini plans with one edit to the rules file. */
function plansWith(from: string, to: string): string {
  const dir = fs.mkdtempSync(path.join(root, 'plans-'));
  fs.cpSync(path.join(ROOT, MINI.plans), dir, { recursive: true });
  const rules = path.join(dir, 'rules.yaml');
  const text = fs.readFileSync(rules, 'utf8');
  expect(text).toContain(from);
  fs.writeFileSync(rules, text.replace(from, to));
  return dir;
}
const lineOf = (file: string, needle: string) => fs.readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('dimensions named by rules', () => {
  it('an undeclared dimension is an error at its line', () => {
    const plans = plansWith('check: { kind: each_unit, dimension: township,', 'check: { kind: each_unit, dimension: towns,');
    const result = runCli(['validate', '--lang', 'en', '--plans', plans, MINI.data]);
    expect(result.status).toBe(2);
    const rules = path.join(plans, 'rules.yaml');
    expect(result.stdout + result.stderr).toMatch(new RegExp(`rules\\.yaml:${lineOf(rules, 'dimension: towns')}:\\d+: error: dimension "towns" is not declared; expected one of: township, area`));
  });

  it('a group that is not a value of its dimension is an error naming the values', () => {
    const plans = plansWith('groups: [农村, 城镇]', 'groups: [农村, 城市]');
    const result = runCli(['evaluate', '--lang', 'en', '--plans', plans, MINI.data]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('error: "城市" is not a value of dimension area; expected one of: 城镇, 农村');
    expect(result.stderr).toContain(`rules.yaml:${lineOf(path.join(plans, 'rules.yaml'), '城市')}:`);
  });
});
