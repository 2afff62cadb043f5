// --output can never hurt: not an input (by any path), not a device, not a read-only file, no temporary file left.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { MINI, ROOT, run, scratch } from './hostile.js';

const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) fs.rmSync(dir, { recursive: true, force: true });
});

/** A copy of the mini plans and data in a fresh folder, which is also the working folder of the run. */
function workspace(): string {
  const dir = scratch();
  folders.push(dir);
  fs.cpSync(path.join(ROOT, MINI.plans), path.join(dir, 'plans'), { recursive: true });
  fs.cpSync(path.join(ROOT, MINI.data), path.join(dir, 'data'), { recursive: true });
  return dir;
}

const dataFile = (dir: string) => path.join(dir, 'data', fs.readdirSync(path.join(dir, 'data')).find((f) => f.endsWith('.csv'))!);

function evaluateTo(dir: string, output: string, ...data: string[]) {
  return run(['evaluate', '--lang', 'en', '--plans', path.join(dir, 'plans'), ...data, '--format', 'csv', '--output', output]);
}

describe('--output never replaces an input', () => {
  it('refuses an input reached through a symlinked folder', () => {
    const dir = workspace();
    const input = dataFile(dir);
    const before = fs.readFileSync(input, 'utf8');
    fs.symlinkSync(path.join(dir, 'data'), path.join(dir, 'datalink'));
    const result = evaluateTo(dir, input, path.join(dir, 'datalink'));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('is the same file as the input');
    expect(fs.readFileSync(input, 'utf8')).toBe(before);
  });

  it('refuses an input reached through a hard link', () => {
    const dir = workspace();
    const input = dataFile(dir);
    const before = fs.readFileSync(input, 'utf8');
    fs.linkSync(input, path.join(dir, 'hard.csv'));
    const result = evaluateTo(dir, input, path.join(dir, 'hard.csv'));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`is the same file as the input ${path.join(dir, 'hard.csv')}`);
    expect(fs.readFileSync(input, 'utf8')).toBe(before);
  });

  it('refuses an output that is a symlink to an input, and keeps the link', () => {
    const dir = workspace();
    const input = dataFile(dir);
    const link = path.join(dir, 'link.csv');
    fs.symlinkSync(input, link);
    const result = evaluateTo(dir, link, path.join(dir, 'data'));
    expect(result.status).toBe(2);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
  });

  it('writes through a symlink to another file, keeping the link', () => {
    const dir = workspace();
    const report = path.join(dir, 'report.csv');
    fs.writeFileSync(report, 'old\n');
    fs.symlinkSync(report, path.join(dir, 'latest.csv'));
    expect(evaluateTo(dir, path.join(dir, 'latest.csv'), path.join(dir, 'data')).status).toBe(1);
    expect(fs.lstatSync(path.join(dir, 'latest.csv')).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(report, 'utf8')).toContain('T-H-1,');
  });
});

describe('--output respects the target file', () => {
  it('refuses a read-only file with exit 2 and leaves it as it was', () => {
    const dir = workspace();
    const target = path.join(dir, 'locked.csv');
    fs.writeFileSync(target, 'keep me\n');
    fs.chmodSync(target, 0o444);
    const result = evaluateTo(dir, target, path.join(dir, 'data'));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('is read-only');
    expect(fs.readFileSync(target, 'utf8')).toBe('keep me\n');
    expect(fs.statSync(target).mode & 0o777).toBe(0o444);
  });

  it("keeps an existing file's mode", () => {
    const dir = workspace();
    const target = path.join(dir, 'shared.csv');
    fs.writeFileSync(target, 'old\n');
    fs.chmodSync(target, 0o640);
    expect(evaluateTo(dir, target, path.join(dir, 'data')).status).toBe(1);
    expect(fs.statSync(target).mode & 0o777).toBe(0o640);
    expect(fs.readFileSync(target, 'utf8')).toContain('T-H-1,');
  });
});

