// Help in the output language with examples, and the options every command shares.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MINI, displayWidth, runCli } from '../helpers/run-cli.js';

const COMMANDS = ['evaluate', 'explain', 'list', 'validate', 'diff', 'history', 'template', 'schema', 'init', 'report'];

describe('help', () => {
  it('is Chinese by default and English with LANG=en_US or --lang en', () => {
    const zh = runCli(['--help']);
    expect(zh.status).toBe(0);
    expect(zh.stdout).toContain('用法： plancheck [选项] [命令]');
    expect(zh.stdout).toContain('评估某一年的全部规则');
    expect(zh.stdout).toContain('示例：');
    const en = runCli(['--help'], { env: { LANG: 'en_US.UTF-8' } });
    expect(en.stdout).toContain('Usage: plancheck [options] [command]');
    expect(en.stdout).toContain('Examples:');
    expect(runCli(['evaluate', '--help', '--lang', 'en']).stdout).toContain('evaluate every rule for one year');
  });

  for (const command of COMMANDS) {
    it(`${command} --help: in the output language, with 2–4 examples, the shared options, within 80 columns`, () => {
      for (const lang of ['zh', 'en']) {
        const help = runCli([command, '--help', '--lang', lang]);
        expect(help.status).toBe(0);
        const examples = help.stdout.split(lang === 'zh' ? '示例：' : 'Examples:')[1] ?? '';
        const count = examples.split('\n').filter((line) => line.startsWith('  plancheck ')).length;
        expect(count).toBeGreaterThanOrEqual(2);
        expect(count).toBeLessThanOrEqual(4);
        for (const option of ['--format <format>', '-o, --output <file>', '--lang <zh|en>', '-q, --quiet']) expect(help.stdout).toContain(option);
        expect(help.stdout).toContain(lang === 'zh' ? '选项：' : 'Options:');
        for (const line of help.stdout.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
      }
    });
  }
});

describe('shared options', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-options-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('--encoding gbk is read as gb18030; an unknown encoding is a usage error in Chinese', () => {
    const gbk = runCli(['evaluate', '--plans', MINI.plans, MINI.data, '--encoding', 'gbk', '--format', 'json']);
    const gb18030 = runCli(['evaluate', '--plans', MINI.plans, MINI.data, '--encoding', 'gb18030', '--format', 'json']);
    expect(gbk.stdout).toBe(gb18030.stdout);
    const bad = runCli(['evaluate', '--plans', MINI.plans, MINI.data, '--encoding', 'big5']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--encoding "big5" 不支持；应为 utf-8、gb18030 或 gbk');
  });

  it('explain, schema and validate write to -o/--output', () => {
    expect(runCli(['explain', 'T-H-1', '--plans', MINI.plans, MINI.data, '-o', path.join(dir, 'explain.txt')]).status).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'explain.txt'), 'utf8')).toContain('规则: T-H-1');
    expect(runCli(['schema', '--output', path.join(dir, 'schema.json')]).status).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'schema.json'), 'utf8'))).toHaveProperty('$schema');
    expect(runCli(['validate', '--plans', MINI.plans, MINI.data, '-o', path.join(dir, 'validate.txt')]).status).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'validate.txt'), 'utf8')).toMatch(/错误 0 个，警告 \d+ 个/);
  });

  it('validate --format json lists every finding and the counts', () => {
    const result = runCli(['validate', '--plans', MINI.plans, MINI.data, '--format', 'json']);
    const json = JSON.parse(result.stdout);
    expect(json.errors).toBe(0);
    expect(json.rules).toBeGreaterThan(0);
    expect(Array.isArray(json.diagnostics)).toBe(true);
    expect(Array.isArray(json.unused)).toBe(true);
    expect(json.unused.length).toBe(json.rowsUnused);
  });

  it('-q leaves out warnings and notes but not the result', () => {
    const unknown = path.join(dir, 'unknown.csv');
    fs.writeFileSync(unknown, 'indicator,year,value\nnot_an_indicator,2023,5\n');
    const loud = runCli(['evaluate', '--plans', MINI.plans, MINI.data, unknown]);
    const quiet = runCli(['evaluate', '--plans', MINI.plans, MINI.data, unknown, '-q']);
    expect(loud.stderr).toContain('not_an_indicator');
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).toBe(loud.stdout);
  });

  it('--no-color keeps colour out even when FORCE_COLOR asks for it', () => {
    expect(runCli(['evaluate', '--plans', MINI.plans, MINI.data], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(/\u001b\[/);
    expect(runCli(['evaluate', '--plans', MINI.plans, MINI.data, '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(/\u001b\[/);
  });
});

describe('warnings summarised', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-warnings-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'unknown.csv');
  fs.writeFileSync(file, `indicator,year,value\n${Array.from({ length: 12 }, (_, i) => `unknown_${i},2023,5`).join('\n')}\n`);

  it('evaluate shows three of a kind and counts the rest; validate lists every one, as text and JSON', () => {
    const evaluate = runCli(['evaluate', '--plans', MINI.plans, MINI.data, file]);
    expect(evaluate.stderr.match(/警告: 第1列（指标）：未知指标/g)).toHaveLength(3);
    expect(evaluate.stderr).toContain('另有 9 条同类警告（unknown-indicator）未列出；plancheck validate 列出全部');
    const validate = runCli(['validate', '--plans', MINI.plans, MINI.data, file]);
    expect(validate.stderr.match(/警告: 第1列（指标）：未知指标/g)).toHaveLength(12);
    expect(runCli(['validate', '--plans', MINI.plans, MINI.data, file, '--lang', 'en']).stderr.match(/warning: .*unknown indicator/g)).toHaveLength(12);
    const json = JSON.parse(runCli(['validate', '--plans', MINI.plans, MINI.data, file, '--format', 'json']).stdout);
    expect(json.diagnostics.filter((d: { code: string }) => d.code === 'unknown-indicator')).toHaveLength(12);
  });
});
