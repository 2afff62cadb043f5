// Outputs are whole or absent, and plancheck never writes to its inputs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MINI, ROOT, runCli } from '../helpers/run-cli.js';

function copyOf(from: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-inputs-'));
  fs.cpSync(path.join(ROOT, from), dir, { recursive: true });
  return dir;
}

/** Every file under the folders with its bytes and modification time. */
function snapshot(...dirs: string[]): Map<string, { bytes: string; mtime: number }> {
  const files = new Map<string, { bytes: string; mtime: number }>();
  for (const dir of dirs) {
    for (const name of fs.readdirSync(dir, { recursive: true }) as string[]) {
      const file = path.join(dir, name);
      if (fs.statSync(file).isFile()) files.set(file, { bytes: fs.readFileSync(file).toString('base64'), mtime: fs.statSync(file).mtimeMs });
    }
  }
  return files;
}

describe('--output', () => {
  it('a failed run leaves no file, keeps an older one as it was, and leaves no temporary file', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-out-'));
    const broken = path.join('tests', 'fixtures', 'hostile', 'data', 'ragged.csv');
    const failed = runCli(['evaluate', '--plans', MINI.plans, broken, '--output', path.join(out, 'new.csv'), '--format', 'csv']);
    expect(failed.status).toBe(2);
    fs.writeFileSync(path.join(out, 'old.csv'), 'earlier results\n');
    expect(runCli(['evaluate', '--plans', MINI.plans, broken, '--output', path.join(out, 'old.csv')]).status).toBe(2);
    expect(fs.readdirSync(out)).toEqual(['old.csv']);
    expect(fs.readFileSync(path.join(out, 'old.csv'), 'utf8')).toBe('earlier results\n');
  });

  it('an output in a folder that does not exist is an error, and nothing is left behind', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-out-'));
    const result = runCli(['evaluate', '--lang', 'en', '--plans', MINI.plans, MINI.data, '--output', path.join(out, 'missing', 'r.json')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('cannot write');
    expect(fs.readdirSync(out)).toEqual([]);
  });

  it('a successful run writes the whole report', () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-out-')), 'r.json');
    expect(runCli(['evaluate', '--plans', MINI.plans, MINI.data, '--format', 'json', '--output', out]).status).toBe(1);
    expect(JSON.parse(fs.readFileSync(out, 'utf8')).results).toHaveLength(16);
  });

  it('a rule text that starts like a formula is neutralised in CSV output', () => {
    const plans = copyOf(MINI.plans);
    const rules = path.join(plans, 'rules.yaml');
    fs.writeFileSync(rules, fs.readFileSync(rules, 'utf8').replace('text: 健全妇幼健康服务体系。', 'text: "=HYPERLINK(\\"http://example.invalid\\")"'));
    const result = runCli(['list', '--plans', plans, '--format', 'csv']);
    expect(result.stdout).toContain(`"'=HYPERLINK(""http://example.invalid"")"`);
  });
});

describe('plancheck never writes to its inputs', () => {
  it('rule and data files keep their bytes and times through every command', () => {
    const plans = copyOf(MINI.plans);
    const data = copyOf(MINI.data);
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-out-'));
    const before = snapshot(plans, data);
    const older = path.join(out, 'older.json');
    const newer = path.join(out, 'newer.json');
    const commands = [
      ['evaluate', '--plans', plans, data, '--format', 'json', '--year', '2022', '--output', older],
      ['evaluate', '--plans', plans, data, '--format', 'json', '--output', newer],
      ['evaluate', '--plans', plans, data, '--format', 'csv', '--output', path.join(out, 'r.csv')],
      ['validate', '--plans', plans, data],
      ['list', '--plans', plans, '--format', 'csv', '--output', path.join(out, 'list.csv')],
      ['diff', older, newer, '--output', path.join(out, 'diff.md'), '--format', 'markdown'],
      ['diff', '--from', '2022', '--plans', plans, data],
      ['history', '--plans', plans, data, '--output', path.join(out, 'history.csv'), '--format', 'csv'],
    ];
    for (const args of commands) expect(runCli(args).status, args.join(' ')).not.toBe(3);
    expect(snapshot(plans, data)).toEqual(before);
  });

  it('--output naming an input file is refused before anything is written', () => {
    const data = copyOf(MINI.data);
    const file = path.join(data, 'mini.csv');
    const before = snapshot(data);
    const result = runCli(['evaluate', '--lang', 'en', '--plans', MINI.plans, file, '--output', file]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('is the same file as the input');
    expect(snapshot(data)).toEqual(before);
  });
});

describe('a reader that stops early', () => {
  it('`plancheck evaluate | head` drops the rest quietly: no EPIPE stack trace, the exit code still tells the result', () => {
    // The JSON report is far larger than a pipe's buffer, so writing it fails once head has gone.
    const script = `node bin/plancheck.js evaluate --format json | head -c 10 > /dev/null; echo "exit \${PIPESTATUS[0]}"`;
    const result = spawnSync('bash', ['-c', script], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(result.stderr).not.toMatch(/EPIPE|Error|at /);
    expect(result.stdout.trim()).toBe('exit 1');
  });
});

describe('standard output through a pipe', () => {
  it('a reader that starts late still gets every byte, and the exit code is kept', () => {
    // The entry point ends the process itself once output is flushed: a slow reader must not lose the end.
    const bin = path.join(ROOT, 'bin', 'plancheck.js');
    const script = `node "${bin}" evaluate --sample --format json --fail-on at-risk 2>/dev/null | (sleep 0.5; wc -c); exit "\${PIPESTATUS[0]}"`;
    const piped = spawnSync('bash', ['-c', `set -o pipefail; ${script}`], { cwd: ROOT, encoding: 'utf8' });
    const direct = runCli(['evaluate', '--sample', '--format', 'json', '--fail-on', 'at-risk']);
    expect(Number(piped.stdout.trim())).toBe(Buffer.byteLength(direct.stdout));
    expect(Buffer.byteLength(direct.stdout)).toBeGreaterThan(100_000);
    expect(piped.status).toBe(1);
    expect(direct.status).toBe(1);
  });
});
