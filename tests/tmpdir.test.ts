// The run's own temporary folder (tests/global-setup.ts) is what os.tmpdir() and spawned commands see.
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';

it('tests write temporary files inside the run folder that global setup removes', () => {
  expect(path.basename(os.tmpdir())).toMatch(/^plancheck-tests-/);
});
