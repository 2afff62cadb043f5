// Results files diff is given are checked, and JUnit output is valid XML whatever the rule text holds.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINI, ROOT, plansWith, run, scratch } from './hostile.js';

const folders: string[] = [];
let results = '';
beforeAll(() => {
  const dir = scratch();
  folders.push(dir);
  results = path.join(dir, 'results.json');
  run(['evaluate', '--plans', MINI.plans, MINI.data, '--format', 'json', '--output', results]);
});
afterAll(() => {
  for (const dir of folders) fs.rmSync(dir, { recursive: true, force: true });
});

/** The results file with a change, written next to it. */
function edited(name: string, change: (json: { schemaVersion: number; summary: Record<string, number> }) => void): string {
  const json = JSON.parse(fs.readFileSync(results, 'utf8'));
  change(json);
  const file = path.join(path.dirname(results), name);
  fs.writeFileSync(file, JSON.stringify(json));
  return file;
}

describe('diff checks the results files it is given', () => {
  it('a results file is compared with itself cleanly (the check below is not a false alarm)', () => {
    expect(run(['diff', results, results]).status).toBe(0);
  });

  it('refuses a schemaVersion it does not know', () => {
    const newer = edited('v2.json', (json) => (json.schemaVersion = 2));
    const result = run(['diff', results, newer]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`${newer}: schemaVersion 2 is newer than this plancheck reads; expected schemaVersion 1`);
  });

  it('refuses a file whose summary contradicts its results', () => {
    const forged = edited('forged.json', (json) => {
      json.summary.fail = (json.summary.fail ?? 0) + 3;
    });
    const result = run(['diff', results, forged]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/forged\.json: the summary contradicts the results \(\$\.summary\.fail is \d+ but \$\.results has \d+ with status fail\)/);
  });
});

describe('JUnit output is valid XML 1.0', () => {
  it('drops characters XML forbids (U+FFFE, U+FFFF, controls, unpaired surrogates) from rule text', () => {
    const rules = fs.readFileSync(path.join(ROOT, MINI.plans, 'rules.yaml'), 'utf8').replace('text: 孕产妇死亡率下降到12/10万以下。', 'text: "孕产妇\\uFFFE死亡率\\uFFFF下降\\x01到\\uD800 12/10万以下。<&>"');
    const dir = plansWith({ 'rules.yaml': rules });
    folders.push(dir);
    const result = run(['evaluate', '--plans', dir, MINI.data, '--format', 'junit', '--fail-on', 'pass,fail']);
    expect(result.status, result.stderr).toBe(1);
    const forbidden = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
    expect(forbidden.test(result.stdout)).toBe(false);
    expect(result.stdout).toContain('孕产妇死亡率下降到 12/10万以下。&lt;&amp;&gt;');
  });
});
