// Shared checks for the hostile-input corpus: run the built CLI with a time limit and judge how it failed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { MINI, ROOT, runCli, type CliResult } from '../helpers/run-cli.js';

export const HOSTILE = path.join('tests', 'fixtures', 'hostile');

/** Long enough for a 10 MB file on a busy machine, short enough that a hang fails the test instead of stalling it. */
const TIME_LIMIT = 30_000;

/** In English (the locale says so): the corpus asserts the English wording; tests/cli/chinese-loader-errors.test.ts the Chinese. */
export function run(args: string[], options: { cwd?: string; env?: Record<string, string | undefined> } = {}): CliResult {
  const result = runCli(args, { timeout: TIME_LIMIT, ...options, env: { LANG: 'en_US.UTF-8', ...options.env } });
  // null: killed by the time limit (a hang); 3: an internal error (a crash).
  expect(result.status, `no exit code: it hung or was killed\n${result.stderr.slice(0, 2000)}`).not.toBeNull();
  expect(result.status, result.stderr.slice(0, 2000)).not.toBe(3);
  expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  return result;
}

/** Exit 2 with a message that names the file (and the line, when given) and says what was found. */
export function expectInputError(result: CliResult, file: string, line: number | null, ...phrases: string[]): void {
  expect(result.status, result.stderr).toBe(2);
  expect(result.stdout).toBe('');
  const where = line === null ? file : `${file}:${line}:`;
  expect(result.stderr).toContain(where);
  for (const phrase of phrases) expect(result.stderr).toContain(phrase);
}

/** A temporary folder for generated cases, removed by the caller's afterAll. */
export function scratch(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-hostile-'));
}

/** The mini plans plus the given extra rule files, in a fresh folder. */
export function plansWith(extra: Record<string, string | Buffer>): string {
  const dir = scratch();
  for (const name of fs.readdirSync(path.join(ROOT, MINI.plans))) fs.copyFileSync(path.join(ROOT, MINI.plans, name), path.join(dir, name));
  for (const [name, content] of Object.entries(extra)) fs.writeFileSync(path.join(dir, name), content);
  return dir;
}

/** The results of one rule from evaluate --format json. */
export function resultOf(result: CliResult, rule: string): { status: string; value: number | null; valueYear: number | null; series: Array<[number, number]> } {
  const found = (JSON.parse(result.stdout) as { results: Array<{ rule: string }> }).results.find((r) => r.rule === rule);
  if (!found) throw new Error(`no result for ${rule}`);
  return found as never;
}

export { MINI, ROOT };
