import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['tests/global-setup.ts'],
    // CLI tests spawn the binary several times; on a shared 2-core machine a run can take seconds of wall time.
    // A guard against hangs, not a speed check (bench/ measures speed).
    testTimeout: 30_000,
  },
});
