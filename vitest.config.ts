import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'rules/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Tests that spawn the CLI, LibreOffice or Chromium are heavy; two cores are all we have.
    maxWorkers: 2,
  },
});
