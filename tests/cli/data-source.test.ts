// The bundled sample is invented: it is read only on purpose (--sample or the repository's own data/), and every output says so.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MINI, ROOT, runCli } from '../helpers/run-cli.js';

const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-outside-'));
afterAll(() => fs.rmSync(outside, { recursive: true, force: true }));

describe('outside a folder with its own ./data', () => {
  it('evaluate without data files exits 2 and shows how to pass data and how to try the sample', () => {
    const result = runCli(['evaluate'], { cwd: outside });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('没有 data 文件夹，也没有给出数据文件');
    expect(result.stderr).toContain('plancheck evaluate 数据/');
    expect(result.stderr).toContain('--sample');
    expect(runCli(['evaluate', '--lang', 'en'], { cwd: outside }).stderr).toContain('to try the bundled sample data (invented figures, not statistics) on purpose, add --sample');
  });

  it('--sample evaluates the sample, and every format says so', () => {
    const run = (format: string) => runCli(['evaluate', '--sample', '--plan', 'women-2021-2025', '--domain', 'health', '--format', format], { cwd: outside });
    const table = run('table');
    expect([0, 1]).toContain(table.status);
    expect(table.stdout.split('\n')[0]).toBe('【示例数据】虚构数字，不是官方统计，不能作为监测结论。');
    expect(JSON.parse(run('json').stdout).sample).toBe(true);
    const csv = run('csv').stdout.trim().split('\r\n');
    expect(csv[0]!.endsWith(',sample')).toBe(true);
    expect(csv.slice(1).every((line) => line.endsWith(',true'))).toBe(true);
    expect(run('markdown').stdout).toContain('> **【示例数据】');
    const junit = run('junit').stdout;
    expect(junit).toContain('<testsuites name="plancheck 2024 示例数据"');
    expect(junit).toContain('<property name="sample" value="true"/>');
  });

  it('--sample together with data files is refused', () => {
    const result = runCli(['evaluate', '--sample', path.join(ROOT, MINI.data), '--plans', path.join(ROOT, MINI.plans)], { cwd: outside });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--sample 不能与数据文件');
  });
});

describe('labelling', () => {
  it('the repository’s own data/ is the sample, and is labelled as such', () => {
    const result = runCli(['evaluate', '--plan', 'women-2021-2025', '--domain', 'health', '--format', 'json']);
    expect(JSON.parse(result.stdout).sample).toBe(true);
  });

  it('real data put in place of the sample (marker deleted) is not labelled; the marker alone decides within data/', () => {
    // A copy of the installed package, whose data/ folder is the "bundled" one.
    const copy = path.join(outside, 'package');
    for (const dir of ['bin', 'dist']) fs.cpSync(path.join(ROOT, dir), path.join(copy, dir), { recursive: true });
    fs.mkdirSync(path.join(copy, 'data'));
    fs.copyFileSync(path.join(ROOT, MINI.data, 'mini.csv'), path.join(copy, 'data', 'mini.csv'));
    const run = () => {
      const args = [path.join(copy, 'bin', 'plancheck.js'), 'evaluate', '--plans', path.join(ROOT, MINI.plans), '--format', 'json'];
      const result = spawnSync(process.execPath, args, { cwd: copy, encoding: 'utf8' });
      return JSON.parse(result.stdout).sample;
    };
    expect(run()).toBe(false);
    fs.writeFileSync(path.join(copy, 'data', '.plancheck-sample'), 'sample\n');
    expect(run()).toBe(true);
  });

  it('real data is not labelled', () => {
    const json = JSON.parse(runCli(['evaluate', '--plans', MINI.plans, MINI.data, '--format', 'json']).stdout);
    expect(json.sample).toBe(false);
    const table = runCli(['evaluate', '--plans', MINI.plans, MINI.data]).stdout;
    expect(table).not.toContain('示例数据');
    expect(runCli(['evaluate', '--plans', MINI.plans, MINI.data, '--format', 'csv']).stdout.split('\r\n')[1]!.endsWith(',false')).toBe(true);
  });

  it('explain, history and diff on the sample say so on stderr', () => {
    expect(runCli(['explain', 'W-HEALTH-4b'], { cwd: ROOT }).stderr).toContain('【示例数据】');
    expect(runCli(['history', 'W-HEALTH-4b', '--sample'], { cwd: outside }).stderr).toContain('【示例数据】');
    expect(runCli(['diff', '--from', '2023', '--sample', '--lang', 'en'], { cwd: outside }).stderr).toContain('[SAMPLE DATA]');
  });
});
