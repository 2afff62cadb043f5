// Broken and hostile rule files and models: each gives a located message and exit 2, never a crash or a hang.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeGbk } from '../load/data/test-model.js';
import { HOSTILE, MINI, expectInputError, plansWith, resultOf, run } from './hostile.js';

const rules = (name: string) => fs.readFileSync(path.join(HOSTILE, 'rules', name), 'utf8');
/** Evaluate the mini data against the mini plans plus one extra rule file; the message must name that file. */
const evaluateWith = (name: string, text: string | Buffer) => {
  const dir = plansWith({ [name]: text });
  return { result: run(['evaluate', '--plans', dir, MINI.data]), file: path.join(dir, name) };
};

describe('broken rule files', () => {
  it('a key given twice is a YAML error at the second one', () => {
    const { result, file } = evaluateWith('x.yaml', rules('duplicate-keys.yaml'));
    expectInputError(result, file, 4, 'Map keys must be unique');
  });

  it('an unknown field is named at its own line', () => {
    const { result, file } = evaluateWith('x.yaml', rules('unknown-field.yaml'));
    expectInputError(result, file, 4, 'unknown field "colour"');
  });

  it('wrong types are reported at each field, with what was expected', () => {
    const { result, file } = evaluateWith('x.yaml', rules('wrong-types.yaml'));
    expectInputError(result, file, 6, 'expected string, received number at rules.0.number');
    expect(result.stderr).toContain(`${file}:10:`);
    expect(result.stderr).toContain('expected number, received string at rules.0.check.target');
  });

  it('a tab used for indentation is a YAML error at its line', () => {
    const { result, file } = evaluateWith('x.yaml', rules('tab-indent.yaml'));
    expectInputError(result, file, 5, 'Tabs are not allowed as indentation');
  });

  it('an alias bomb is refused instead of expanded', () => {
    let text = 'type: rules\nplan: mini-2021-2025\ndomain: health\nrules: []\nx0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n';
    for (let i = 1; i < 10; i++) text += `x${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]\n`;
    const { result, file } = evaluateWith('x.yaml', text);
    expectInputError(result, file, 1, 'Excessive alias count');
  });

  it('1,000 levels of nesting are refused with a message, not a stack overflow', () => {
    const { result, file } = evaluateWith('x.yaml', `type: rules\nplan: mini-2021-2025\ndomain: health\nrules: []\nnote: ${'['.repeat(1000)}${']'.repeat(1000)}\n`);
    expectInputError(result, file, 5, 'nesting is too deep to read');
  });

  it('a rule file saved as GBK is refused rather than read with garbled names', () => {
    const { result, file } = evaluateWith('x.yaml', Buffer.from(encodeGbk('type: rules\nplan: mini-2021-2025\ndomain: health\nnote: 妇幼健康\nrules: []\n')));
    expectInputError(result, file, 4, 'file is not UTF-8 text');
  });
});

describe('broken models', () => {
  it('a rule on an indicator nobody defined is an error at the rule', () => {
    const { result, file } = evaluateWith('x.yaml', rules('missing-indicator.yaml'));
    expectInputError(result, file, 9, 'indicator "nowhere" is not defined');
  });

  it('derived indicators that depend on each other are an error naming the cycle', () => {
    const { result, file } = evaluateWith('x.yaml', rules('derivation-cycle.yaml'));
    expectInputError(result, file, 3, 'derived indicators form a cycle: ratio_a → ratio_b → ratio_a');
  });

  it('a zero denominator is a located warning, and that year has no value rather than Infinity', () => {
    const ratio = path.join(HOSTILE, 'ratio');
    const dir = plansWith(Object.fromEntries(['ratio-indicators.yaml', 'ratio-rules.yaml'].map((n) => [n, fs.readFileSync(path.join(ratio, n))])));
    const data = path.join(ratio, 'data.csv');
    const result = run(['evaluate', '--plans', dir, data, '--format', 'json', '--year', '2022']);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain(`${data}:2:3: warning: cannot compute 死亡率 (death_rate) 2021: the denominator births is 0`);
    expect(resultOf(result, 'T-R-1')).toMatchObject({ status: 'pass', value: 100, series: [[2022, 100]] });
  });
});
