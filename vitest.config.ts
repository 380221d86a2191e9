import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    // the tests' temporary folders under one of the run's own, removed at its end
    globalSetup: ['tests/setup/temp-root.ts'],
  },
});
