// Progress appears on a terminal after a second of work, and never in a pipe or a log.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/cli/progress.js';
import { MINI, runCli } from '../helpers/run-cli.js';

function fakeTerminal(isTTY: boolean) {
  const written: string[] = [];
  let clock = 0;
  const progress = createProgress({ stderr: (text) => written.push(text), stderrIsTTY: isTTY }, 'en', () => clock);
  return { progress, written, advance: (ms: number) => (clock += ms) };
}

describe('progress line', () => {
  it('stays silent during the first second, then rewrites one line, and clears it when done', () => {
    const { progress, written, advance } = fakeTerminal(true);
    progress.rows(100_000, 'big.csv');
    advance(999);
    progress.rows(200_000, 'big.csv');
    expect(written).toEqual([]);
    advance(1);
    progress.rows(300_000, 'big.csv');
    progress.step('evaluating 258 rules…');
    progress.done();
    expect(written).toEqual(['\r300,000 rows read (big.csv)…\u001b[K', '\revaluating 258 rules…\u001b[K', '\r\u001b[K']);
  });

  it('says nothing when stderr is not a terminal, however long the work takes', () => {
    const { progress, written, advance } = fakeTerminal(false);
    advance(60_000);
    progress.rows(1_000_000, 'big.csv');
    progress.step('evaluating');
    progress.done();
    expect(written).toEqual([]);
  });

  it('a quick run clears nothing it did not draw', () => {
    const { progress, written } = fakeTerminal(true);
    progress.rows(100_000, 'big.csv');
    progress.done();
    expect(written).toEqual([]);
  });
});

describe('plancheck evaluate with stderr in a pipe', () => {
  it('prints no progress while loading a few hundred thousand rows', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-progress-'));
    const rows = Array.from({ length: 300_000 }, (_, i) => `vaccination,${2020 + (i % 5)},95,镇${Math.floor(i / 5)}`);
    fs.writeFileSync(path.join(dir, 'big.csv'), `indicator,year,value,township\n${rows.join('\n')}\n`);
    const result = runCli(['evaluate', '--plans', MINI.plans, path.join(dir, 'big.csv'), '--format', 'csv']);
    expect([0, 1]).toContain(result.status);
    expect(result.stderr).not.toMatch(/rows read|已读入|\r/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
