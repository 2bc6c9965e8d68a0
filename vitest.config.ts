import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The precompiled validators are a build artefact: generated before the tests import them.
    globalSetup: ['test/setup/validators.ts'],
    testTimeout: 30_000,
  },
});