describe('--output onto devices and FIFOs', () => {
  it('writes into a FIFO instead of replacing it', async () => {
    const dir = workspace();
    const fifo = path.join(dir, 'pipe');
    if (spawnSync('mkfifo', [fifo]).status !== 0) throw new Error('mkfifo failed');
    const reader = spawn('cat', [fifo]);
    let received = '';
    reader.stdout.on('data', (chunk: Buffer) => (received += chunk.toString()));
    const finished = new Promise((resolve) => reader.on('close', resolve));
    const result = await new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'plancheck.js'), 'evaluate', '--plans', path.join(dir, 'plans'), path.join(dir, 'data'), '--format', 'csv', '--output', fifo]);
      child.on('close', resolve);
    });
    await finished;
    expect(result).toBe(1);
    expect(received).toContain('T-H-1,');
    expect(fs.lstatSync(fifo).isFIFO()).toBe(true);
  });

  // The /dev of the machine must not be touched: a private mount namespace gets a scratch /dev of its own.
  it('as root, /dev/null, /dev/full and /dev/stdout stay what they are (private mount namespace)', (context) => {
    const probe = spawnSync('unshare', ['-m', '--propagation', 'private', 'true']);
    if (process.getuid?.() !== 0 || probe.status !== 0) {
      const reason = 'needs root and `unshare -m` (a private mount namespace) to give the test a scratch /dev';
      console.log(`skipped: ${reason}`);
      context.skip(reason);
    }
    const dir = workspace();
    const script = [
      'set -e',
      'mount -t tmpfs scratch /dev',
      'mknod -m 666 /dev/null c 1 3',
      'mknod -m 666 /dev/full c 1 7',
      'mknod -m 666 /dev/zero c 1 5',
      'mknod -m 666 /dev/urandom c 1 9',
      'ln -s /proc/self/fd /dev/fd',
      'ln -s /proc/self/fd/1 /dev/stdout',
      'ln -s /proc/self/fd/2 /dev/stderr',
      `run() { node ${path.join(ROOT, 'bin', 'plancheck.js')} evaluate --lang en --plans ${dir}/plans ${dir}/data --format csv --output "$1"; }`,
      'set +e',
      'run /dev/null; echo "null exit $?"',
      'run /dev/full 2>/dev/null; echo "full exit $?"',
      'run /dev/stdout > ' + `${dir}/via-stdout.csv` + '; echo "stdout exit $?"',
      'stat -c "%n %F" /dev/null /dev/full',
      'readlink /dev/stdout',
    ].join('\n');
    const result = spawnSync('unshare', ['-m', '--propagation', 'private', 'sh', '-c', script], { encoding: 'utf8', timeout: 60_000 });
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('null exit 1');
    expect(result.stdout).toContain('full exit 2');
    expect(result.stdout).toContain('stdout exit 1');
    expect(result.stdout).toContain('/dev/null character special file');
    expect(result.stdout).toContain('/dev/full character special file');
    expect(result.stdout).toContain('/proc/self/fd/1');
    expect(fs.readFileSync(path.join(dir, 'via-stdout.csv'), 'utf8')).toContain('T-H-1,');
  });
});

/** src/cli/write-output.ts on its own, built into the scratch folder (dist/ is one bundle). */
function writerModule(): string {
  const dir = scratch();
  folders.push(dir);
  const outfile = path.join(dir, 'write-output.mjs');
  buildSync({ entryPoints: [path.join(ROOT, 'src', 'cli', 'write-output.ts')], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'silent' });
  return outfile;
}

describe('an interrupted write', () => {
  it('removes its temporary file on SIGINT and SIGTERM', async () => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      const dir = scratch();
      folders.push(dir);
      const target = path.join(dir, 'big.json');
      // The writer as the CLI calls it, with a report large enough to be caught in the middle of writing.
      const code = `const { writeOutput } = await import(${JSON.stringify(writerModule())});
        await writeOutput(${JSON.stringify(target)}, 'x'.repeat(200 * 1024 * 1024), []);`;
      const child = spawn(process.execPath, ['--input-type=module', '-e', code]);
      const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_, how) => resolve(how)));
      const temporary = path.join(dir, `.big.json.${child.pid}.tmp`);
      const deadline = Date.now() + 20_000;
      while (!fs.existsSync(temporary) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 2));
      expect(fs.existsSync(temporary), 'the temporary file was never seen').toBe(true);
      child.kill(signal);
      expect(await exited).toBe(signal);
      expect(fs.readdirSync(dir)).toEqual([]);
    }
  }, 60_000);
});
