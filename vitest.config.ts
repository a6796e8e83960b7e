import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    projects: [
      // Ingestion and data: no build needed.
      { test: { name: 'unit', include: ['tests/*.test.ts'], setupFiles: ['tests/setup.ts'], testTimeout: 60_000 } },
      // The built site in Chromium: needs `npm run build` first.
      {
        test: {
          name: 'site',
          include: ['tests/site/*.test.ts'],
          setupFiles: ['tests/setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
