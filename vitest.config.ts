import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['tests/global-setup.ts'],
    // CLI tests spawn several plancheck processes each; on a shared, loaded machine 5 s (the default) is not enough.
    testTimeout: 30_000,
  },
});
