// Every command's error paths under --lang zh: the message is Chinese; English words appear only as rule ids,
// file names, option names and the values the user typed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { englishWords } from '../helpers/language.js';
import { MINI, runCli } from '../helpers/run-cli.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-zh-errors-'));
fs.mkdirSync(path.join(dir, 'done', 'data'), { recursive: true });
fs.writeFileSync(path.join(dir, 'done', '使用说明.txt'), '');
const P = ['--plans', MINI.plans];

/** Command lines that must fail with a usage error, one or more per command. */
const CASES: string[][] = [
  ['evaluate', ...P, MINI.data, '--bogus'],
  ['evaluate', ...P, MINI.data, '--year', '20x4'],
  ['evaluate', ...P, MINI.data, '--year'],
  ['evaluate', ...P, MINI.data, '--format', 'pdf'],
  ['evaluate', ...P, MINI.data, '--fail-on', 'broken'],
  ['evaluate', ...P, MINI.data, '--encoding', 'big5'],
  ['evaluate', ...P, MINI.data, '--plan', 'nothing'],
  ['evaluate', ...P, MINI.data, '--domain', 'nothing'],
  ['evaluate', ...P, MINI.data, '--lang', 'fr'],
  ['evalute', '--year', '2024'],
  ['explain', ...P],
  ['explain', 'T-H-99', ...P, MINI.data],
  ['explain', 'T-H-1', ...P, MINI.data, '--format', 'html'],
  ['list', ...P, '--format', 'xml'],
  ['list', ...P, 'extra'],
  ['validate', ...P, MINI.data, '--format', 'csv'],
  ['diff', 'only-one.json'],
  ['diff', ...P, '--to', '2024', MINI.data],
  ['diff', 'nope.json', 'nope2.json'],
  ['history', 'T-H-99', ...P, MINI.data],
  ['history', 'no-such-thing', ...P, MINI.data],
  ['template', ...P, '--lead', '没有这个单位'],
  ['template', ...P, '--split-by-lead'],
  ['template', ...P, '--format', 'xlsx-nope'],
  ['schema', '--format', 'yaml'],
  ['report', ...P, MINI.data, '--format', 'pdf'],
  ['init', path.join(dir, 'done'), ...P],
];

describe('errors under --lang zh', () => {
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  for (const args of CASES) {
    it(`plancheck ${args.filter((a) => a !== MINI.plans && a !== MINI.data).join(' ')}`, () => {
      const [command, ...rest] = args;
      const result = runCli([command!, '--lang', 'zh', ...rest]);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/[\u4e00-\u9fff]/);
      expect(englishWords(result.stderr, [dir]), result.stderr).toEqual([]);
      expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
    });
  }
});
