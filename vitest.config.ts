import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['tests/global-setup.ts'],
    // Many tests spawn the built CLI; on a busy 2-core machine one can take seconds. No test asserts a duration.
    testTimeout: 30_000,
  },
});
