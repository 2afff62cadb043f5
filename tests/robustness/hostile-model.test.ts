// The model is checked at load: what rules name exists, nothing is defined twice differently, years are sane.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MINI, ROOT, expectInputError, plansWith, run } from './hostile.js';

const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) fs.rmSync(dir, { recursive: true, force: true });
});

const RULES_HEAD = 'type: rules\nplan: mini-2021-2025\ndomain: society\nrules:\n';
const rule = (id: string, check: string, indicator = 'mmr') =>
  `  - { id: ${id}, number: '1', section: goal, text: 测试。, indicator: ${indicator}, check: ${check}, lead: [自治县妇联], responsible: [] }\n`;

/** The mini plans plus extra files, evaluated against the mini data. */
function evaluateWith(extra: Record<string, string>) {
  const dir = plansWith(extra);
  folders.push(dir);
  return { dir, result: run(['evaluate', '--plans', dir, MINI.data]) };
}

/** The mini plans with one file's text changed. */
function evaluateEdited(name: string, edit: (text: string) => string) {
  const text = edit(fs.readFileSync(path.join(ROOT, MINI.plans, name), 'utf8'));
  return evaluateWith({ [name]: text });
}

describe('rules refer to dimensions and values that exist', () => {
  it('each_unit over a dimension nobody defined is an error at the rule', () => {
    const { dir, result } = evaluateWith({ 'x.yaml': RULES_HEAD + rule('X-1', '{ kind: each_unit, dimension: village, check: { kind: at_least, target: 90 } }', 'vaccination') });
    expectInputError(result, path.join(dir, 'x.yaml'), 5, 'dimension "village" is not declared; expected one of: township, area');
  });

  it('gap groups that are not values of the dimension are an error naming the value', () => {
    const { dir, result } = evaluateWith({ 'x.yaml': RULES_HEAD + rule('X-1', '{ kind: gap, dimension: area, groups: [乡村, 城镇] }') });
    expectInputError(result, path.join(dir, 'x.yaml'), 5, '"乡村" is not a value of dimension area');
  });

  it('a per-unit rule on an indicator not reported by that dimension is an error', () => {
    const { dir, result } = evaluateWith({ 'x.yaml': RULES_HEAD + rule('X-1', '{ kind: gap, dimension: township, groups: [甲镇, 乙镇] }') });
    expectInputError(result, path.join(dir, 'x.yaml'), 5, 'indicator mmr is not reported by township');
  });
});

describe('nothing defined twice differently', () => {
  it('a dimension defined twice with different values is an error naming both places', () => {
    const { dir, result } = evaluateWith({ 'more.yaml': 'type: indicators\ndimensions:\n  - { id: area, name: 城乡, name_en: area, values: [城市, 乡村] }\n' });
    expectInputError(result, path.join(dir, 'more.yaml'), 3, 'dimension "area" is defined twice, differently', `first at ${path.join(dir, 'indicators.yaml')}:`);
  });

  it('the same dimension defined twice alike is accepted', () => {
    const { result } = evaluateWith({ 'more.yaml': 'type: indicators\ndimensions:\n  - { id: area, name: 城乡, name_en: area, values: [城镇, 农村] }\n' });
    expect(result.status, result.stderr).toBe(1);
  });

  it('two indicators with the same Chinese name are an error naming both', () => {
    const { dir, result } = evaluateWith({ 'more.yaml': "type: indicators\nindicators:\n  - { id: mmr2, name: 孕产妇死亡率, name_en: other, unit: '%' }\n" });
    expectInputError(result, path.join(dir, 'more.yaml'), 3, '"孕产妇死亡率" names both mmr (at', 'and mmr2');
  });

  it("an alias that is another indicator's name is an error", () => {
    const { dir, result } = evaluateWith({ 'more.yaml': "type: indicators\nindicators:\n  - { id: other, name: 别的, name_en: other, unit: '%', aliases: [宫颈癌筛查率] }\n" });
    expectInputError(result, path.join(dir, 'more.yaml'), 3, '"宫颈癌筛查率" names both screening');
  });

  it('an indicator id defined twice differently names the first place', () => {
    const { dir, result } = evaluateWith({ 'more.yaml': "type: indicators\nindicators:\n  - { id: mmr, name: 另一个, name_en: other, unit: '%' }\n" });
    expectInputError(result, path.join(dir, 'more.yaml'), 3, 'indicator "mmr" is defined twice, differently (first at');
  });

  it('a duplicate rule id names both places', () => {
    const { dir, result } = evaluateWith({ 'x.yaml': RULES_HEAD + rule('T-H-1', '{ kind: at_most, target: 12 }') });
    expectInputError(result, path.join(dir, 'x.yaml'), 5, 'rule id "T-H-1" is used twice (first at', `${path.join(dir, 'rules.yaml')}:6)`);
  });
});

describe('plan years are sane', () => {
  it('a deadline before the baseline year is an error at the deadline', () => {
    const { dir, result } = evaluateEdited('plan.yaml', (t) => t.replace('deadline: 2025', 'deadline: 2019'));
    expectInputError(result, path.join(dir, 'plan.yaml'), 9, 'deadline 2019 is not after the baseline year 2020');
  });

  it('a deadline of 99999 is an error, not a plan for the next 97,000 years', () => {
    const { dir, result } = evaluateEdited('plan.yaml', (t) => t.replace('deadline: 2025', 'deadline: 99999'));
    expectInputError(result, path.join(dir, 'plan.yaml'), 9, 'expected a year between 2021 and 2100');
  });
});
