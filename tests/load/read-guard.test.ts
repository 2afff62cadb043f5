// Reading is bounded: a FIFO nobody writes to is given up on, a stream past the limit is stopped, binary stops at once.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ReadRefusal, readBounded, refusalOf } from '../../src/load/read-guard.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-guard-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function refusal(run: () => unknown): ReadRefusal {
  try {
    run();
  } catch (error) {
    if (error instanceof ReadRefusal) return error;
    throw error;
  }
  throw new Error('expected a ReadRefusal');
}

describe('readBounded', () => {
  it('reads a regular file whole, and refuses one over the limit without reading it', () => {
    const file = path.join(dir, 'small.txt');
    fs.writeFileSync(file, 'abc');
    expect(readBounded(file).toString()).toBe('abc');
    expect(refusal(() => readBounded(file, { maxBytes: 2 }))).toMatchObject({ code: 'TOO_LARGE' });
  });

  it('gives up on a FIFO nobody writes to', () => {
    const fifo = path.join(dir, 'lonely');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    expect(refusal(() => readBounded(fifo, { idleMs: 50 }))).toMatchObject({ code: 'IDLE' });
  });

  it('stops an endless device at the size limit, or at the first NUL byte when asked', () => {
    expect(refusal(() => readBounded('/dev/zero', { maxBytes: 1024 * 1024 }))).toMatchObject({ code: 'TOO_LARGE' });
    const bytes = readBounded('/dev/zero', { stopAtNul: true });
    expect(bytes.length).toBeGreaterThan(0);
    expect(bytes.length).toBeLessThanOrEqual(64 * 1024);
  });

  it('tells a dangling link and a loop from a missing file', () => {
    fs.symlinkSync('nowhere', path.join(dir, 'dangling'));
    fs.symlinkSync('loop', path.join(dir, 'loop'));
    expect(refusal(() => readBounded(path.join(dir, 'dangling')))).toMatchObject({ code: 'DANGLING', detail: 'nowhere' });
    expect(refusal(() => readBounded(path.join(dir, 'loop')))).toMatchObject({ code: 'ELOOP' });
    expect(refusalOf(path.join(dir, 'absent'), Object.assign(new Error('x'), { code: 'ENOENT' }))).toMatchObject({ code: 'ENOENT' });
  });
});
