// Every file plancheck opens is guarded: a clear exit 2 with the path and the reason, never exit 3, never a hang.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MINI, ROOT, expectInputError, plansWith, run, scratch } from './hostile.js';

const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) fs.rmSync(dir, { recursive: true, force: true });
});
const keep = (dir: string) => (folders.push(dir), dir);
const plans = (extra: Record<string, string> = {}) => keep(plansWith(extra));
const evaluate = (planDir: string, ...more: string[]) => run(['evaluate', '--plans', planDir, ...(more.length ? more : [MINI.data])]);

function mkfifo(file: string): void {
  if (spawnSync('mkfifo', [file]).status !== 0) throw new Error(`mkfifo ${file} failed`);
}

describe('rule files that cannot be read', () => {
  it('a symlink loop is exit 2 naming the file and the loop', () => {
    const dir = plans();
    fs.symlinkSync('loop.yaml', path.join(dir, 'loop.yaml'));
    expectInputError(evaluate(dir), path.join(dir, 'loop.yaml'), null, 'symbolic link loop');
  });

  it('a dangling symlink is exit 2 naming where it points', () => {
    const dir = plans();
    fs.symlinkSync('gone.yaml', path.join(dir, 'health.yaml'));
    expectInputError(evaluate(dir), path.join(dir, 'health.yaml'), null, 'dangling symbolic link (to gone.yaml');
  });

  it('editor lock and backup files in a plans folder are skipped, with an info line in validate', () => {
    const dir = plans();
    fs.symlinkSync('root@host.12345:1700000000', path.join(dir, '.#rules.yaml'));
    fs.writeFileSync(path.join(dir, 'rules.yaml~'), 'type: rules\nplan: nowhere\n');
    expect(evaluate(dir).status).toBe(1);
    const validated = run(['validate', '--plans', dir, MINI.data]);
    expect(validated.status).toBe(0);
    expect(validated.stderr).toContain(`${path.join(dir, '.#rules.yaml')}: info: `);
    expect(validated.stderr).toContain(`${path.join(dir, 'rules.yaml~')}: info: `);
  });

  it('a file without read permission is exit 2 naming it (run as an unprivileged user when root)', (context) => {
    const asNobody = process.getuid?.() === 0;
    // The unprivileged user must reach the folder: the test run's own temporary folder is private to root.
    const dir = keep(fs.mkdtempSync(path.join(asNobody ? '/tmp' : os.tmpdir(), 'plancheck-hostile-')));
    fs.cpSync(path.join(ROOT, MINI.plans), dir, { recursive: true });
    fs.chmodSync(dir, 0o755);
    const file = path.join(dir, 'rules.yaml');
    fs.chmodSync(file, 0o000);
    const result = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'plancheck.js'), 'evaluate', '--plans', dir, path.join(ROOT, MINI.data)], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, LANG: 'en_US.UTF-8' },
      timeout: 30_000,
      ...(asNobody ? { uid: 65534, gid: 65534 } : {}),
    });
    if (result.error || /Cannot find module|EACCES.*bin/.test(result.stderr)) {
      const reason = `cannot run plancheck as an unprivileged user here (${result.error?.message ?? result.stderr.split('\n')[0]})`;
      console.log(`skipped: ${reason}`);
      context.skip(reason);
    }
    expect(result.status, result.stderr).toBe(2);
    expect(result.stderr).toContain(`${file}: error: cannot read ${file}: permission denied`);
  });

  it('a FIFO in a plans folder is refused at once instead of waited on', () => {
    const dir = plans();
    mkfifo(path.join(dir, 'pipe.yaml'));
    expectInputError(evaluate(dir), path.join(dir, 'pipe.yaml'), null, 'not a regular file (a FIFO)');
  });

  it('overlapping --plans paths read each file once: no false "defined twice"', () => {
    const result = run(['evaluate', '--plans', MINI.plans, '--plans', path.join(MINI.plans, 'rules.yaml'), MINI.data, '--format', 'json']);
    expect(result.status, result.stderr).toBe(1);
    expect(result.stderr).not.toContain('twice');
    expect(JSON.parse(result.stdout).results).toHaveLength(16);
  });
});

describe('data that is not a regular file', () => {
  it('a FIFO inside a data folder is refused, not waited on forever', () => {
    const data = keep(scratch());
    fs.cpSync(path.join(ROOT, MINI.data), data, { recursive: true });
    mkfifo(path.join(data, 'stuck.csv'));
    expectInputError(evaluate(MINI.plans, data), path.join(data, 'stuck.csv'), null, 'not a regular file (a FIFO)', 'name it on the command line');
  });

  it('a FIFO named on the command line is read', async () => {
    const dir = keep(scratch());
    const fifo = path.join(dir, 'in.csv');
    mkfifo(fifo);
    const writer = spawn('sh', ['-c', `cat "${path.join(ROOT, MINI.data, 'mini.csv')}" > "${fifo}"`]);
    const done = new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'plancheck.js'), 'evaluate', '--plans', path.join(ROOT, MINI.plans), fifo, '--format', 'json']);
      let stdout = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.on('close', (code) => resolve(code === 1 && JSON.parse(stdout).results.length === 16 ? 1 : code));
    });
    expect(await done).toBe(1);
    writer.kill();
  });

  it('evaluate /dev/zero stops at once with a clear error instead of filling memory', () => {
    expectInputError(evaluate(MINI.plans, '/dev/zero'), '/dev/zero:1:', null, 'binary content');
  });
});

describe('other files the CLI opens', () => {
  it('template --split-by-lead onto an existing file is exit 2, not EEXIST', () => {
    const result = run(['template', '--plans', MINI.plans, '--split-by-lead', 'README.md'], { env: { LANG: 'en_US.UTF-8' } });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--split-by-lead README.md exists and is not a folder');
  });

  it('diff on deeply nested broken JSON names the place instead of running out of stack', () => {
    const dir = keep(scratch());
    const deep = path.join(dir, 'deep.json');
    fs.writeFileSync(deep, '['.repeat(200_000));
    const result = run(['diff', deep, deep, '--lang', 'en']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`${deep}: not valid JSON: line 1, column 200001`);
  });

  it('diff on a results file that cannot be read says why', () => {
    const dir = keep(scratch());
    fs.symlinkSync('nowhere.json', path.join(dir, 'old.json'));
    const result = run(['diff', path.join(dir, 'old.json'), path.join(dir, 'old.json'), '--lang', 'en']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`cannot read ${path.join(dir, 'old.json')}: a dangling symbolic link`);
  });
});
