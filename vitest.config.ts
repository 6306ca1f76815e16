import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['node_modules/**', 'dist/**', '.tmp/**'],
    // Property and simulation tests run real (simulated) clusters; give them room.
    testTimeout: 120_000,
    hookTimeout: 30_000,
    // Two cores: run two files at a time so CPU-bound suites do not starve each other.
    maxWorkers: 2,
  },
});
