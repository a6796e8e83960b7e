import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    // Each test file removes the temporary folders it made.
    setupFiles: ['tests/setup.ts'],
    projects: [
      // Ingestion and data: no build needed.
      { extends: true, test: { name: 'unit', include: ['tests/*.test.ts'] } },
      // The built site in Chromium: needs `npm run build` first.
      {
        extends: true,
        test: { name: 'site', include: ['tests/site/*.test.ts'], testTimeout: 120_000, hookTimeout: 60_000, fileParallelism: false },
      },
    ],
  },
});
