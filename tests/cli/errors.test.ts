import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MINI, runCli } from '../helpers/run-cli.js';

function planDirWith(file: string, text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-plans-'));
  for (const name of fs.readdirSync(MINI.plans)) fs.copyFileSync(path.join(MINI.plans, name), path.join(dir, name));
  fs.writeFileSync(path.join(dir, file), text);
  return dir;
}

describe('bad input gives exit 2 with file and line, no stack trace', () => {
  it('YAML syntax error', () => {
    const dir = planDirWith('broken.yaml', 'type: rules\nplan: mini-2021-2025\nrules: [\n  { id: x\n');
    const result = runCli(['evaluate', '--plans', dir, MINI.data, '--lang', 'en']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`broken\\.yaml:\\d+:\\d+: error: YAML syntax`));
    expect(runCli(['evaluate', '--plans', dir, MINI.data]).stderr).toMatch(new RegExp(`broken\\.yaml:\\d+:\\d+: 错误: YAML 语法错误`));
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('a wrong type points at the line of the field', () => {
    const dir = planDirWith('extra.yaml', 'type: rules\nplan: mini-2021-2025\ndomain: health\nrules:\n  - id: T-X-1\n    number: 1\n    section: goal\n    text: x\n    check: { kind: qualitative }\n    lead: []\n    responsible: []\n');
    const result = runCli(['evaluate', '--plans', dir, MINI.data]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('extra.yaml:6:13: 错误: rules.0.number：类型不对：应为文字，实际为数字');
    expect(runCli(['evaluate', '--plans', dir, MINI.data, '--lang', 'en']).stderr).toContain('extra.yaml:6:13: error: Invalid input: expected string, received number at rules.0.number');
  });

  it('an unknown field and a missing indicator are both reported', () => {
    const dir = planDirWith('extra.yaml', 'type: rules\nplan: mini-2021-2025\ndomain: health\nrules:\n  - id: T-X-1\n    number: "1"\n    section: goal\n    text: x\n    indicator: nowhere\n    check: { kind: at_least, target: 1 }\n    lead: []\n    responsible: []\n    colour: red\n');
    const result = runCli(['validate', '--rules-only', '--plans', dir, '--lang', 'en']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('unknown field "colour"');
    const fixed = planDirWith('extra.yaml', 'type: rules\nplan: mini-2021-2025\ndomain: health\nrules:\n  - id: T-X-1\n    number: "1"\n    section: goal\n    text: x\n    indicator: nowhere\n    check: { kind: at_least, target: 1 }\n    lead: []\n    responsible: []\n');
    const second = runCli(['validate', '--rules-only', '--plans', fixed]);
    expect(second.stderr).toContain('extra.yaml:9:16: 错误: 指标“nowhere”没有定义；应为指标文件中的编号');
    expect(runCli(['validate', '--rules-only', '--plans', fixed, '--lang', 'en']).stderr).toContain('extra.yaml:9:16: error: indicator "nowhere" is not defined');
  });

  it('a missing plans folder names it', () => {
    const result = runCli(['evaluate', '--plans', 'no/such/folder', MINI.data, '--lang', 'en']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('no/such/folder: error: no such file or folder');
  });

  it('an unknown command or option is a usage error', () => {
    expect(runCli(['evaluat']).status).toBe(2);
    expect(runCli(['evaluate', '--colour']).status).toBe(2);
    expect(runCli(['evaluate', '--year', '20x4', '--plans', MINI.plans, MINI.data]).stderr).toContain('--year "20x4" 不是年份；应为四位数字');
    expect(runCli(['evaluate', '--year', '20x4', '--plans', MINI.plans, MINI.data, '--lang', 'en']).stderr).toContain('expected four digits');
  });
});
