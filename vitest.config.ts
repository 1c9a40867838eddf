import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Integration and browser tests each start a Meilisearch; two cores: keep files in few parallel workers.
    maxWorkers: 2,
    reporters: ['default'],
  },
});
